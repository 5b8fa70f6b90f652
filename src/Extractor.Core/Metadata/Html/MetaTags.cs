using System.Net;
using HtmlAgilityPack;

namespace Extractor.Core.Metadata.Html;

/// <summary>
/// A page's meta tags by key (<c>property</c>, <c>name</c> or <c>itemprop</c>, lower case), each
/// key's values in page order, so readers can ask for the first of several keys in precedence order.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values;

    private MetaTags(Dictionary<string, List<string>> values) => _values = values;

    /// <summary>Keys for the publication date, in precedence order (OpenGraph, then Dublin Core, citation and vendor tags).</summary>
    public static IReadOnlyList<string> PublishedKeys { get; } =
    [
        "article:published_time", "og:article:published_time", "article:published", "og:published_time", "published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "article.published",
        "dc.date.issued", "dcterms.issued", "dcterms.date", "dc.date", "citation_publication_date", "citation_date",
        "citation_online_date", "sailthru.date", "parsely-pub-date", "og:pubdate", "originalpublicationdate",
        "article_date_original", "displaydate", "date", "dc.date.created", "datecreated",
    ];

    /// <summary>Keys for the last update.</summary>
    public static IReadOnlyList<string> UpdatedKeys { get; } =
    [
        "article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time", "article.updated",
        "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "modified",
    ];

    /// <summary>Keys naming the site.</summary>
    public static IReadOnlyList<string> SiteKeys { get; } = ["og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher", "citation_publisher"];

    /// <summary>Keys naming the authors.</summary>
    public static IReadOnlyList<string> AuthorKeys { get; } =
    [
        "author", "article:author", "citation_author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl", "cxenseparse:author",
    ];

    public static MetaTags Read(List<HtmlNode> elements)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var meta in elements)
        {
            if (meta.Name != "meta")
            {
                continue;
            }

            var content = meta.GetAttributeValue("content", null) ?? meta.GetAttributeValue("datetime", null);
            if (content is null)
            {
                continue;
            }

            content = string.Join(' ', WebUtility.HtmlDecode(content).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (content.Length == 0)
            {
                continue;
            }

            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                if (meta.GetAttributeValue(attribute, null) is { Length: > 0 } key)
                {
                    var k = key.Trim().ToLowerInvariant();
                    if (!values.TryGetValue(k, out var list))
                    {
                        values[k] = list = [];
                    }

                    list.Add(content);
                }
            }
        }

        return new MetaTags(values);
    }

    /// <summary>The first value of the first key present, in the order given.</summary>
    public string? First(IEnumerable<string> keys) => FirstWithKey(keys).Value;

    /// <summary>The first value of the first key present, in the order given, with that key.</summary>
    public (string? Key, string? Value) FirstWithKey(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var list) && list.Count > 0)
            {
                return (key, list[0]);
            }
        }

        return (null, null);
    }

    /// <summary>Whether a key that speaks of a modification or an update (<c>article:modified_time</c>, <c>zdf:modificationDate</c>) has the value given.</summary>
    public bool IsModificationValue(string value)
    {
        foreach (var (key, list) in _values)
        {
            if ((key.Contains("modif", StringComparison.Ordinal) || key.Contains("updat", StringComparison.Ordinal)) && list.Contains(value, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first value of a site's own publication-date key (<c>sn-post-date</c>, <c>article-publish-time</c>):
    /// a key that speaks of a date or time and of publishing, posting or creating.
    /// </summary>
    public string? FirstVendorPublished()
    {
        foreach (var (key, list) in _values)
        {
            if ((key.Contains("date", StringComparison.Ordinal) || key.Contains("time", StringComparison.Ordinal))
                && (key.Contains("pub", StringComparison.Ordinal) || key.Contains("post", StringComparison.Ordinal) || key.Contains("creat", StringComparison.Ordinal) || key.Contains("issue", StringComparison.Ordinal))
                && !key.Contains("mod", StringComparison.Ordinal) && !key.Contains("updat", StringComparison.Ordinal) && list.Count > 0)
            {
                return list[0];
            }
        }

        return null;
    }

    /// <summary>Every value of every key given, in key order.</summary>
    public IEnumerable<string> All(IEnumerable<string> keys) =>
        keys.SelectMany(k => _values.TryGetValue(k, out var list) ? list : Enumerable.Empty<string>());

    /// <summary>The page's own address (og:url), if given.</summary>
    public string? Url => First(["og:url", "twitter:url"]);
}
