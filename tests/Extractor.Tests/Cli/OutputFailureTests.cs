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
}
