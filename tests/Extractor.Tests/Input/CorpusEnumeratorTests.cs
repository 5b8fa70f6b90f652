using Extractor.Core.Input;
using Extractor.Tests.Cli;

namespace Extractor.Tests.Input;

public sealed class CorpusEnumeratorTests
{
    [Test]
    public void A_directory_is_walked_in_ordinal_order_of_relative_paths()
    {
        using var corpus = new TempCorpus();
        var names = new[] { "b.txt", "a/z.txt", "A.txt", "a.txt", "a/b/c.html.gz", "_.htm", "a0.txt", "a-b.txt", "a b/c.txt", "ab/x.txt", "ab.txt", "abc.txt" };
        foreach (var name in names)
        {
            corpus.Write(name, "x");
        }

        var pages = new CorpusEnumerator().Enumerate([corpus.Root]).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Source[(corpus.Root.Length + 1)..]), Is.EqualTo(names.Order(StringComparer.Ordinal)));
            Assert.That(pages.Select(p => p.Id).Take(6), Is.EqualTo(new[] { "A", "_", "a b/c", "a-b", "a", "a/b/c" }));
            Assert.That(pages[0].Source, Is.EqualTo(corpus.Root.Replace('\\', '/') + "/A.txt"));
        });
    }

    [Test]
    public void Exclude_applies_after_the_default_endings()
    {
        using var corpus = new TempCorpus();
        corpus.Write("keep.txt", "x");
        corpus.Write("old/skip.txt", "x");
        var pages = new CorpusEnumerator(exclude: ["old/**"]).Enumerate([corpus.Root]);
        Assert.That(pages.Select(p => p.Id), Is.EqualTo(new[] { "keep" }));
    }

    [Test]
    public void Dash_is_standard_input()
    {
        var page = new CorpusEnumerator().Enumerate(["-"]).Single();
        Assert.Multiple(() =>
        {
            Assert.That(page.Id, Is.EqualTo("stdin"));
            Assert.That(page.IsStandardInput, Is.True);
        });
    }

    [Test]
    public void Missing_paths_are_found_before_reading()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("a.txt", "x");
        Assert.That(CorpusEnumerator.FindMissing(["-", file, corpus.Root, corpus.Path("nope")]), Is.EqualTo(corpus.Path("nope")));
    }
}
