using Extractor.Core.Input;

namespace Extractor.Tests.Input;

public sealed class PageIdsTests
{
    [TestCase("a.txt", "a")]
    [TestCase("dir/a.html.gz", "dir/a")]
    [TestCase("dir\\a.xhtml", "dir/a")]
    [TestCase("a.text", "a")]
    [TestCase("a.htm", "a")]
    [TestCase("a.gz", "a")]
    [TestCase("a.md", "a.md")]
    [TestCase("a.txt.txt", "a.txt", TestName = "Only one format ending is removed")]
    [TestCase(".txt", ".txt", TestName = "A name that is only an ending keeps it")]
    [TestCase("A.HTML", "A")]
    public void Ids_drop_format_endings(string path, string id) =>
        Assert.That(PageIds.FromRelativePath(path), Is.EqualTo(id));
}
