using Extractor.Core.Cleaning;
using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Tests.Metadata;

/// <summary>Golden cases for the HTML precedence: JSON-LD, then meta tags, then time elements, then visible text.</summary>
public sealed class HtmlPrecedenceTests
{
    private const string JsonLd = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks","datePublished":"2022-01-26T19:47:00+09:00","dateModified":"2022-01-26T20:10:00+09:00","author":[{"@type":"Person","name":"Kim Eun-jung"},{"@type":"Organization","name":"Yonhap"}],"publisher":{"@type":"Organization","name":"Yonhap News Agency"}}</script>""";
    private const string Meta = """<meta property="article:published_time" content="2022-01-25T08:00:00Z"><meta property="og:site_name" content="The Korea Herald"><meta name="author" content="Shin Ji-hye">""";
    private const string Time = """<time datetime="2022-01-24T07:00:00Z" itemprop="datePublished">Jan 24</time>""";
    private const string Body = "<p>SEOUL, Jan. 26 (Yonhap) -- Senior diplomats of South Korea and Russia talked over the phone Wednesday to discuss North Korea's recent missile launches, the ministry said.</p>";

    private static PageMetadata Parse(string head, string body)
    {
        var html = $"<html><head>{head}</head><body><article><h1>Talks</h1>{body}</article></body></html>";
        var page = new SourcePage("p", "p.html", "00", InputFormat.Html, html, []);
        return new MetadataParser().Parse(page, new HtmlCleaner().Clean(page));
    }

