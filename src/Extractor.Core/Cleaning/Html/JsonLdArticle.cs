using System.Text.Json;
using HtmlAgilityPack;

namespace Extractor.Core.Cleaning.Html;

/// <summary>What the page's JSON-LD says about its article: the headline and the body text, when given.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Body)
{
    public static readonly JsonLdArticle None = new(null, null);

    public static JsonLdArticle Read(IEnumerable<HtmlNode> scripts)
    {
        string? headline = null, body = null;
        foreach (var script in scripts)
        {
            var json = script.InnerHtml;
            if (json.Length == 0 || json.Length > 2_000_000)
            {
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                Visit(parsed.RootElement, ref headline, ref body, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; it is only a hint.
            }
        }

        return headline is null && body is null ? None : new JsonLdArticle(headline, body);
    }

    /// <summary>The body text split into paragraphs at line breaks, whitespace collapsed.</summary>
    public static List<string> Paragraphs(string body)
    {
        var paragraphs = new List<string>();
        foreach (var line in System.Net.WebUtility.HtmlDecode(body).Split('\n'))
        {
            var text = DomBuilder.Collapse(line).Trim();
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }

        return paragraphs;
    }

    private static void Visit(JsonElement element, ref string? headline, ref string? body, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, ref headline, ref body, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String && body is null)
        {
            var text = b.GetString();
            body = string.IsNullOrWhiteSpace(text) ? null : text;
        }

        if (element.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String && headline is null)
        {
            var text = h.GetString();
            headline = string.IsNullOrWhiteSpace(text) ? null : DomBuilder.Collapse(text).Trim();
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, ref headline, ref body, depth + 1);
        }

        if (element.TryGetProperty("mainEntity", out var main))
        {
            Visit(main, ref headline, ref body, depth + 1);
        }
    }
}
