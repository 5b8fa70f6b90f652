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
    [TestCase("<my-el><ns:tag><a_b><h1>x", 3, true, TestName = "Names hold digits, '-', ':' and '_'")]
    [TestCase("<my-el><ns:tag><a_b><h1>x", 4, false, TestName = "Names hold digits, '-', ':' and '_', within the limit")]
    [TestCase("<p-x><li:y><br_z>x", 2, true, TestName = "A name that only starts like an uncounted one is counted")]
    [TestCase("<Script>var a = '<div><div>';</SCRIPT><div>", 1, false, TestName = "Scripts are skipped in any case")]
    public void Estimates_nesting(string html, int limit, bool exceeds) =>
        Assert.That(HtmlNesting.Exceeds(html, limit), Is.EqualTo(exceeds));

    private static readonly HashSet<string> Uncounted =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
        "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rtc", "rp",
    ];

    private static readonly string[] ElementNames =
    [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo", "bgsound",
        "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data",
        "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
        "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "link",
        "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option",
        "output", "p", "param", "picture", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp",
        "script", "search", "section", "select", "slot", "small", "source", "span", "strong", "style", "sub",
        "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
        "title", "tr", "track", "u", "ul", "var", "video", "wbr", "path", "g", "amp-img", "fb:like", "my_tag",
        "basefonts", "options", "tds", "x",
    ];

    // The bucketed lookup against the plain set it stands for, in three cases of every element name.
    [Test]
    public void Uncounted_names_are_the_void_and_optional_end_elements_in_any_case()
    {
        foreach (var name in ElementNames.Concat(Uncounted))
        {
            var expected = Uncounted.Contains(name);
            Assert.That(HtmlNesting.IsUncounted(name), Is.EqualTo(expected), name);
            Assert.That(HtmlNesting.IsUncounted(name.ToUpperInvariant()), Is.EqualTo(expected), name.ToUpperInvariant());
            Assert.That(HtmlNesting.IsUncounted(char.ToUpperInvariant(name[0]) + name[1..]), Is.EqualTo(expected), name);
        }
    }

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