    [Test]
    public void Json_ld_beats_meta_tags_and_time_elements_but_the_site_name_names_the_outlet()
    {
        var m = Parse(JsonLd + Meta, Time + Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2022-01-26T19:47:00+09:00"));
            Assert.That(m.Updated, Is.EqualTo("2022-01-26T20:10:00+09:00"));
            Assert.That(m.Outlet, Is.EqualTo("The Korea Herald"));
            Assert.That(m.Authors, Is.EqualTo(new[] { "Kim Eun-jung" }));
            Assert.That(m.Agencies, Is.EqualTo(new[] { "Yonhap" }));
            Assert.That(m.Dateline, Is.EqualTo("Seoul"));
            Assert.That(m.DatelineDate, Is.EqualTo(new DateOnly(2022, 1, 26)));
        });
    }

    [Test]
    public void Meta_tags_beat_time_elements_when_there_is_no_json_ld()
    {
        var m = Parse(Meta, Time + Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2022-01-25T08:00:00Z"));
            Assert.That(m.Outlet, Is.EqualTo("The Korea Herald"));
            Assert.That(m.Authors, Is.EqualTo(new[] { "Shin Ji-hye" }));
        });
    }

    [Test]
    public void A_marked_time_element_beats_the_visible_text()
    {
        var m = Parse("", Time + "<p>Published : Jan 23, 2022 - 10:00</p>" + Body);
        Assert.That(m.Published, Is.EqualTo("2022-01-24T07:00:00Z"));
    }

    [Test]
    public void The_visible_date_line_is_used_when_nothing_else_dates_the_page()
    {
        var m = Parse("", "<p>By Kim Eun-jung</p><p>Published : Jan 26, 2022 - 19:47</p>" + Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2022-01-26T19:47"));
            Assert.That(m.Authors, Is.EqualTo(new[] { "Kim Eun-jung" }));
        });
    }

    [Test]
    public void A_json_ld_date_far_from_the_visible_date_is_a_warning_and_json_ld_still_wins()
    {
        var m = Parse(JsonLd, "<p>Published : Jan 20, 2022 - 10:00</p>" + Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2022-01-26T19:47:00+09:00"));
            Assert.That(m.Warnings, Does.Contain("JSON-LD date disagrees with the visible date"));
        });
    }

    [Test]
    public void A_json_ld_date_that_agrees_with_the_visible_date_raises_no_warning() =>
        Assert.That(Parse(JsonLd, "<p>Published : Jan 26, 2022 - 19:47</p>" + Body).Warnings, Is.Empty);

    [Test]
    public void Address_date_outranks_a_metadata_date_of_another_day()
    {
        // befifty.montauk (dates set): JSON-LD dates a 2017 post by its 2019 revision; Repubblica
        // dates a story of 2 November by its UTC instant, 23:01 on the 1st.
        var m = Parse("""<link rel="canonical" href="https://example.com/home/2017/7/12/post">""" + Meta, Body);
        var same = Parse("""<link rel="canonical" href="https://example.com/2022/01/25/post">""" + Meta, Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2017-07-12"));
            Assert.That(m.PublishedSource, Is.EqualTo("url"));
            Assert.That(same.Published, Is.EqualTo("2022-01-25T08:00:00Z"));
            Assert.That(same.PublishedSource, Is.EqualTo("meta"));
        });
    }

    [Test]
    public void An_outlet_credited_as_the_json_ld_author_yields_to_the_author_meta_tag()
    {
        // jp__MainichiShimbun_2025_01_14 (fundus): JSON-LD credits the paper, cXenseParse:author the reporter.
        var ld = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks","author":{"@type":"Organization","name":"毎日新聞"},"publisher":{"@type":"Organization","name":"毎日新聞"}}</script>""";
        var m = Parse(ld + """<meta property="og:site_name" content="毎日新聞"><meta name="cXenseParse:author" content="松岡大地">""", Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Authors, Is.EqualTo(new[] { "松岡大地" }));
            Assert.That(m.AuthorsSource, Is.EqualTo("meta"));
        });
    }

    [TestCase("""<meta property="article:published_time" content="2020-01-20T09:49:32Z"><meta property="article:modified_time" content="2020-01-20T09:49:32Z">""", "2020-01-19T12:25", "visible-line")]
    [TestCase("""<meta name="date" content="2020-01-20">""", "2020-01-19T12:25", "visible-line")]
    [TestCase("""<meta property="article:published_time" content="2020-01-20T09:49:32Z"><meta property="article:modified_time" content="2020-01-21T10:00:00Z">""", "2020-01-20T09:49:32Z", "meta")]
    [TestCase("""<meta property="article:published_time" content="2020-01-18T09:49:32Z"><meta property="article:modified_time" content="2020-01-18T09:49:32Z">""", "2020-01-18T09:49:32Z", "meta")]
    public void A_metadata_date_stamped_at_every_save_yields_to_an_earlier_date_line_by_the_headline(string head, string expected, string source)
    {
        // reuters.com.parasite, tagesschau.de.rheinmetall (dates set): the metadata's publication date is the last
        // save's (the modification date's very value, or the bare key "date"); the headline's date line is earlier.
        var m = Parse(head, "<p>January 19, 2020 / 12:25 PM</p>" + Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo(expected));
            Assert.That(m.PublishedSource, Is.EqualTo(source));
        });
    }

    [Test]
    public void A_date_labelled_as_the_publications_above_the_body_beats_the_labelled_dates_of_a_list_below_it()
    {
        // finanzmarktwelt.de-Benko-Firma (dates set): the label and the date in two elements, far above the body
        // when the headline is not found, and the same pair under every teaser after the article.
        var links = string.Concat(Enumerable.Range(1, 12).Select(i => $"<div>Link {i}</div>"));
        var html = $"<html><body><div>Menu</div><p>Veröffentlicht am</p><p>1. November 2023 09:35</p>{links}<article>{links}"
            + "<p>SEOUL -- Senior diplomats of South Korea and Russia talked over the phone Wednesday to discuss North Korea's recent missile launches, the ministry said on 3 November 2023.</p>"
            + Body + "</article><div>Weitere Nachrichten</div><p>Veröffentlicht am</p><p>25. Oktober 2023 16:01</p></body></html>";
        var page = new SourcePage("p", "p.html", "00", InputFormat.Html, html, []);
        var m = new MetadataParser().Parse(page, new HtmlCleaner().Clean(page));
        Assert.That(m.Published, Is.EqualTo("2023-11-01T09:35"));
    }

    [Test]
    public void The_date_line_under_the_headline_outranks_the_month_of_the_address()
    {
        // bundespolizei.de-Belarus (dates set): a page kept up to date lives at the address of the month it was
        // begun in (/2021/10/); the day under its headline is November's, a list below it reaches back to October.
        var m = Parse("""<link rel="canonical" href="https://example.com/meldungen/2021/10/lage.html">""",
            "<p>10.11.2021</p>" + Body + "<ul><li>Nr. 34 vom 08. November 2021</li><li>Nr. 29 vom 29. Oktober 2021</li></ul>");
        Assert.That(m.Published, Is.EqualTo("2021-11-10"));
    }

    [Test]
    public void A_page_with_no_date_gets_null_and_a_warning()
    {
        var m = Parse("", Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.Null);
            Assert.That(m.Warnings, Does.Contain("no publication date found"));
        });
    }

    [Test]
    public void Author_tags_that_are_urls_agencies_or_desks_are_not_people()
    {
        var head = """<meta property="article:author" content="https://www.facebook.com/cnbc"><meta name="author" content="Reuters"><meta name="author" content="Web Desk">""";
        var m = Parse(head, Body);
        Assert.Multiple(() =>
        {
            Assert.That(m.Authors, Is.Empty);
            Assert.That(m.Agencies, Does.Contain("Reuters"));
        });
    }

    [Test]
    public void Broken_json_ld_still_gives_its_date()
    {
        var broken = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"description\":\"a \"quoted\" word\",\"datePublished\": \"01:38:07 PM IST Nov 20, 2019\"}</script>";
        Assert.That(Parse(broken, Body).Published, Is.EqualTo("2019-11-20T13:38:07+05:30"));
    }

    [Test]
    public void A_known_json_ld_publisher_is_canonicalised_when_there_is_no_site_name() =>
        Assert.That(Parse(JsonLd, Body).Outlet, Is.EqualTo("Yonhap"));

    [Test]
    public void A_wire_publisher_does_not_override_the_site_name()
    {
        var ld = """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20","publisher":{"@type":"Organization","name":"Associated Press"}}</script>""";
        Assert.That(Parse(ld + """<meta property="og:site_name" content="SFGate">""", Body).Outlet, Is.EqualTo("SFGate"));
    }

    [Test]
    public void A_site_name_with_a_tagline_gives_the_name()
    {
        var m = Parse("""<meta property="og:site_name" content="Autoracing | F1 | Indy">""", Body);
        Assert.That(m.Outlet, Is.EqualTo("Autoracing"));
    }

    private const string Prose = "<p>Doctors said the patient had lost weight over several weeks before the scan showed the tumour in his small intestine.</p>";

    [Test]
    public void A_bare_name_ending_the_story_signs_it_when_there_is_no_byline()
    {
        // vn__VnExpress_2025_10_22 (fundus): the reporter's name, bold, is the story's last paragraph.
        var signed = Parse("", Body + Prose + """<p style="text-align:right"><strong>Lê Phương</strong></p><span id="article-end"></span>""");
        // A heading over a list has something after it: "Weitere Informationen" is no name (dates set ejwue.de).
        var heading = Parse("", Body + Prose + """<p><b>Weitere Informationen</b></p><ul><li><a href="/a">Lieferketten und Menschenrechte</a></li></ul>""");
        // A link is furniture: "Back To Top" has a name's shape.
        var link = Parse("", Body + Prose + """<p><a href="#top">Back To Top</a></p>""");
        Assert.Multiple(() =>
        {
            Assert.That(signed.Authors, Is.EqualTo(new[] { "Lê Phương" }));
            Assert.That(heading.Authors, Is.Empty);
            Assert.That(link.Authors, Is.Empty);
        });
    }

    [Test]
    public void A_labelled_author_line_after_the_story_credits_its_name()
    {
        // de__DW_2023_04_28 (fundus): "Autorin/Autor" (the label in both genders) over the name.
        var m = Parse("", Body + Prose + "<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>");
        Assert.That(m.Authors, Is.EqualTo(new[] { "Roman Goncharenko" }));
    }

    [Test]
    public void A_placeholder_account_credited_as_author_is_no_person()
    {
        // za__Ilanga_2025_12_03 (fundus): the site's "admin" account under the display name "Ilanga D",
        // in JSON-LD and in the byline link alike.
        var ld = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks","author":{"@id":"https://example.co.za/author/admin/","name":"Ilanga D"}}</script>""";
        var alone = Parse(ld, """<p>By <a rel="author" href="https://example.co.za/author/admin/">Ilanga D</a></p>""" + Body);
        var withMeta = Parse(ld + """<meta name="author" content="Shin Ji-hye">""", Body);
        Assert.Multiple(() =>
        {
            Assert.That(alone.Authors, Is.Empty);
            Assert.That(withMeta.Authors, Is.EqualTo(new[] { "Shin Ji-hye" }));
        });
    }

    [Test]
    public void Byline_elements_beside_the_json_ld_author_add_the_writers_it_left_out()
    {
        // no__Dagbladet_2024_08_04 (fundus): JSON-LD credits one of the two writers the byline block shows.
        var ld = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks","author":[{"@type":"Person","name":"Marlene Lundberg Holm"}]}</script>""";
        const string Block = """<div class="bylines"><div class="byline column"><a rel="author" href="mailto:i@db.no">Ingrid Treborg</a></div><div class="byline column"><a rel="author" href="mailto:m@db.no">Marlene Lundberg Holm</a></div></div>""";
        // A byline of another story further down is no co-author (no__Dagbladet_2026_01_06).
        const string Apart = """<div class="bylines"><div class="byline column">Marlene Lundberg Holm</div></div><div class="bylines"><div class="byline column">Magnus Gjestrum Larsen</div></div>""";
        Assert.Multiple(() =>
        {
            Assert.That(Parse(ld, Block + Body).Authors, Is.EqualTo(new[] { "Ingrid Treborg", "Marlene Lundberg Holm" }));
            Assert.That(Parse(ld, Apart + Body).Authors, Is.EqualTo(new[] { "Marlene Lundberg Holm" }));
        });
    }
}
