using Extractor.Core.Input;

namespace Extractor.Tests.Input;

public sealed class ManifestTests
{
    [Test]
    public void Lines_are_paths_relative_to_the_manifest_folder_without_blanks_and_comments()
    {
        var text = "# CC-NEWS, January\ncrawl-data/CC-NEWS/2024/01/a.warc.gz\r\n\n   \n  b.warc  \n#c.warc\n/abs/d.warc.gz\n";
        var entries = Manifest.Parse(text, "/data/lists");
        Assert.That(entries, Is.EqualTo(new[]
        {
            new ManifestEntry("/data/lists/crawl-data/CC-NEWS/2024/01/a.warc.gz", "crawl-data/CC-NEWS/2024/01/a.warc.gz"),
            new ManifestEntry("/data/lists/b.warc", "b.warc"),
            new ManifestEntry("/abs/d.warc.gz", "d.warc.gz"),
        }));
    }

    [Test]
    public void An_empty_manifest_lists_nothing() =>
        Assert.That(Manifest.Parse("# nothing yet\n\n", "."), Is.Empty);

    [Test]
    public void Ids_of_listed_files_are_their_names_as_listed()
    {
        var root = Path.Combine(Path.GetTempPath(), "extract-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "x"));
        try
        {
            File.WriteAllText(Path.Combine(root, "x", "page.html"), "<p>a</p>");
            File.WriteAllText(Path.Combine(root, "list.txt"), "x/page.html\nx\n");
            var pages = new CorpusEnumerator().Enumerate(Manifest.Read(Path.Combine(root, "list.txt"))).ToArray();
            Assert.That(pages.Select(p => p.Id), Is.EqualTo(new[] { "x/page", "page" }));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
