namespace Extractor.Tests.Cli;

/// <summary>
/// Output that cannot be written: standard output closed by the reader, an <c>-o</c> path that
/// cannot be created. Each is one <c>extract: ...</c> line, never a stack trace.
/// </summary>
public sealed class OutputFailureTests
{
    [TestCase("jsonl")]
    [TestCase("csv")]
    public void A_closed_standard_output_stops_the_run_with_one_line_and_exit_1(string format)
    {
        using var corpus = new TempCorpus();
        corpus.ReplicateSeeds(400);
        var result = CliRunner.RunClosingStandardOutput(100, corpus.Root, "-f", format, "-j", "1");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString);
            Assert.That(result.StderrLines, Has.Length.EqualTo(1), result.ToString);
            Assert.That(result.Stderr, Does.Match(@"^extract: standard output: \S.*\n$"));
            Assert.That(result.Stderr, Does.Not.Contain("pages,"), "no summary: the run stopped");
        });
    }

    // Tests run as root, which chmod does not stop: these folders refuse a new file to root too.
    [TestCase("/proc/self/out.json")]
    [TestCase("/proc/out.json")]
    [TestCase("/sys/out.json")]
    public void Output_into_a_folder_that_takes_no_files_is_a_usage_error_with_one_line(string target)
    {
        Assume.That(Directory.Exists(Path.GetDirectoryName(target)), "a Linux system folder");
        var result = CliRunner.Run(TempCorpus.SeedsDirectory, "-o", target);
        AssertOneLineUsageError(result, $"extract: --output {target}: ");
    }

    [Test]
    public void Output_under_a_regular_file_is_a_usage_error_saying_it_is_not_a_folder()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("page.txt", "a page");
        var result = CliRunner.Run(TempCorpus.SeedsDirectory, "-o", Path.Combine(file, "out.json"));
        AssertOneLineUsageError(result, $"extract: --output {Path.Combine(file, "out.json")}: ");
        Assert.That(result.Stderr, Does.Contain("not a directory"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("a page"));
    }

    [Test]
    public void Output_onto_a_fifo_writes_into_it_and_leaves_it_a_fifo()
    {
        Assume.That(File.Exists("/usr/bin/mkfifo"), "mkfifo");
        using var corpus = new TempCorpus();
        var fifo = corpus.Path("pipe");
        CliRunnerShell.Run("/usr/bin/mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var result = CliRunner.Run(TempCorpus.SeedsDirectory, "-q", "-f", "jsonl", "-o", fifo);
        if (!reader.Wait(TimeSpan.FromSeconds(30)))
        {
            File.WriteAllText(fifo, ""); // Lets the reader's open return, so no thread is left waiting.
            Assert.Fail($"the command never wrote into the fifo: {result}");
        }

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        Assert.Multiple(() =>
        {
            Assert.That(reader.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(4));
            Assert.That(CliRunnerShell.Run("/usr/bin/stat", "-c", "%F", fifo).Trim(), Is.EqualTo("fifo"), "still a fifo, not a file of records");
            Assert.That(Directory.GetFiles(corpus.Root), Is.EqualTo(new[] { fifo }), "no temporary file left");
        });
    }

    private static void AssertOneLineUsageError(CliResult result, string start)
    {
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.StdoutBytes, Is.Empty);
            Assert.That(result.StderrLines, Has.Length.EqualTo(1), result.ToString);
            Assert.That(result.Stderr, Does.StartWith(start));
            Assert.That(result.Stderr, Does.Not.Contain("Exception").And.Not.Contain("   at "));
        });
    }
}
