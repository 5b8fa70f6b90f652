using Extractor.Core.Lexicons;
using System.Text;
using Extractor.Core.Cleaning;
using Extractor.Core.Cleaning.Html;
using Extractor.Core.Model;

namespace Extractor.Tests.Cleaning.Html;

public sealed class HtmlCleanerRuleTests
{
    private static string Strip(string html) => RawHtmlStripper.Strip(html, LexiconSet.BuiltIn.HtmlBoilerplate.StrippedTags);

    private static CleanedPage Clean(string html) =>
        new HtmlCleaner().Clean(new SourcePage("t", "t.html", "00", InputFormat.Html, html, []));

    [TestCase("article-body", new[] { "article", "body", "articlebody" })]
    [TestCase("articleBody", new[] { "article", "body" })]
    [TestCase("sr-only header2", new[] { "sr", "only", "header", "sronly" })]
    [TestCase("", new string[0])]
    public void Class_values_split_into_word_tokens(string value, string[] expected) =>
        Assert.That(AttributeTokens.Split(value), Is.EquivalentTo(expected));

    // A listed prefix (share*, comment*) does not catch the whole words that name something else:
    // "shared" is a component shared by a site's templates, not a share bar (fundus
    // de__Krautreporter_2024_08_22: the article header's "…-shared-header-inner" took its lead).
    [TestCase("share-bar", true)]
    [TestCase("article-headers-shared-header-inner", false)]
    [TestCase("article-type-commentary", false)]
    public void Prefix_words_do_not_catch_their_exceptions(string value, bool strong) =>
        Assert.That((LexiconSet.BuiltIn.HtmlBoilerplate.Classify(value) & AttributeSignal.StrongNegative) != 0, Is.EqualTo(strong));

    [TestCase("By John Smith", true)]
    [TestCase("Von Anna Schmidt", true)]
    [TestCase("Por María García | 3 de marzo de 2021", true)]
    [TestCase("March 3, 2021 10:45", true)]
    [TestCase("sexta-feira, 22 de outubro de 2010 às 20:13", true)]
    [TestCase("2021년 3월 3일", true)]
    [TestCase("The two ministers spoke by telephone on Tuesday, discussing the situation.", false)]
    [TestCase("Byzantine politics returned to the capital this week, officials said in a long statement.", false)]
    public void Byline_and_date_lines_are_recognised(string line, bool expected) =>
        Assert.That(ParagraphFilter.LooksLikeByline(line, LexiconSet.BuiltIn.HtmlBoilerplate), Is.EqualTo(expected));

    // ch__TagesAnzeiger_2024_09_04: og:title is the JSON-LD headline without its kicker.
    [TestCase("SVP-Sonderparteitag zur Migration: Chiesa ruft zum Widerstand gegen die Asylpolitik auf", "Chiesa ruft zum Widerstand gegen die Asylpolitik auf", "Chiesa ruft zum Widerstand gegen die Asylpolitik auf")]
    // A colon inside the headline with a long first part is no kicker.
    [TestCase("Nach erneuter Kritik an Papst Leo: Trump postet Foto", "Trump postet Foto", "Nach erneuter Kritik an Papst Leo: Trump postet Foto")]
    // de__WAZ_2023_06_29: the h1 prints the headline's last part, which is no site suffix.
    [TestCase("Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie", "Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie", "Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie")]
    public void Json_ld_headline_against_the_social_title_and_the_h1(string headline, string og, string expected)
    {
        var html = $$"""<html><head><meta property="og:title" content="{{og}}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"{{headline}}"}</script></head>"""
            + $"<body><article><h1>{headline}</h1><p>{string.Concat(Enumerable.Repeat("The body of the story goes on at length here. ", 8))}</p></article></body></html>";
        Assert.That(Clean(html).Title, Is.EqualTo(expected));
    }

    [Test]
    public void A_headline_meta_tag_stands_in_for_a_missing_json_ld_headline()
    {
        // kr__HankookIlbo_2026_01_29 (fundus): og:title and <title> carry "-정치ㅣ한국일보", the headline tag does not.
        const string Suffixed = "장동혁, 한동훈 제명했지만… 부담 커졌다-정치ㅣ한국일보";
        var html = $"""<html><head><title>{Suffixed}</title><meta name="headline" content="장동혁, 한동훈 제명했지만… 부담 커졌다"><meta property="og:title" content="{Suffixed}"></head>"""
            + $"<body><article><p>{string.Concat(Enumerable.Repeat("기사 본문이 여기에 길게 이어집니다. ", 12))}</p></article></body></html>";
        var page = Clean(html);
        Assert.Multiple(() =>
        {
            Assert.That(page.Title, Is.EqualTo("장동혁, 한동훈 제명했지만… 부담 커졌다"));
            Assert.That(page.TitleSource, Is.EqualTo(ProvenanceSource.Meta));
        });
    }

