using System.Diagnostics;
using System.Text.Json;

namespace Extractor.Tests.Cli;

/// <summary>
/// The command used as a careless or hostile user would: odd <c>--jobs</c> values, <c>-o</c> onto
/// an input, leftovers of a killed run, symbolic link loops; each gets one plain line.
/// </summary>
public sealed class ReliabilityTests
{
    private static readonly string Seeds = TempCorpus.SeedsDirectory;

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("x")]
    [TestCase("2.5")]
    [TestCase("100000")]
    [TestCase("99999999999")]
    public void A_bad_jobs_value_is_a_usage_error_with_one_plain_line(string jobs)
    {
        var result = CliRunner.Run(Seeds, "-j", jobs);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.StdoutBytes, Is.Empty);
            Assert.That(result.StderrLines, Has.Length.EqualTo(1), result.ToString);
            Assert.That(result.Stderr, Does.StartWith($"extract: --jobs {jobs}: ").And.Contain("1 to 1024"));
            Assert.That(result.Stderr, Does.Not.Contain("System.").And.Not.Contain("   at "));
        });
    }

    [Test]
    public void Jobs_above_the_page_count_start_no_more_workers_than_pages()
    {
        // Four pages and -j 1024: the run finishes normally, and the process never holds more
        // threads than the runtime's own plus one worker per page.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in new[] { CliRunner.ExtractDll, Seeds, "-q", "-j", "1024", "-f", "jsonl", "-" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        // The run waits on standard input (the last PATH) after the four seeds: count its threads then.
        var output = process.StandardOutput.ReadLineAsync();
        Assert.That(output.Wait(TimeSpan.FromSeconds(60)), Is.True, "the first record came");
        Thread.Sleep(500);
        var threads = Directory.GetDirectories($"/proc/{process.Id}/task")
            .Count(t => File.ReadAllText(Path.Combine(t, "comm")).StartsWith("extract worker", StringComparison.Ordinal));
        process.StandardInput.Close();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(0));
            Assert.That(threads, Is.InRange(1, 5), "worker threads for five pages");
        });
    }

    [Test]
    public void Output_onto_an_input_file_is_refused_and_the_page_is_untouched()
    {
        using var corpus = new TempCorpus();
        var page = corpus.Write("page.txt", File.ReadAllText(Path.Combine(Seeds, "000_8f3db274a9965956.txt")));
        var before = File.ReadAllBytes(page);
        foreach (var output in new[] { page, corpus.Path("sub/../page.txt") })
        {
            Directory.CreateDirectory(corpus.Path("sub"));
            var result = CliRunner.Run(page, "-o", output);
            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
                Assert.That(result.StderrLines, Has.Length.EqualTo(1));
                Assert.That(result.Stderr, Does.StartWith($"extract: --output {output}: ").And.Contain("input"));
                Assert.That(File.ReadAllBytes(page), Is.EqualTo(before));
            });
        }
    }

    [Test]
    public void Output_inside_the_walked_folder_is_not_read_as_a_page()
    {
        using var corpus = new TempCorpus();
        foreach (var seed in Directory.GetFiles(Seeds))
        {
            corpus.Write(Path.GetFileName(seed), File.ReadAllBytes(seed));
        }

        var output = corpus.Path("records.txt");
        for (var run = 0; run < 2; run++)
        {
            var result = CliRunner.Run(corpus.Root, "-f", "jsonl", "-o", output);
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
            Assert.That(result.Stderr, Does.StartWith("extract: 4 pages, 4 records"), $"run {run + 1}");
            Assert.That(File.ReadAllLines(output), Has.Length.EqualTo(4));
        }
    }

    [Test]
    public void Stale_temporary_files_of_the_same_output_are_removed_and_others_kept()
    {
        using var corpus = new TempCorpus();
        var output = corpus.Path("out.json");
        // A killed run's leftovers: this build's naming (a process id that cannot be running) and
        // the earlier naming (32 hex digits).
        var dead = corpus.Write(".out.json.99999999-0123456789abcdef.tmp", "half");
        var legacy = corpus.Write(".out.json.0123456789abcdef0123456789abcdef.tmp", "half");
        // Not stale, or not this output's: a running process's, another output's, another name.
        var live = corpus.Write($".out.json.{Environment.ProcessId}-0123456789abcdef.tmp", "in use");
        var other = corpus.Write(".other.json.0123456789abcdef0123456789abcdef.tmp", "other");
        var unrelated = corpus.Write(".out.json.notes.tmp", "mine");
        var result = CliRunner.Run(Seeds, "-q", "-o", output);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
            Assert.That(File.Exists(dead), Is.False);
            Assert.That(File.Exists(legacy), Is.False);
            Assert.That(File.Exists(live), Is.True);
            Assert.That(File.Exists(other), Is.True);
            Assert.That(File.Exists(unrelated), Is.True);
            Assert.That(JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetArrayLength(), Is.EqualTo(4));
        });
    }

    [Test]
    public void A_symbolic_link_loop_is_one_plain_line_naming_the_path()
    {
        using var corpus = new TempCorpus();
        File.CreateSymbolicLink(corpus.Path("loop.txt"), "loop.txt");
        var result = CliRunner.Run(corpus.Root, "-q");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString);
            Assert.That(result.StderrLines, Has.Length.EqualTo(1));
            Assert.That(result.StderrLines[0], Is.EqualTo($"extract: {corpus.Root}/loop.txt: a loop of symbolic links (a link that leads back to itself)"));
        });
    }

    [Test]
    public void An_unknown_format_lists_the_accepted_values()
    {
        var result = CliRunner.Run(Seeds, "-f", "xml");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Is.EqualTo("extract: --format xml: not an accepted value; use json, jsonl, csv or tsv\n"));
        });
    }

    [Test]
    public void A_topics_file_that_is_not_json_names_the_file_and_the_place_in_one_line()
    {
        using var corpus = new TempCorpus();
        var topics = corpus.Write("topics.json", "{\n  \"topics\": [\n    { bad }\n  ]\n}\n");
        var result = CliRunner.Run(Seeds, "--topics", topics);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.StderrLines, Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.StartWith($"extract: --topics {topics}: ").And.Contain("not valid JSON at line 3"));
        });
    }

    [Test]
    public void The_summary_of_one_page_says_page_and_record_in_the_singular()
    {
        var result = CliRunner.Run(Path.Combine(Seeds, "000_8f3db274a9965956.txt"));
        Assert.That(result.StderrLines[^1], Does.Match(@"^extract: 1 page, 1 record, 0 failed, \d+\.\d\d s$"));
    }
}
