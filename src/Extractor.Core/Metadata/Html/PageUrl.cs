using System.Net;
using Extractor.Core.Cleaning.Html;

namespace Extractor.Core.Metadata.Html;

/// <summary>
/// The address an HTML page gives itself: its canonical link, else its <c>og:url</c>; only an
/// absolute http(s) address counts (a relative one says nothing without the address the page
/// came from, and where that is known, as in a WARC record, it is used first). Read from the
/// cleaner's tree: the raw stripper keeps <c>&lt;link rel=canonical&gt;</c> and its href for this.
/// </summary>
internal static class PageUrl
{
    public static string? From(DomTree tree)
    {
        string? og = null;
        foreach (var element in tree.Elements)
        {
            if (element.Source is not { } node)
            {
                continue;
            }

            if (element.Tag == "link"
                && node.GetAttributeValue("rel", null) is { } rel
                && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals("canonical", StringComparison.OrdinalIgnoreCase))
                && Absolute(node.GetAttributeValue("href", null)) is { } canonical)
            {
                return canonical;
            }

            if (og is null && element.Tag == "meta"
                && (node.GetAttributeValue("property", null) ?? node.GetAttributeValue("name", null)) is { } key
                && key.Trim().Equals("og:url", StringComparison.OrdinalIgnoreCase))
            {
                og = Absolute(node.GetAttributeValue("content", null));
            }
        }

        return og;
    }

    private static string? Absolute(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var url = WebUtility.HtmlDecode(value).Trim();
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
    }
}
