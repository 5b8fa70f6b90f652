using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Extractor.Core.Metadata.Html;

/// <summary>
/// Reads the schema.org article of a page's <c>application/ld+json</c> blocks, looking through
/// arrays and <c>@graph</c>. A news or article type wins over a web-page type; within a kind, the
/// first block wins. Broken JSON is skipped, never fatal.
/// </summary>
internal static partial class JsonLdReader
{
    /// <summary>Types whose dates are not the article's (an image's upload, a site's founding).</summary>
    private static readonly string[] NotArticleTypes = ["ImageObject", "Organization", "NewsMediaOrganization", "Person", "WebSite", "BreadcrumbList", "SearchAction"];

    [GeneratedRegex(@"""datePublished""\s*:\s*""(?<v>[^""]{6,60})""", RegexOptions.CultureInvariant)]
    private static partial Regex RawPublished();

    [GeneratedRegex(@"""dateModified""\s*:\s*""(?<v>[^""]{6,60})""", RegexOptions.CultureInvariant)]
    private static partial Regex RawModified();

    private static readonly string[] ArticleTypes =
    [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "SocialMediaPosting", "TechArticle",
    ];

    private static readonly string[] PageTypes = ["WebPage", "ItemPage", "CollectionPage", "AboutPage"];

    /// <summary>
    /// The page's article; <paramref name="notPeople"/> holds the credits that name no person
    /// ("Admin", "Staff"), which also mark an author account's address as a placeholder.
    /// </summary>
    public static JsonLdArticle Read(List<HtmlNode> elements, IReadOnlySet<string> notPeople)
    {
        var scripts = elements.Where(e => e.Name == "script" && e.Attributes.Contains("type")).ToList();
        if (scripts.Count == 0)
        {
            return JsonLdArticle.None;
        }

        JsonElement? article = null;
        JsonElement? page = null;
        string? publisher = null;
        string? otherPublished = null;
        string? rawPublished = null;
        string? rawModified = null;
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts)
            {
                if (!script.GetAttributeValue("type", "").Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var json = script.InnerHtml.Trim();
                if (json.StartsWith("<!--", StringComparison.Ordinal))
                {
                    json = json[4..].Replace("-->", "", StringComparison.Ordinal);
                }

                JsonDocument parsed;
                try
                {
                    parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
                }
                catch (JsonException)
                {
                    // Sites print HTML and raw newlines inside their JSON-LD strings; the dates can still be read.
                    rawPublished ??= RawPublished().Match(json) is { Success: true } rp ? rp.Groups["v"].Value : null;
                    rawModified ??= RawModified().Match(json) is { Success: true } rm ? rm.Groups["v"].Value : null;
                    continue;
                }

                documents.Add(parsed);
                foreach (var node in Walk(parsed.RootElement, 0))
                {
                    if (HasType(node, ArticleTypes))
                    {
                        article ??= node;
                    }
                    else if (HasType(node, PageTypes))
                    {
                        page ??= node;
                    }
                    else if (otherPublished is null && !HasType(node, NotArticleTypes) && StringOf(node, "datePublished") is { } other)
                    {
                        // A ClaimReview or VideoObject page still dates itself.
                        otherPublished = other;
                    }

                    if (HasType(node, ["Organization", "NewsMediaOrganization"]) && publisher is null && node.TryGetProperty("name", out var orgName) && orgName.ValueKind == JsonValueKind.String)
                    {
                        // A lone Organization block (often the site's own) names the publisher when the article does not.
                        publisher = Clean(orgName.GetString());
                    }
                }
            }

            var main = article ?? page;
            if (main is not { } m)
            {
                return JsonLdArticle.None with { OtherPublished = otherPublished ?? rawPublished, DateModified = rawModified, Publisher = publisher };
            }

            var (people, organizations, placeholders) = Authors(m, notPeople);
            return new JsonLdArticle(
                StringOf(m, "datePublished") ?? StringOf(m, "dateCreated"),
                StringOf(m, "dateModified") ?? rawModified,
                people,
                organizations,
                PublisherOf(m) ?? publisher,
                otherPublished ?? rawPublished)
            {
                PlaceholderAuthors = placeholders,
            };
        }
        finally
        {
            foreach (var d in documents)
            {
                d.Dispose();
            }
        }
    }

    private static IEnumerable<JsonElement> Walk(JsonElement e, int depth)
    {
        if (depth > 6)
        {
            yield break;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                foreach (var x in Walk(item, depth + 1))
                {
                    yield return x;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var graph))
            {
                foreach (var x in Walk(graph, depth + 1))
                {
                    yield return x;
                }
            }

            if (e.TryGetProperty("mainEntity", out var entity))
            {
                foreach (var x in Walk(entity, depth + 1))
                {
                    yield return x;
                }
            }
        }
    }

    private static bool HasType(JsonElement e, string[] types)
    {
        if (!e.TryGetProperty("@type", out var t))
        {
            return false;
        }

        return t.ValueKind switch
        {
            JsonValueKind.String => types.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase),
            JsonValueKind.Array => t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && types.Contains(x.GetString(), StringComparer.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private static string? StringOf(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => Clean(v.GetString()),
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => Clean(x.GetString())).FirstOrDefault(x => x is not null),
            _ => null,
        } : null;

    private static string? PublisherOf(JsonElement e)
    {
        if (!e.TryGetProperty("publisher", out var p))
        {
            return null;
        }

        if (p.ValueKind == JsonValueKind.Array)
        {
            p = p.EnumerateArray().FirstOrDefault();
        }

        return p.ValueKind switch
        {
            JsonValueKind.String => Clean(p.GetString()),
            JsonValueKind.Object => StringOf(p, "name"),
            _ => null,
        };
    }

    private static (IReadOnlyList<string> People, IReadOnlyList<string> Organizations, IReadOnlyList<string> Placeholders) Authors(JsonElement e, IReadOnlySet<string> notPeople)
    {
        var people = new List<string>();
        var organizations = new List<string>();
        var placeholders = new List<string>();
        if (!e.TryGetProperty("author", out var a) && !e.TryGetProperty("creator", out a))
        {
            return (people, organizations, placeholders);
        }

        IEnumerable<JsonElement> items = a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToArray() : [a];
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.String && Clean(item.GetString()) is { } s)
            {
                people.Add(s);
            }
            else if (item.ValueKind == JsonValueKind.Object && (StringOf(item, "name") ?? GivenAndFamilyName(item)) is { } name)
            {
                if (IsPlaceholderAccount(StringOf(item, "@id") ?? StringOf(item, "url"), notPeople))
                {
                    // A WordPress site's default account ("…/author/admin/") under a display name
                    // (fundus za__Ilanga_2025_12_03): the site's, not a writer's.
                    placeholders.Add(name);
                    continue;
                }

                (HasType(item, ["Organization", "NewsMediaOrganization", "Corporation"]) ? organizations : people).Add(name);
            }
        }

        return (people, organizations, placeholders);
    }

    /// <summary>Whether an author's address names an account that is no person: <c>/author/admin/</c>.</summary>
    private static bool IsPlaceholderAccount(string? address, IReadOnlySet<string> notPeople)
    {
        var at = address?.IndexOf("/author/", StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at < 0)
        {
            return false;
        }

        var account = address!.AsSpan(at + "/author/".Length);
        var end = account.IndexOfAny('/', '#', '?');
        return notPeople.Contains((end < 0 ? account : account[..end]).ToString());
    }

    /// <summary>A person given as <c>givenName</c> and <c>familyName</c> without a <c>name</c>.</summary>
    private static string? GivenAndFamilyName(JsonElement person) =>
        StringOf(person, "familyName") is { } family ? Clean(StringOf(person, "givenName") + " " + family) : null;

    private static string? Clean(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var t = string.Join(' ', WebUtility.HtmlDecode(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length == 0 ? null : t;
    }
}
