namespace Extractor.Core.Model;

/// <summary>The sources a <see cref="Provenance"/> names (SPEC §3 as amended by issue 13).</summary>
public static class ProvenanceSource
{
    /// <summary>A JSON-LD block (<c>datePublished</c>, <c>headline</c>, <c>author</c>).</summary>
    public const string JsonLd = "json-ld";

    /// <summary>A meta tag (<c>article:published_time</c>, <c>og:title</c>, <c>author</c>).</summary>
    public const string Meta = "meta";

    /// <summary>A <c>&lt;time&gt;</c> element.</summary>
    public const string Time = "time";

    /// <summary>The visible <c>&lt;h1&gt;</c> headline.</summary>
    public const string H1 = "h1";

    /// <summary>The <c>&lt;title&gt;</c> element, without its site suffix.</summary>
    public const string TitleTag = "title-tag";

    /// <summary>A byline (an element marked as one, or a "By …" line).</summary>
    public const string Byline = "byline";

    /// <summary>A line of the visible text (a date line, the headline of a text dump, a sign-off).</summary>
    public const string VisibleLine = "visible-line";

    /// <summary>The date in the page's own address (canonical link, og:url): a last resort.</summary>
    public const string Url = "url";

    /// <summary>A crawler's header line at the top of a dump (<c> date 2021-07-08</c>).</summary>
    public const string HeaderLine = "header-line";

    /// <summary>Every value, in the order above (the JSON Schema's enum).</summary>
    public static IReadOnlyList<string> All { get; } = [JsonLd, Meta, Time, H1, TitleTag, Byline, VisibleLine, Url, HeaderLine];
}
