namespace Extractor.Tests.Cli;

[TestFixture]
public sealed class CopyOfTests
{
    [Test]
    public void Copy_of_names_the_earlier_page_whatever_the_jobs()
    {
        using var corpus = new TempCorpus();
        var seed = File.ReadAllText(Directory.GetFiles(TempCorpus.SeedsDirectory).Order(StringComparer.Ordinal).First());
        corpus.Write("a.txt", seed);
        corpus.Write("b.txt", "Some other site\n\n" + seed + "\n\nMore from this site");
        foreach (var jobs in new[] { "1", "2" })
        {
            var result = CliRunner.Run(corpus.Root, "-f", "csv", "--no-text", "-q", "-j", jobs);
            var rows = FormatTests.ReadDelimited(result.Stdout, "csv");
            var copyOf = Array.IndexOf(rows[0], "copy_of");
            Assert.That(rows.Skip(1).Select(r => (r[0], r[copyOf])), Is.EqualTo(new[] { ("a", ""), ("b", "a") }));
        }
    }
}
