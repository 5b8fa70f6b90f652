using System.Globalization;
using System.Text;
using System.Text.Json;
using Extractor.Core.Output;
using Extractor.Tests.Output;

namespace Extractor.Tests.Cli;

/// <summary>
/// csv and tsv of real multi-paragraph records, read back with the strict readers of
/// <see cref="StrictDelimited"/>: every row has the header's column count and every value is the
/// json record's. The pages are the seeds, as they are and in the forms that broke rows: text
/// without a comma or quote (so only its line feeds call for quoting), file names with a line
/// feed or with spaces at the ends, and text with backslashes (tsv's escape character).
/// </summary>
public sealed class DelimitedReadBackTests
{
    private static readonly string[] Formats = ["csv", "tsv"];

    [TestCaseSource(nameof(Formats))]
    public void Every_row_has_the_header_column_count_and_the_json_values(string format)
    {
        using var corpus = HostileCorpus();
        var json = CliRunner.Run(corpus.Root, "-q", "-f", "json");
        var delimited = CliRunner.Run(corpus.Root, "-q", "-f", format);
        Assert.That(json.ExitCode, Is.EqualTo(0), json.ToString);
        Assert.That(delimited.ExitCode, Is.EqualTo(0), delimited.ToString);
        var records = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().ToArray();
        var rows = format == "csv" ? StrictDelimited.ReadCsv(delimited.Stdout) : StrictDelimited.ReadTsv(delimited.Stdout);
        var header = rows[0];
        Assert.That(rows, Has.Count.EqualTo(records.Length + 1), "one row per record");
        Assert.That(records.Select(r => r.GetProperty("text").GetString()), Has.Some.Contains("\n\n").And.Not.Contains(","), "a multi-paragraph text without a comma");
        Assert.That(records.Select(r => r.GetProperty("text").GetString()), Has.Some.Contains("\\"), "a text with a backslash");
        for (var i = 0; i < records.Length; i++)
        {
            Assert.That(rows[i + 1], Has.Length.EqualTo(header.Length), $"{format} row {i + 1}");
            var checkedColumns = 0;
            for (var c = 0; c < header.Length; c++)
            {
                var expected = Expected(records[i], header[c]);
                if (expected is null)
                {
                    continue;
                }

                checkedColumns++;
                var actual = StrictDelimited.UnescapeFormula(rows[i + 1][c], format);
                Assert.That(actual, Is.EqualTo(expected), $"{format} row {i + 1} column {header[c]}");
            }

            Assert.That(checkedColumns, Is.EqualTo(header.Length), "every column compared");
        }
    }

    [Test]
    public void A_file_name_with_a_line_feed_keeps_its_row_whole()
    {
        using var corpus = new TempCorpus();
        corpus.Write("line\nfeed.txt", File.ReadAllBytes(Seed(0)));
        var rows = StrictDelimited.ReadCsv(CliRunner.Run(corpus.Root, "-q", "-f", "csv", "--no-text").Stdout);
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[1][0], Is.EqualTo("line\nfeed"));
    }

    /// <summary>
    /// The text of a record's column as the json record gives it: a field of the same name
    /// (string, null, number, list of strings), or the main interaction's for the interaction
    /// columns. Null for a column this test does not know how to derive (a field added later as an
    /// object), which the column count then reports.
    /// </summary>
    private static string? Expected(JsonElement record, string column)
    {
        var interactions = record.GetProperty("interactions");
        var main = interactions.GetArrayLength() > 0 ? interactions[0] : (JsonElement?)null;
        switch (column)
        {
            case "interaction_count":
                return interactions.GetArrayLength().ToString(CultureInfo.InvariantCulture);
            case "interaction_date":
                return main is { } m1 ? Scalar(m1.GetProperty("date")) : "";
            case "provenance":
                return string.Join("; ", record.GetProperty("provenance").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}"));
            case "plover":
                return main is { } m3 && m3.GetProperty("plover") is { ValueKind: JsonValueKind.Object } plover
                    ? plover.GetProperty("mode").GetString() is { } mode
                        ? $"{plover.GetProperty("event").GetString()} ({mode})"
                        : plover.GetProperty("event").GetString()
                    : "";
            case "participants":
                return main is { } m2
                    ? string.Join(FieldText.ListSeparator, m2.GetProperty("participants").EnumerateArray().Select(Participant))
                    : "";
        }

        if (record.TryGetProperty(column, out var field))
        {
            return Scalar(field);
        }

        if (main is { } m && m.TryGetProperty(column, out var interactionField))
        {
            return Scalar(interactionField);
        }

        return main is null && column is "medium" or "cameo" or "evidence" or "countries" or "topics" ? "" : null;
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            string.Join(FieldText.ListSeparator, value.EnumerateArray().Select(e => e.GetString())),
        _ => null,
    };

    private static string Participant(JsonElement p)
    {
        string? Get(string name) => p.GetProperty(name).ValueKind == JsonValueKind.Null ? null : p.GetProperty(name).GetString();
        var head = Get("name") ?? Get("organization");
        var details = string.Join(", ", new[] { Get("title"), Get("country") }.Where(s => s is not null));
        return head is null ? details : details.Length == 0 ? head : $"{head} ({details})";
    }

    private static string Seed(int index) => Directory.GetFiles(TempCorpus.SeedsDirectory).Order(StringComparer.Ordinal).ElementAt(index);

    private static TempCorpus HostileCorpus()
    {
        var corpus = new TempCorpus();
        var seeds = Directory.GetFiles(TempCorpus.SeedsDirectory).Order(StringComparer.Ordinal).ToArray();
        foreach (var seed in seeds)
        {
            var page = File.ReadAllText(seed, Encoding.UTF8);
            var name = Path.GetFileName(seed);
            corpus.Write($"as-is/{name}", page);
            // Text with line feeds but no comma or quote: only the line feeds call for quoting.
            corpus.Write($"no-commas/{name}", page.Replace(",", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal));
        }

        var first = File.ReadAllText(seeds[0], Encoding.UTF8);
        corpus.Write("names/line\nfeed.txt", first);
        corpus.Write("names/ spaced .txt", first);
        corpus.Write("names/comma,and\"quote.txt", first);
        corpus.Write("names/tab\tand\\backslash.txt", first);
        // Backslashes in the text, one before a 't' and one before an 'n' (tsv's escapes).
        corpus.Write("backslash/page.txt", first.Replace("the foreign ministry said.", @"the foreign ministry said in C:\temp\notes and \\server\share.", StringComparison.Ordinal));
        return corpus;
    }
}
