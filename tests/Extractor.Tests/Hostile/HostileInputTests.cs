using System.Text;
using System.Text.Json;
using Extractor.Tests.Cli;

namespace Extractor.Tests.Hostile;

/// <summary>
/// Bad input is never a crash or a hang (SPEC §2): each hostile page gives a record with warnings
/// or one <c>extract: PATH: REASON</c> line, the other pages still get their records, and the exit
/// status says which.
/// </summary>
public sealed class HostileInputTests
{
    private const string GoodPage = "Officials of South Korea and Japan held talks in Seoul on Monday about the economy.\n";

    [Test]
    public void An_empty_file_gives_a_record_with_a_warning()
    {
        using var corpus = new TempCorpus();
        corpus.Write("empty.txt", []);
        var record = SingleRecord(CliRunner.Run(corpus.Root, "-f", "jsonl", "-q"));
        Assert.Multiple(() =>
        {
            Assert.That(record.GetProperty("text").GetString(), Is.Empty);
            Assert.That(record.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Does.Contain("the page is empty"));
        });
    }

    [Test]
    [Platform("Linux,MacOsX")]
    public void A_fifo_in_a_corpus_folder_is_an_empty_page_not_a_hang()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", GoodPage);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", corpus.Path("b.txt")))
        {
            mkfifo.WaitForExit();
            Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo is needed for this test");
        }

        // Opening a FIFO waits for a writer; the run must finish without one.
        var run = Task.Run(() => CliRunner.Run(corpus.Root, "-f", "jsonl", "-q"));
        Assert.That(run.Wait(TimeSpan.FromSeconds(60)), Is.True, "the run hung on the FIFO");
        var lines = run.Result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.Result.ExitCode, Is.Zero);
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[1], Does.Contain("the page is empty"));
        });
    }

    [Test]
    public void A_binary_file_is_one_error_line_and_exit_1()
    {
        using var corpus = new TempCorpus();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var binary = corpus.Write("a-image.txt", bytes);
        AssertOneFailure(corpus, binary, "binary");
    }

    [Test]
    public void A_truncated_gz_is_one_error_line_and_exit_1()
    {
        using var corpus = new TempCorpus();
        var whole = corpus.WriteGzip("a-page.txt.gz", string.Concat(Enumerable.Repeat(GoodPage, 200)));
        var bytes = File.ReadAllBytes(whole);
        var truncated = corpus.Write("a-page.txt.gz", bytes[..(bytes.Length - 6)]);
        AssertOneFailure(corpus, truncated, "gzip");
    }

    [Test]
    public void A_whole_gz_is_read()
    {
        using var corpus = new TempCorpus();
        corpus.WriteGzip("page.html.gz", "<html><body><p>" + GoodPage + "</p></body></html>");
        var record = SingleRecord(CliRunner.Run(corpus.Root, "-f", "jsonl", "-q"));
        Assert.Multiple(() =>
        {
            Assert.That(record.GetProperty("id").GetString(), Is.EqualTo("page"));
            Assert.That(record.GetProperty("input_format").GetString(), Is.EqualTo("html"));
        });
    }

    [Test]
    public void Invalid_utf8_gives_a_record_with_a_warning()
    {
        using var corpus = new TempCorpus();
        corpus.Write("latin.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" talks in Seoul. "), 0xFF, 0xFE, 0x80]);
        var record = SingleRecord(CliRunner.Run(corpus.Root, "-f", "jsonl", "-q"));
        Assert.That(record.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Has.Some.Contain("not valid UTF-8"));
    }

    [Test]
    public void A_50_mb_page_is_refused_with_one_error_line_without_reading_it()
    {
        using var corpus = new TempCorpus();
        var line = Encoding.UTF8.GetBytes(GoodPage);
        var huge = corpus.Path("a-huge.txt");
        using (var stream = File.Create(huge))
        {
            while (stream.Length < 50L * 1024 * 1024)
            {
                stream.Write(line);
            }
        }

        AssertOneFailure(corpus, huge, "page too large");
    }

    [Test]
    public void A_gzip_bomb_is_refused_with_one_error_line()
    {
        using var corpus = new TempCorpus();
        var bomb = corpus.WriteGzip("a-bomb.txt.gz", new string(' ', 40 * 1024 * 1024));
        AssertOneFailure(corpus, bomb, "too large");
    }

    [Test]
    public void Html_nested_100000_levels_deep_is_refused_not_a_stack_overflow()
    {
        using var corpus = new TempCorpus();
        var html = new StringBuilder("<!DOCTYPE html><html><body>")
            .Append(string.Concat(Enumerable.Repeat("<div>", 100_000)))
            .Append("deep")
            .Append(string.Concat(Enumerable.Repeat("</div>", 100_000)))
            .Append("</body></html>");
        var deep = corpus.Write("a-deep.html", html.ToString());
        AssertOneFailure(corpus, deep, "nested");
    }

    [Test]
    public void Html_nested_100000_unclosed_levels_is_refused()
    {
        using var corpus = new TempCorpus();
        var deep = corpus.Write("a-deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<span><b>", 50_000)));
        AssertOneFailure(corpus, deep, "nested");
    }

    [Test]
    public void Html_nested_just_under_the_limit_gives_a_record()
    {
        // The deepest page the guard lets through must survive the real cleaner and parser.
        using var corpus = new TempCorpus();
        const int depth = 990;
        corpus.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Officials met in Seoul.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>");
        var result = CliRunner.Run(corpus.Root, "-f", "jsonl", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
    }

    [Test]
    public void Broken_html_gives_a_record()
    {
        using var corpus = new TempCorpus();
        corpus.Write("broken.html", "<html><head><title>Talks</ti<body><p>Officials <b>met</i> in <div>Seoul</p></span></html></html><p");
        var result = CliRunner.Run(corpus.Root, "-f", "jsonl", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
    }

    [Test]
    public void An_unreadable_file_in_a_directory_is_one_error_line_and_exit_1()
    {
        // Tests may run as root, for whom chmod 000 does not stop a read; a dangling symbolic link
        // is listed by the directory walk yet cannot be opened, whoever runs it.
        using var corpus = new TempCorpus();
        var link = corpus.Path("a-dangling.txt");
        try
        {
            File.CreateSymbolicLink(link, corpus.Path("gone.txt"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Ignore($"cannot create a symbolic link here: {e.Message}");
        }

        AssertOneFailure(corpus, link, "no such file");
    }

    [Test]
    public void A_directory_with_no_pages_gives_an_empty_array_and_exit_0()
    {
        using var corpus = new TempCorpus();
        Directory.CreateDirectory(corpus.Path("sub/empty"));
        var result = CliRunner.Run(corpus.Root);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Is.EqualTo("[]\n"));
            Assert.That(result.Stderr, Does.Match(@"^extract: 0 pages, 0 records, 0 failed, \d+\.\d\d s\n$"));
        });
    }

    [Test]
    public void A_path_that_does_not_exist_is_exit_2()
    {
        var result = CliRunner.Run("/no/such/page.txt");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.StdoutBytes, Is.Empty);
        });
    }

    [Test]
    public void A_failed_page_with_output_file_still_writes_the_others()
    {
        using var corpus = new TempCorpus();
        corpus.Write("pages/a.txt", [0, 1, 2, 3]);
        corpus.Write("pages/b.txt", GoodPage);
        var target = corpus.Path("out.jsonl");
        var result = CliRunner.Run(corpus.Path("pages"), "-f", "jsonl", "-o", target, "-q");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(File.ReadAllLines(target), Has.Length.EqualTo(1));
        });
    }

    /// <summary>The hostile page (named to sort first) fails with one line; the good page after it still gets its record.</summary>
    private static void AssertOneFailure(TempCorpus corpus, string hostile, string reason)
    {
        corpus.Write("z-good.txt", GoodPage);
        var result = CliRunner.Run(corpus.Root, "-f", "jsonl");
        var source = hostile.Replace('\\', '/');
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString);
            Assert.That(result.StderrLines, Has.Length.EqualTo(2), result.ToString);
            Assert.That(result.StderrLines[0], Does.StartWith($"extract: {source}: ").And.Contain(reason));
            Assert.That(result.StderrLines[1], Does.StartWith("extract: 2 pages, 1 record, 1 failed, "));
            Assert.That(CommandLineTests.Ids(result), Is.EqualTo(new[] { "z-good" }));
        });
    }

    private static JsonElement SingleRecord(CliResult result)
    {
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1));
        return JsonDocument.Parse(lines[0]).RootElement.Clone();
    }
}
