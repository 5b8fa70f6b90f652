using System.Text;
using Extractor.Core.Input;

namespace Extractor.Tests.Input;

public sealed class HtmlNestingTests
{
    [TestCase("<html><body><div><p>a</p></div></body></html>", 3, false)]
    [TestCase("<html><body><div><div>a</div></div></body></html>", 3, true)]
    [TestCase("<div><br><img src=x><hr/><input></div>", 1, false, TestName = "Void elements do not nest")]
    [TestCase("<div><p>one<p>two<p>three<li>x<li>y</div>", 1, false, TestName = "Elements with optional end tags are not counted")]
    [TestCase("<div/><div/><div/>", 0, false, TestName = "Self-closing tags do not nest")]
    [TestCase("<div><!-- <div><div><div> --></div>", 1, false, TestName = "Comments are skipped")]
    [TestCase("<div><script>var s = '<div><div><div>';</script></div>", 1, false, TestName = "Scripts are skipped")]
    [TestCase("3 < 4 and <5 and < div", 0, false)]
    [TestCase("<div", 0, false, TestName = "An unterminated tag ends the scan")]
    [TestCase("<div><div><div><div><div>x", 5, false, TestName = "As many levels as the limit pass")]
    [TestCase("<div><div><div><div><div><div>x", 5, true, TestName = "One level past the limit fails")]
    [TestCase("<div><div><div><div><div><div>x</div></div>", 5, true, TestName = "End tags after the deepest point do not hide it")]
    public void Estimates_nesting(string html, int limit, bool exceeds) =>
        Assert.That(HtmlNesting.Exceeds(html, limit), Is.EqualTo(exceeds));

    [Test]
    public void Closed_siblings_do_not_add_up()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>x</span></div>", 100_000));
        Assert.That(HtmlNesting.Exceeds(html, 3), Is.False);
    }

    [Test]
    public void Hundred_thousand_levels_exceed_the_default_limit()
    {
        var html = new StringBuilder("<html><body>").Insert(12, "<div>", 100_000).ToString();
        Assert.That(HtmlNesting.Exceeds(html, PageReader.DefaultMaxHtmlDepth), Is.True);
    }
}
