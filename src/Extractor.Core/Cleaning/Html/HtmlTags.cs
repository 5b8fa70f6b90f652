using System.Collections.Frozen;

namespace Extractor.Core.Cleaning.Html;

/// <summary>How the cleaner groups HTML elements.</summary>
internal static class HtmlTags
{
    /// <summary>Elements that start a new paragraph of text when rendered.</summary>
    public static readonly FrozenSet<string> Block = new[]
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "tr", "td", "th", "ul", "caption", "picture", "img", "video", "iframe", "option", "select", "textarea",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements whose text is scored as a paragraph of the article.</summary>
    public static readonly FrozenSet<string> Paragraph = new[] { "p", "pre", "td", "blockquote", "dd" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Heading = new[] { "h1", "h2", "h3", "h4", "h5", "h6" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Containers that Readability-style conditional cleaning looks at.</summary>
    public static readonly FrozenSet<string> Container = new[] { "div", "section", "ul", "ol", "dl", "table", "form", "article", "center", "span" }
        .ToFrozenSet(StringComparer.Ordinal);
}
