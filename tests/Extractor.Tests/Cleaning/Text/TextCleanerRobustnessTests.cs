using Extractor.Core.Cleaning;
using Extractor.Core.Model;

namespace Extractor.Tests.Cleaning.Text;

public sealed class TextCleanerRobustnessTests
{
    private static readonly TextCleaner Cleaner = new();

    [TestCase("")]
    [TestCase("\n\n\n")]
    [TestCase("\0\u0001\u0002\uFFFD\uFFFD")]
    [TestCase("|\n*\n---\n")]
    [TestCase("\u200B\u00A0\u3000")]
    public void Never_throws_and_warns_when_there_is_no_body(string content)
    {
        var cleaned = Cleaner.Clean(Page(content));
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Paragraphs, Is.Empty);
            Assert.That(cleaned.Warnings, Does.Contain("no article body found"));
        });
    }

    [Test]
    public void Copes_with_one_huge_line_and_many_lines()
    {
        var huge = string.Concat(Enumerable.Repeat("This is a sentence of the article body. ", 50_000));
        var many = string.Join('\n', Enumerable.Range(0, 100_000).Select(i => i % 7 == 0 ? "Home" : $"Line {i} of a long list of things that were said."));
        Assert.Multiple(() =>
        {
            Assert.That(Cleaner.Clean(Page(huge)).Paragraphs, Has.Count.EqualTo(1));
            Assert.That(Cleaner.Clean(Page(many)).Paragraphs, Is.Not.Empty);
        });
    }

    private static SourcePage Page(string content) => new("t", "t.txt", "00", InputFormat.Text, content, []);
}
