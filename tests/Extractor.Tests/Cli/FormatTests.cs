using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Extractor.Tests.Cli;

/// <summary>The four output formats end to end (SPEC §4): each gives the same values.</summary>
public sealed class FormatTests
{
    private static readonly string Seeds = TempCorpus.SeedsDirectory;

    private static readonly string[] DocumentColumns =
    [
        "id", "source", "sha256", "copy_of", "input_format", "title", "published", "updated", "outlet", "authors", "agencies",
        "dateline", "interaction_count", "medium", "cameo", "plover", "interaction_date", "participants", "countries", "topics",
        "evidence", "captions", "text", "warnings",
    ];

    [Test]
    public void Json_is_an_indented_array_in_utf8_without_bom_ending_in_a_newline()
    {
        var result = CliRunner.Run(Seeds, "-q");
        Assert.Multiple(() =>
        {
            Assert.That(result.StdoutBytes[..3], Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(result.Stdout, Does.StartWith("[\n  {\n    \"id\": "));
            Assert.That(result.Stdout, Does.EndWith("]\n"));
        });
    }

    [Test]
    public void Json_fields_come_in_spec_order()
    {
        var result = CliRunner.Run(Seeds, "-q");
        using var json = JsonDocument.Parse(result.Stdout);
        var names = json.RootElement[0].EnumerateObject().Select(p => p.Name).ToArray();
        Assert.That(names, Is.EqualTo(new[]
        {
            "id", "source", "sha256", "copy_of", "input_format", "title", "published", "updated", "outlet", "authors",
            "agencies", "dateline", "interactions", "captions", "text", "warnings",
        }));
    }

    [Test]
    public void Jsonl_is_one_compact_record_per_line_equal_to_the_json_records()
    {
        var json = JsonDocument.Parse(CliRunner.Run(Seeds, "-q").Stdout).RootElement;
        var lines = CliRunner.Run(Seeds, "-q", "-f", "jsonl").Stdout.Split('\n');
        Assert.That(lines[^1], Is.Empty, "ends with a newline");
        Assert.That(lines[..^1], Has.Length.EqualTo(json.GetArrayLength()));
        for (var i = 0; i < json.GetArrayLength(); i++)
        {
            Assert.That(lines[i], Does.Not.Contain("\n").And.StartWith("{\"id\":"));
            Assert.That(JsonSerializer.Serialize(JsonDocument.Parse(lines[i]).RootElement), Is.EqualTo(JsonSerializer.Serialize(json[i])));
        }
    }

    [TestCase("csv")]
    [TestCase("tsv")]
    public void Delimited_output_read_back_gives_the_json_values(string format)
    {
        var json = JsonDocument.Parse(CliRunner.Run(Seeds, "-q").Stdout).RootElement;
        var result = CliRunner.Run(Seeds, "-q", "-f", format);
        Assert.That(result.ExitCode, Is.EqualTo(0));
        var rows = ReadDelimited(result.Stdout, format);
        Assert.That(rows[0], Is.EqualTo(DocumentColumns), "header");
        Assert.That(rows, Has.Count.EqualTo(json.GetArrayLength() + 1));
        for (var i = 0; i < json.GetArrayLength(); i++)
        {
            var record = json[i];
            var row = DocumentColumns.Zip(rows[i + 1]).ToDictionary(p => p.First, p => p.Second);
            foreach (var field in new[] { "id", "source", "sha256", "copy_of", "input_format", "title", "published", "updated", "outlet", "dateline", "text" })
            {
                var expected = record.GetProperty(field).ValueKind == JsonValueKind.Null ? "" : record.GetProperty(field).GetString()!;
                Assert.That(Unescape(row[field], format), Is.EqualTo(expected), $"{format} row {i} {field}");
            }

            foreach (var field in new[] { "authors", "agencies", "captions", "warnings" })
            {
                var expected = string.Join("; ", record.GetProperty(field).EnumerateArray().Select(e => e.GetString()));
                Assert.That(Unescape(row[field], format), Is.EqualTo(expected), $"{format} row {i} {field}");
            }

            Assert.That(row["interaction_count"], Is.EqualTo(record.GetProperty("interactions").GetArrayLength().ToString(CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public void Csv_uses_crlf_and_tsv_uses_lf()
    {
        var csv = CliRunner.Run(Seeds, "-q", "-f", "csv", "--no-text").Stdout;
        var tsv = CliRunner.Run(Seeds, "-q", "-f", "tsv").Stdout;
        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.StartWith("id,source,sha256,").And.EndWith("\r\n"));
            Assert.That(csv.Replace("\r\n", "", StringComparison.Ordinal), Does.Not.Contain("\n"));
            Assert.That(tsv, Does.StartWith("id\tsource\tsha256\t").And.Not.Contain("\r"));
            Assert.That(tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(5), "text newlines are escaped");
        });
    }

    [Test]
    public void No_text_drops_the_text_column()
    {
        var header = CliRunner.Run(Seeds, "-q", "-f", "csv", "--no-text").Stdout.Split("\r\n")[0];
        Assert.That(header.Split(','), Is.EqualTo(DocumentColumns.Where(c => c != "text").ToArray()));
    }

    [TestCase("interactions", "interaction_count,interaction_index,medium")]
    [TestCase("participants", "evidence,participant_name,participant_title,participant_country,participant_country_code,participant_organization,captions")]
    public void Explode_adds_its_columns_and_a_document_without_interactions_keeps_one_row(string mode, string columns)
    {
        var result = CliRunner.Run(Seeds, "-q", "-f", "csv", "--explode", mode);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        var rows = ReadDelimited(result.Stdout, "csv");
        Assert.That(string.Join(',', rows[0]), Does.Contain(columns));
        Assert.That(rows.Count - 1, Is.GreaterThanOrEqualTo(4));
    }

    [Test]
    public void Exploded_jsonl_lines_carry_the_csv_columns()
    {
        var csv = ReadDelimited(CliRunner.Run(Seeds, "-q", "-f", "csv", "--explode", "interactions").Stdout, "csv");
        var lines = CliRunner.Run(Seeds, "-q", "-f", "jsonl", "--explode", "interactions").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(csv.Count - 1));
        using var first = JsonDocument.Parse(lines[0]);
        Assert.That(first.RootElement.EnumerateObject().Select(p => p.Name).ToArray(), Is.EqualTo(csv[0]));
    }

    [Test]
    public void An_empty_corpus_gives_an_empty_array_or_only_a_header()
    {
        using var corpus = new TempCorpus();
        corpus.Write("notes.md", "not a page");
        Assert.Multiple(() =>
        {
            var json = CliRunner.Run(corpus.Root, "-q");
            Assert.That(json.ExitCode, Is.EqualTo(0));
            Assert.That(json.Stdout, Is.EqualTo("[]\n"));
            Assert.That(CliRunner.Run(corpus.Root, "-q", "-f", "jsonl").Stdout, Is.Empty);
            Assert.That(CliRunner.Run(corpus.Root, "-q", "-f", "csv").Stdout, Is.EqualTo(string.Join(',', DocumentColumns) + "\r\n"));
        });
    }

    [Test]
    public void Jobs_1_and_jobs_4_give_byte_identical_output_on_a_few_hundred_pages()
    {
        using var corpus = new TempCorpus();
        corpus.ReplicateSeeds(300);
        corpus.Write("d3/broken.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0x00]);
        foreach (var format in new[] { "jsonl", "csv" })
        {
            var one = CliRunner.Run(corpus.Root, "-q", "-f", format, "-j", "1");
            var four = CliRunner.Run(corpus.Root, "-q", "-f", format, "-j", "4");
            Assert.Multiple(() =>
            {
                Assert.That(one.ExitCode, Is.EqualTo(1), "the broken page fails");
                Assert.That(four.ExitCode, Is.EqualTo(1));
                Assert.That(four.StdoutBytes, Is.EqualTo(one.StdoutBytes), format);
                Assert.That(four.Stderr, Is.EqualTo(one.Stderr));
            });
        }
    }

    internal static List<string[]> ReadDelimited(string text, string format)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            Delimiter = format == "csv" ? "," : "\t",
            Mode = format == "csv" ? CsvMode.RFC4180 : CsvMode.NoEscape,
        };
        using var reader = new CsvReader(new StringReader(text), config);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }

    /// <summary>Undoes the writer's escapes: tsv's \t \n \r, and the formula-injection apostrophe.</summary>
    internal static string Unescape(string value, string format)
    {
        if (value.Length > 1 && value[0] == '\'' && "=@+-".Contains(value[1], StringComparison.Ordinal))
        {
            value = value[1..];
        }

        return format == "tsv"
            ? value.Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal)
            : value;
    }
}