    [TestCase("")]
    [TestCase("<html>")]
    [TestCase("<<<>>>&&&;;")]
    [TestCase("<p>only a short paragraph</p>")]
    [TestCase("<script>never closed")]
    [TestCase("<!-- never closed")]
    public void Odd_input_gives_a_page_not_an_exception(string html)
    {
        Assert.That(() => Clean(html), Throws.Nothing);
    }

    [Test]
    public void Deeply_nested_html_does_not_overflow_the_stack()
    {
        var html = new StringBuilder();
        html.Append("<html><body>");
        html.Insert(html.Length, "<div>", 100_000);
        html.Append("<p>The two ministers spoke by telephone on Tuesday, discussing the security situation.</p>");
        var page = Clean(html.ToString());
        Assert.That(page.Warnings, Is.Not.Empty.Or.Property(nameof(CleanedPage.Paragraphs)).Not.Empty);
    }

    [Test]
    public void Scripts_styles_and_comments_are_stripped_but_json_ld_is_kept()
    {
        var stripped = Strip(
            "<p>a</p><script>var x = '<p>no</p>';</script><style>p{}</style><!-- c --><script type=\"application/ld+json\">{\"a\":1}</script><svg/><p>b</p>");
        Assert.That(stripped, Is.EqualTo("<p>a</p><script type=\"application/ld+json\">{\"a\":1}</script><svg/><p>b</p>"));
    }

    [Test]
    public void Layout_whitespace_next_to_block_tags_is_dropped_but_spaces_between_inline_elements_stay()
    {
        var stripped = Strip("<div>\n  <p>a <b>bold</b> <i>it</i></p>\n  <p>b</p>\n</div>\n<ul><li>\n  <a>x</a> <a>y</a>\n</li></ul><pre>x\n  <code>y</code>\n</pre>");
        Assert.That(stripped, Is.EqualTo("<div><p>a <b>bold</b> <i>it</i></p><p>b</p></div><ul><li><a>x</a> <a>y</a></li></ul><pre>x\n  <code>y</code>\n</pre>"));
    }

    // The edges of the layout search: whitespace opening the page, after a comment cut, after a
    // cut attribute, every kind of layout space, and a run longer than a vector.
    [TestCase("  \n<div>a</div>", "  \n<div>a</div>")]
    [TestCase("<!-- c -->\n  <div>a</div>", "\n  <div>a</div>")]
    [TestCase("<div>\t\f\r\n <p>a</p></div>", "<div><p>a</p></div>")]
    [TestCase("<div data-x=\"1\">\n                                          <p>a</p></div>", "<div><p>a</p></div>")]
    [TestCase("<b>x</b>\u00A0\n  <b>y</b>", "<b>x</b>\u00A0\n  <b>y</b>")]
    public void Layout_whitespace_is_found_back_to_the_last_kept_character(string html, string expected) =>
        Assert.That(Strip(html), Is.EqualTo(expected));

    [Test]
    public void Navigation_and_controls_are_stripped_before_parsing()
    {
        var stripped = Strip("<header><NAV class=\"menu\"><a href=\"/\">Home</a><a href=\"/world\">World</a></nav><h1>Talks</h1></header><p>b <button>Share</button><select><option>EN</option></select></p>");
        Assert.That(stripped, Is.EqualTo("<header><h1>Talks</h1></header><p>b </p>"));
    }

    [Test]
    public void Link_input_and_source_tags_are_stripped_before_parsing_except_the_canonical_address()
    {
        var stripped = Strip("<head><LINK rel=\"stylesheet\" href=\"a.css\"><link rel=\"canonical\" href=\"https://example.org/a\"/><link rel=preload href=b.js /></head>"
            + "<p>Linked <a href=\"/b\">here</a>.</p><form>Email <input type=\"email\"></form><picture><source srcset=\"a.webp\"><img src=\"a.jpg\" alt=\"A\"></picture>");
        Assert.That(stripped, Is.EqualTo("<head><link rel=\"canonical\" href=\"https://example.org/a\"/></head>"
            + "<p>Linked <a>here</a>.</p><form>Email </form><picture><img></picture>"));
    }

