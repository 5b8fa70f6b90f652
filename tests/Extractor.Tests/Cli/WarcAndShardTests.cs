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
            Assert.That(result.StderrLines[^1], Does.Match(@"^extract: 2 pages, 1 record, 1 failed, \d+\.\d\d s, 2 WARC records skipped$"));
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
        // copy_of names the first copy among one run's pages: a shard sees only its own (README,
        // "Shards"), so it is left out here; every other byte must match.
        var whole = Lines(CliRunner.Run(corpus.Root, "-f", "jsonl", "-q")).Select(WithoutCopyOf).ToArray();
        var parts = Enumerable.Range(1, 3).Select(k => Lines(CliRunner.Run(corpus.Root, "-f", "jsonl", "-q", "--shard", $"{k}/3")).Select(WithoutCopyOf).ToArray()).ToArray();
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

    [Test]
    public void Pages_of_a_warc_come_out_in_file_order_whatever_the_jobs()
    {
        using var corpus = new TempCorpus();
        var warc = new WarcBuilder();
        var seeds = Directory.GetFiles(TempCorpus.SeedsDirectory).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 24; i++)
        {
            warc.Request($"https://example.com/{i}").Response($"https://example.com/{i}", File.ReadAllText(seeds[i % seeds.Length]), contentType: "text/plain");
        }

        corpus.Write("a.warc.gz", warc.GzipPerRecord());
        var one = CliRunner.Run(corpus.Root, "-f", "jsonl", "-q", "-j", "1");
        var three = CliRunner.Run(corpus.Root, "-f", "jsonl", "-q", "-j", "3");
        Assert.Multiple(() =>
        {
            Assert.That(one.ExitCode, Is.EqualTo(0), one.ToString);
            Assert.That(three.StdoutBytes, Is.EqualTo(one.StdoutBytes));
            Assert.That(Lines(one).Select(UrlOf), Is.EqualTo(Enumerable.Range(0, 24).Select(i => $"https://example.com/{i}")));
        });
    }

    [TestCase(new byte[0], 0)]
    [TestCase(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, 1)]
    [TestCase(new byte[] { 0x00, 0x01, 0x0A, 0xFF, 0x0A, 0x0D, 0x0A, 0x0A }, 1)]
    public void A_warc_that_is_empty_cut_or_binary_is_never_a_crash(byte[] bytes, int errors)
    {
        using var corpus = new TempCorpus();
        corpus.Write("x.warc.gz", bytes);
        var result = CliRunner.Run(corpus.Root, "-f", "jsonl");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(errors == 0 ? 0 : 1), result.ToString);
            Assert.That(result.StderrLines.Count(l => l.StartsWith($"extract: {corpus.Root}/x.warc.gz#0: ", StringComparison.Ordinal)), Is.EqualTo(errors));
            Assert.That(result.Stderr, Does.Not.Contain("internal error"));
        });
    }

    private static string? UrlOf(string line)
    {
        using var record = JsonDocument.Parse(line);
        return record.RootElement.GetProperty("url").GetString();
    }

    private static string WithoutCopyOf(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\"copy_of\":(\"(?:[^\"\\\\]|\\\\.)*\"|null)", "\"copy_of\":-");

    private static string[] Lines(CliResult result) => result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
