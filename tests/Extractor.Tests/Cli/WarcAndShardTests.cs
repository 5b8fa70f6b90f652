using System.Text.Json;
using Extractor.Tests.Input.Warc;

namespace Extractor.Tests.Cli;

/// <summary>End-to-end: WARC input, <c>--shard</c> and <c>--manifest</c>.</summary>
public sealed class WarcAndShardTests
{
    [Test]
    public void A_warc_with_a_truncated_last_record_gives_its_pages_one_error_line_and_the_skipped_count()
    {
        using var corpus = new TempCorpus();
        var warc = new WarcBuilder()
            .Info()
            .Response("https://example.com/a", WarcBuilder.HtmlPage("Ministers hold talks", "The foreign ministers met in Seoul on Monday."))
            .Response("https://example.com/gone", "gone", status: 404)
            .Response("https://example.com/b", WarcBuilder.HtmlPage("Leaders speak by phone", "The two presidents spoke by phone on Tuesday."));
        var bytes = warc.Plain();
        corpus.Write("crawl/x.warc", bytes[..^30]);
        var result = CliRunner.Run(corpus.Root, "-f", "jsonl");
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString);
            Assert.That(lines, Has.Length.EqualTo(1));
            using var record = JsonDocument.Parse(lines[0]);
            Assert.That(record.RootElement.GetProperty("id").GetString(), Is.EqualTo($"crawl/x#{warc.Offsets()[1]}"));
            Assert.That(record.RootElement.GetProperty("url").GetString(), Is.EqualTo("https://example.com/a"));
            Assert.That(result.StderrLines[0], Is.EqualTo($"extract: {corpus.Root}/crawl/x.warc#{warc.Offsets()[3]}: truncated WARC record (the file ends inside it)"));
            Assert.That(result.StderrLines[^1], Does.Match(@"^extract: 2 pages, 1 records, 1 failed, \d+\.\d\d s, 2 WARC records skipped$"));
        });
    }

    [TestCase("0/4")]
    [TestCase("5/4")]
    [TestCase("x")]
    public void A_bad_shard_is_a_usage_error(string shard)
    {
        var result = CliRunner.Run(TempCorpus.SeedsDirectory, "--shard", shard);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.StdoutBytes, Is.Empty);
            Assert.That(result.StderrLines, Has.Length.EqualTo(1));
            Assert.That(result.StderrLines[0], Does.StartWith("extract: --shard"));
        });
    }

    [Test]
    public void Shards_together_give_the_whole_run()
    {
        using var corpus = new TempCorpus();
        corpus.ReplicateSeeds(12);
        var whole = Lines(CliRunner.Run(corpus.Root, "-f", "jsonl", "-q"));
        var parts = Enumerable.Range(1, 3).Select(k => Lines(CliRunner.Run(corpus.Root, "-f", "jsonl", "-q", "--shard", $"{k}/3"))).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(parts.SelectMany(p => p).Order(StringComparer.Ordinal), Is.EqualTo(whole.Order(StringComparer.Ordinal)));
            Assert.That(parts, Has.All.Not.Empty);
        });
    }

    [Test]
    public void A_manifest_lists_inputs_relative_to_its_folder()
    {
        using var corpus = new TempCorpus();
        corpus.ReplicateSeeds(3);
        var manifest = corpus.Write("lists/m.txt", "# three pages\n" + string.Join('\n', Directory.GetFiles(corpus.Root, "*.txt", SearchOption.AllDirectories)
            .Where(f => !f.Contains("lists", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(f => "../" + Path.GetRelativePath(corpus.Root, f))) + "\n\n");
        var result = CliRunner.Run("--manifest", manifest, "-f", "jsonl", "-q");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
            Assert.That(Lines(result), Has.Length.EqualTo(3));
        });
    }

    [Test]
    public void A_missing_file_in_a_manifest_is_a_usage_error()
    {
        using var corpus = new TempCorpus();
        var manifest = corpus.Write("m.txt", "nothing-here.warc.gz\n");
        var result = CliRunner.Run("--manifest", manifest);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.StderrLines[0], Does.Contain("nothing-here.warc.gz: no such file or directory"));
        });
    }

    private static string[] Lines(CliResult result) => result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