    [Test]
    public void A_read_attribute_of_megabytes_is_stripped_before_parsing()
    {
        var huge = new string('x', 1_000_000);
        var stripped = Strip($"<div class=\"{huge}\" id=\"main\"><p>Text</p></div><meta name=\"description\" content=\"Short\">");
        Assert.That(stripped, Is.EqualTo("<div id=\"main\"><p>Text</p></div><meta name=\"description\" content=\"Short\">"));
    }

    [Test]
    public void Attributes_no_stage_reads_are_stripped_before_parsing_and_the_rest_kept_as_written()
    {
        var stripped = Strip("<div CLASS=\"story\" data-track='{\"a\":1}' onclick=\"go()\" id=main><a href=\"/x\" target=_blank rel=\"author\">Anna</a>"
            + "<time datetime=\"2024-05-01\" title=\"May\">May 1</time><meta property=\"og:title\" content=\"T\" data-x><img src=\"a.jpg\"/></div>");
        Assert.That(stripped, Is.EqualTo("<div CLASS=\"story\" id=main><a rel=\"author\">Anna</a>"
            + "<time datetime=\"2024-05-01\">May 1</time><meta property=\"og:title\" content=\"T\"><img/></div>"));
    }

    [TestCase("<div class=\"a\"data-x=\"b\">t</div>")]
    [TestCase("<div data-x=\"unclosed>t</div>")]
    [TestCase("<div data-x=a\"b>t</div>")]
    [TestCase("<div ?class=\"c\" data-x=\"b\">t</div>")]
    public void A_start_tag_that_is_not_plainly_formed_keeps_its_attributes(string html)
    {
        Assert.That(Strip(html), Is.EqualTo(html));
    }

    [Test]
    public void Markup_inside_a_quoted_attribute_value_is_not_read_as_a_tag()
    {
        var stripped = Strip("<div data-html=\"<nav>menu</nav>\" class=\"c\"><p>Text</p></div>");
        Assert.That(stripped, Is.EqualTo("<div class=\"c\"><p>Text</p></div>"));
    }

    [Test]
    public void The_parsed_document_is_handed_on_untouched()
    {
        var page = Clean("<html><body><aside>Most read</aside><p>The two ministers spoke by telephone on Tuesday, discussing the security situation.</p></body></html>");
        Assert.That(page.Html!.DocumentNode.SelectSingleNode("//aside")?.InnerText, Is.EqualTo("Most read"));
    }
    [Test]
    public void A_frame_holding_most_of_the_chosen_text_is_not_a_link_box()
    {
        // campino2k.de (dates set): the chosen container was the site's frame; its content area
        // holds the post, a list of short items in it and a sidebar list, more items than
        // paragraphs with a few links, which made the whole content area a "link box".
        var items = string.Concat(Enumerable.Range(1, 9).Select(i => $"<li>Dienst {i} auf SSL umgestellt</li>"));
        var html = "<html><body><div class=\"site\"><div class=\"site-content\"><article>"
            + "<p>Nachdem bei dem Anbieter jetzt Zertifikate stabil ausgerollt sind, habe ich das Wochenende genutzt und alles umgestellt.</p>"
            + "<p>Am aufwendigsten war die Umstellung der Dienste, die bisher aus Faulheit noch nicht verschlüsselt liefen.</p>"
            + $"<ul>{items}</ul></article><ul class=\"widget-list\"><li><a href=\"/a\">Archiv aller Beiträge seit dem Jahr 2008</a></li><li><a href=\"/b\">Impressum und Datenschutzerklärung des Blogs</a></li></ul>"
            + "</div></div></body></html>";
        var doc = new HtmlAgilityPack.HtmlDocument();
        doc.LoadHtml(html);
        var tree = DomTree.Build(doc, LexiconSet.BuiltIn.HtmlBoilerplate);
        NodeMeasure.Measure(tree.Elements);
        var frame = tree.Elements.Find(e => e.ClassAndId == "site")!;
        var blocks = BlockWriter.Write([frame]);
        Assert.That(blocks.Select(b => b.Text), Does.Contain("Dienst 1 auf SSL umgestellt").And.Contain(
            "Nachdem bei dem Anbieter jetzt Zertifikate stabil ausgerollt sind, habe ich das Wochenende genutzt und alles umgestellt."));
    }
}
