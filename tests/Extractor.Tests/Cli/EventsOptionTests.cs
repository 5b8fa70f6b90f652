using System.Text.Json;

namespace Extractor.Tests.Cli;

[TestFixture]
public sealed class EventsOptionTests
{
    [Test]
    public void Events_are_written_to_their_file_and_the_records_are_unchanged()
    {
        using var corpus = new TempCorpus();
        var events = corpus.Path("events.jsonl");
        var plain = CliRunner.Run(TempCorpus.SeedsDirectory, "-f", "jsonl", "-q");
        var with = CliRunner.Run(TempCorpus.SeedsDirectory, "-f", "jsonl", "-q", "--events", events);
        Assert.That((with.ExitCode, with.Stdout), Is.EqualTo((0, plain.Stdout)));
        var lines = File.ReadAllLines(events);
        Assert.That(lines, Is.Not.Empty);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.That(first.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "event_id", "date", "medium", "cameo", "participants", "countries", "topics", "reports", "outlets", "record_ids", "first_published",
        }));
        Assert.That(Directory.GetFiles(corpus.Root, "*.tmp"), Is.Empty, "the temporary file is renamed");
    }

    [TestCase("csv", ",")]
    [TestCase("tsv", "\t")]
    public void Delimited_events_have_a_header(string format, string separator)
    {
        using var corpus = new TempCorpus();
        var events = corpus.Path("events." + format);
        var result = CliRunner.Run(TempCorpus.SeedsDirectory, "-f", format, "-q", "--events", events);
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(File.ReadLines(events).First(), Is.EqualTo(string.Join(separator, "event_id", "date", "medium", "cameo", "participants", "countries", "topics", "reports", "outlets", "record_ids", "first_published")));
    }

    [Test]
    public void Events_into_a_missing_folder_is_a_usage_error()
    {
        var result = CliRunner.Run(TempCorpus.SeedsDirectory, "--events", "/nonexistent-folder/events.json");
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((2, "")));
        Assert.That(result.Stderr, Does.Contain("--events"));
    }
}
