using System.Text;
using System.Text.Json;
using Extractor.Core.Output;

namespace Extractor.Tests.Output;

public sealed class JsonRowWriterTests
{
    [Test]
    public void Exploded_lines_have_the_csv_columns_with_typed_values()
    {
        using var buffer = new MemoryStream();
        using (var writer = RecordWriters.Create(buffer, OutputFormat.Jsonl, ExplodeMode.Participants, includeText: false))
        {
            writer.Write(SampleRecords.WithInteractions);
            writer.Complete();
        }

        var lines = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = DelimitedRecordWriterTests.Write(FieldStyle.Csv, ExplodeMode.Participants, false).TrimEnd().Split(',');
        Assert.That(lines, Has.Length.EqualTo(3));
        using var third = JsonDocument.Parse(lines[2]);
        var row = third.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(row.EnumerateObject().Select(p => p.Name), Is.EqualTo(header));
            Assert.That(row.GetProperty("interaction_index").GetInt32(), Is.EqualTo(1));
            Assert.That(row.GetProperty("participant_name").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(row.GetProperty("authors").GetArrayLength(), Is.EqualTo(2));
            Assert.That(row.GetProperty("topics").GetArrayLength(), Is.EqualTo(0));
        });
    }

    [Test]
    public void Json_with_explode_is_refused() =>
        Assert.That(() => RecordWriters.Create(new MemoryStream(), OutputFormat.Json, ExplodeMode.Interactions, true), Throws.ArgumentException);
}
