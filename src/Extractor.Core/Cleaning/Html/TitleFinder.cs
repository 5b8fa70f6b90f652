namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Chooses the headline. Precedence: the visible &lt;h1&gt; that best matches the page's declared
/// title (og:title, else JSON-LD headline, else twitter:title, else &lt;title&gt;); failing a match,
/// the declared title without its site suffix; failing that, the only &lt;h1&gt;. The h1 is
/// preferred because declared titles are often shortened or carry the site name
/// (cases <c>title-prefers-matching-h1</c>, <c>title-strips-site-suffix</c>).
/// </summary>
internal static class TitleFinder
{
    public static string? Find(List<DomNode> elementsInOrder, JsonLdArticle jsonLd, out string? h1Text)
    {
        string? og = null, twitter = null, siteName = null, titleTag = null;
        var h1s = new List<string>();
        foreach (var node in elementsInOrder)
        {
            switch (node.Tag)
            {
                case "meta":
                    var key = node.Attribute("property") ?? node.Attribute("name");
                    var content = node.Attribute("content");
                    if (key is null || content is null)
                    {
                        break;
                    }

                    content = Clean(content);
                    if (content is null)
                    {
                        break;
                    }

                    if (key.Equals("og:title", StringComparison.OrdinalIgnoreCase))
                    {
                        og ??= content;
                    }
                    else if (key.Equals("twitter:title", StringComparison.OrdinalIgnoreCase))
                    {
                        twitter ??= content;
                    }
                    else if (key.Equals("og:site_name", StringComparison.OrdinalIgnoreCase) || key.Equals("application-name", StringComparison.OrdinalIgnoreCase))
                    {
                        siteName ??= content;
                    }

                    break;
                case "title" when titleTag is null && !InsideSvg(node):
                    titleTag = Clean(PlainText.Of(node));
                    break;
                case "h1" when h1s.Count < 10:
                    var text = Clean(PlainText.Of(node));
                    if (text is not null)
                    {
                        h1s.Add(text);
                    }

                    break;
                default:
                    break;
            }
        }

        var declared = og ?? jsonLd.Headline ?? twitter ?? titleTag;
        h1Text = null;
        if (declared is not null)
        {
            var stripped = TitleSuffix.Strip(declared, siteName);
            string? best = null;
            var bestScore = 0.0;
            foreach (var h1 in h1s)
            {
                var score = Math.Max(Similarity(h1, stripped), titleTag is null ? 0 : Similarity(h1, titleTag));
                if (score > bestScore)
                {
                    (best, bestScore) = (h1, score);
                }
            }

            if (best is not null && bestScore >= 0.6)
            {
                h1Text = best;
                return best;
            }

            h1Text = h1s.Count == 1 ? h1s[0] : null;
            return stripped;
        }

        h1Text = h1s.Count > 0 ? h1s[0] : null;
        return h1Text;
    }

    private static bool InsideSvg(DomNode node)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
        {
            if (p.Tag is "svg" or "body")
            {
                return p.Tag == "svg";
            }
        }

        return false;
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = DomBuilder.Collapse(text).Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>Share of the h1's words found in the declared title (word containment, case-insensitive).</summary>
    public static double Similarity(string h1, string declared)
    {
        var a = Words(h1);
        if (a.Count == 0)
        {
            return 0;
        }

        var b = Words(declared).ToHashSet(StringComparer.Ordinal);
        var shared = a.Count(b.Contains);
        var containment = (double)shared / a.Count;
        var coverage = b.Count == 0 ? 0 : (double)shared / b.Count;
        return Math.Min(containment, Math.Max(coverage, 0.5) + 0.1);
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
