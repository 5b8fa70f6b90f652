using Extractor.Core.Model;
using Extractor.Core.Pipeline;

namespace Extractor.Tests.Pipeline;

/// <summary>The record's <c>url</c>: the WARC target URI, else the canonical link, else og:url, else null.</summary>
public sealed class UrlFieldTests
{
    private static readonly ExtractionPipeline Pipeline = new(new ExtractorOptions());

    private static string Page(string head) =>
        $"<html><head><title>Talks</title>{head}</head><body><article><h1>Talks</h1><p>The ministers met in Seoul on Monday to discuss trade.</p></article></body></html>";

    private static string? UrlOf(string content, string? warcUri = null, InputFormat format = InputFormat.Html) =>
        Pipeline.Process(new SourcePage("p", "p.html", "00", format, content, []) { Url = warcUri }).Url;

    [Test]
    public void The_canonical_link_comes_before_og_url() =>
        Assert.That(
            UrlOf(Page("""<meta property="og:url" content="https://example.com/og"><link rel="canonical" href="https://example.com/canonical?a=1&amp;b=2">""")),
            Is.EqualTo("https://example.com/canonical?a=1&b=2"));

    [Test]
    public void Og_url_stands_in_for_a_missing_canonical_link() =>
        Assert.That(UrlOf(Page("""<meta property="og:url" content="https://example.com/og">""")), Is.EqualTo("https://example.com/og"));

    [Test]
    public void A_relative_canonical_link_is_not_an_address() =>
        Assert.That(UrlOf(Page("""<link rel="canonical" href="/news/talks"><meta property="og:url" content="https://example.com/og">""")), Is.EqualTo("https://example.com/og"));

    [Test]
    public void The_warc_target_uri_comes_first() =>
        Assert.That(UrlOf(Page("""<link rel="canonical" href="https://example.com/canonical">"""), "https://example.com/fetched"), Is.EqualTo("https://example.com/fetched"));

    [Test]
    public void A_page_with_no_address_has_null() =>
        Assert.That(UrlOf(Page("")), Is.Null);

    [Test]
    public void A_text_dump_has_only_the_warc_address() =>
        Assert.Multiple(() =>
        {
            Assert.That(UrlOf("Talks\n\nThe ministers met in Seoul on Monday.", format: InputFormat.Text), Is.Null);
            Assert.That(UrlOf("Talks\n\nThe ministers met in Seoul on Monday.", "https://example.com/t", InputFormat.Text), Is.EqualTo("https://example.com/t"));
        });
}
