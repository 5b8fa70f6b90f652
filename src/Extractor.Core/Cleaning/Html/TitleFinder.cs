using Extractor.Core.Model;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Chooses the headline. Precedence: the JSON-LD headline; then the declared title (og:title,
/// else twitter:title, else &lt;title&gt;) without its site suffix, where the visible &lt;h1&gt;
/// that matches it replaces it when the declared title is the h1 plus leftovers of a site name
/// (or is only the &lt;title&gt; tag); failing a declared title, the first &lt;h1&gt;
/// (cases <c>title-prefers-matching-h1</c>, <c>title-strips-site-suffix</c>).
/// <paramref name="source"/> says which it was (a <see cref="ProvenanceSource"/> value).
/// </summary>
internal static class TitleFinder
{
    public static string? Find(List<DomNode> elementsInOrder, JsonLdArticle jsonLd, out string? h1Text, out string? source)
    {
        source = null;
        string? og = null, twitter = null, siteName = null, titleTag = null, metaHeadline = null;
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
                    else if (key.Equals("headline", StringComparison.OrdinalIgnoreCase))
                    {
                        metaHeadline ??= content;
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

        // The JSON-LD headline is the article's headline as its publisher files it (no site
        // suffix, no kicker): it wins when it is there. Measured on the fundus set (130 pages of
        // 91 publishers): JSON-LD, then og:title, then the h1 gives 111 right titles where the h1
        // first gives 96.
        h1Text = h1s.Count == 1 ? h1s[0] : null;
        // A headline meta tag (<meta name="headline">) is the same field as JSON-LD's, filed
        // without its site suffix where og:title and <title> carry "-정치ㅣ한국일보" (fundus
        // kr__HankookIlbo_2026_01_29): it stands in when JSON-LD gives none.
        if ((Clean(jsonLd.Headline) ?? metaHeadline) is { } ldHeadline && !IsSiteName(ldHeadline, siteName))
        {
            // A headline the visible h1 prints word for word carries no site suffix, whatever its
            // last part looks like ("Abnehmspritze kommt - So teuer wird sie", fundus de__WAZ_2023_06_29).
            var headline = h1s.Exists(h => SameWords(h, ldHeadline)) ? ldHeadline : TitleSuffix.Strip(ldHeadline, siteName);
            var match = BestMatch(h1s, headline, null);
            h1Text = match ?? h1Text;
            var social = og ?? twitter;
            var socialHeadline = social is null ? null : TitleSuffix.Strip(social, siteName);
            if (socialHeadline is not null && WithoutKicker(headline, socialHeadline))
            {
                // "SVP-Sonderparteitag zur Migration: Chiesa ruft …" in JSON-LD and the h1, "Chiesa
                // ruft …" in og:title: the words before the colon are a kicker above the headline
                // (fundus ch__TagesAnzeiger_2024_09_04).
                source = ProvenanceSource.Meta;
                return socialHeadline;
            }

            var agreed = socialHeadline is null ? null : h1s.Find(h => SameWords(h, socialHeadline));
            if ((match is not null && HasLeftovers(headline, match)) || (agreed is not null && !SameWords(agreed, headline)))
            {
                // The h1 is the headline without the JSON-LD one's leftovers, or the h1 and the
                // social title agree on a headline the JSON-LD one does not give.
                h1Text = agreed ?? match;
                source = ProvenanceSource.H1;
                return h1Text;
            }

            source = Clean(jsonLd.Headline) is null ? ProvenanceSource.Meta : ProvenanceSource.JsonLd;
            return headline;
        }

        var declared = og ?? twitter ?? titleTag;
        if (declared is not null)
        {
            var stripped = TitleSuffix.Strip(declared, siteName);
            var fromMeta = og is not null || twitter is not null;
            var best = BestMatch(h1s, stripped, titleTag);
            if (best is not null)
            {
                h1Text = best;
                // A social title that is the h1's words and more still carries a site name or a
                // kicker the suffix rules missed ("… - WELT"); one that says something else is
                // the page's own choice of headline and stays (case title-prefers-matching-h1).
                if (!fromMeta || HasLeftovers(stripped, best))
                {
                    source = ProvenanceSource.H1;
                    return best;
                }
            }

            source = fromMeta ? ProvenanceSource.Meta : ProvenanceSource.TitleTag;
            return stripped;
        }

        h1Text = h1s.Count > 0 ? h1s[0] : null;
        source = h1Text is null ? null : ProvenanceSource.H1;
        return h1Text;
    }

    /// <summary>The h1 that best matches the declared title (or the title tag), if one matches well enough.</summary>
    private static string? BestMatch(List<string> h1s, string declared, string? titleTag)
    {
        string? best = null;
        var bestScore = 0.0;
        foreach (var h1 in h1s)
        {
            var score = Math.Max(Similarity(h1, declared), titleTag is null ? 0 : Similarity(h1, titleTag));
            if (score > bestScore)
            {
                (best, bestScore) = (h1, score);
            }
        }

        return bestScore >= 0.6 ? best : null;
    }

    /// <summary>Whether the declared title is the h1's words and more (a site name or section the suffix rules missed).</summary>
    private static bool HasLeftovers(string declared, string h1)
    {
        var h1Words = Words(h1);
        var declaredWords = Words(declared);
        return declaredWords.Count > h1Words.Count && h1Words.All(declaredWords.Contains);
    }

    /// <summary>
    /// Whether <paramref name="shorter"/> is <paramref name="headline"/> without the kicker before
    /// its first colon (<c>Kicker: Headline</c>), the kicker being at most a third of its words.
    /// </summary>
    private static bool WithoutKicker(string headline, string shorter)
    {
        var colon = headline.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var kicker = Words(headline[..colon]);
        var rest = Words(headline[(colon + 2)..]);
        return kicker.Count > 0 && kicker.Count * 2 <= rest.Count && rest.SequenceEqual(Words(shorter), StringComparer.Ordinal);
    }

    private static bool SameWords(string a, string b) => Words(a).SequenceEqual(Words(b), StringComparer.Ordinal);

    private static bool IsSiteName(string headline, string? siteName) =>
        siteName is not null && string.Equals(headline.Trim(), siteName.Trim(), StringComparison.OrdinalIgnoreCase);

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
