using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extractor.Core.Model;
using Extractor.Core.Output;
using Extractor.Tests.Output;
using Json.Schema;
using OutputFormat = Json.Schema.OutputFormat;

namespace Extractor.Tests.Cli;

/// <summary>What <c>--schema</c> prints must describe what json and jsonl write.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(CliRunner.Run("--schema").Stdout);

    [Test]
    public void Json_output_of_the_seeds_validates_against_the_schema()
    {
        var result = CliRunner.Run(TempCorpus.SeedsDirectory, "-q");
        var records = JsonNode.Parse(result.Stdout)!.AsArray();
        Assert.That(records, Has.Count.EqualTo(4));
        foreach (var record in records)
        {
            AssertValid(record);
        }
    }

    [Test]
    public void A_record_with_interactions_and_without_text_validates_against_the_schema()
    {
        foreach (var record in new[] { SampleRecords.WithInteractions, SampleRecords.WithInteractions with { Text = null } })
        {
            AssertValid(JsonNode.Parse(WriteJsonl(record)));
        }
    }

    [Test]
    public void A_record_breaking_the_contract_does_not_validate()
    {
        var node = JsonNode.Parse(WriteJsonl(SampleRecords.WithInteractions))!;
        node["interactions"]![0]!["medium"] = "telepathy";
        var results = Schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(results.IsValid, Is.False);
    }

    [Test]
    public void The_schema_names_exactly_the_fields_the_writer_writes_in_order()
    {
        using var schema = JsonDocument.Parse(CliRunner.Run("--schema").Stdout);
        using var record = JsonDocument.Parse(WriteJsonl(SampleRecords.WithInteractions));
        var schemaFields = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        var written = record.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        var interactionFields = schema.RootElement.GetProperty("$defs").GetProperty("interaction").GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var participantFields = schema.RootElement.GetProperty("$defs").GetProperty("participant").GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Multiple(() =>
        {
            Assert.That(written, Is.EqualTo(schemaFields));
            Assert.That(record.RootElement.GetProperty("interactions")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(interactionFields));
            Assert.That(record.RootElement.GetProperty("interactions")[0].GetProperty("participants")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(participantFields));
        });
    }

    [Test]
    public void The_schema_lists_exactly_the_provenance_sources_and_fields()
    {
        using var schema = JsonDocument.Parse(CliRunner.Run("--schema").Stdout);
        var sources = schema.RootElement.GetProperty("$defs").GetProperty("source").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        var fields = schema.RootElement.GetProperty("properties").GetProperty("provenance").GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var all = new Provenance { Title = "h1", Published = "json-ld", Updated = "meta", Authors = "byline" };
        using var written = JsonDocument.Parse(WriteJsonl(SampleRecords.WithInteractions with { Provenance = all }));
        Assert.Multiple(() =>
        {
            Assert.That(sources, Is.EqualTo(ProvenanceSource.All));
            Assert.That(written.RootElement.GetProperty("provenance").EnumerateObject().Select(p => p.Name), Is.EqualTo(fields));
        });
    }

    [Test]
    public void Provenance_leaves_out_fields_that_were_not_found()
    {
        using var written = JsonDocument.Parse(WriteJsonl(SampleRecords.WithInteractions with { Provenance = new Provenance { Published = "url" } }));
        Assert.That(written.RootElement.GetProperty("provenance").GetRawText(), Is.EqualTo("{\"published\":\"url\"}"));
    }

    [Test]
    public void A_provenance_source_outside_the_list_does_not_validate()
    {
        var node = JsonNode.Parse(WriteJsonl(SampleRecords.WithInteractions))!;
        node["provenance"]!["title"] = "guess";
        Assert.That(Schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid, Is.False);
    }

    private static void AssertValid(JsonNode? record)
    {
        var results = Schema.Evaluate(record, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.That(results.IsValid, Is.True, string.Join("\n", errors));
    }

    private static string WriteJsonl(Record record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new JsonRecordWriter(buffer, lines: true))
        {
            writer.Write(record);
            writer.Complete();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
