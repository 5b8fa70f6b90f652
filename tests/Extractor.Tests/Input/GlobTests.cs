using Extractor.Core.Input;

namespace Extractor.Tests.Input;

public sealed class GlobTests
{
    [TestCase("*.html", "a.html", true)]
    [TestCase("*.html", "x/y/a.html", true, TestName = "A glob without a slash matches the file name at any depth")]
    [TestCase("*.html", "a.htm", false)]
    [TestCase("*.html", "a.html.gz", false)]
    [TestCase("*.html*", "a.html.gz", true)]
    [TestCase("page?.txt", "page1.txt", true)]
    [TestCase("page?.txt", "page12.txt", false)]
    [TestCase("page?.txt", "dir/page1.txt", true)]
    [TestCase("drafts/*", "drafts/a.txt", true)]
    [TestCase("drafts/*", "drafts/sub/a.txt", false, TestName = "A single star stays within a path segment")]
    [TestCase("drafts/**", "drafts/sub/a.txt", true)]
    [TestCase("**/2022/*.txt", "yonhap/2022/a.txt", true)]
    [TestCase("**/2022/*.txt", "2022/a.txt", true, TestName = "Double star slash matches zero folders")]
    [TestCase("**/2022/*.txt", "yonhap/2021/a.txt", false)]
    [TestCase("a.b", "axb", false, TestName = "A dot is literal")]
    [TestCase("[x].txt", "[x].txt", true, TestName = "Brackets are literal")]
    [TestCase("*.TXT", "a.txt", false, TestName = "Globs are case-sensitive")]
    public void Matches_relative_paths(string glob, string path, bool expected) =>
        Assert.That(Glob.IsMatch(glob, path), Is.EqualTo(expected));
}
