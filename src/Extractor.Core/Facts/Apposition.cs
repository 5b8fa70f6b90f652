using System.Text.RegularExpressions;

namespace Extractor.Core.Facts;

/// <summary>
/// The apposition after a name that gives its role ("Noh Kyu-duk, South Korea's special representative for ...,",
/// "Takehiro Funakoshi, the head of the Japanese Foreign Ministry's ... Bureau,"): its pattern, the role nouns the
/// title lexicon does not know, and the leads ("the", "South Korea's", "the ministry's") that may stand before the title.
/// </summary>
internal static partial class Apposition
{
    internal static bool IsAppositionLead(SentenceContext context, string lead, int segStart)
    {
        var trimmed = lead.Trim();
        if (trimmed.Length == 0 || DeterminerPattern().IsMatch(trimmed))
        {
            return true;
        }

        // "the US", "South Korea's", "the Japanese", "the ministry's"
        var rest = DeterminerPrefixPattern().Replace(trimmed, "");
        if (rest.Length == 0 || PossessiveBodyPattern().IsMatch(rest))
        {
            return true;
        }

        return context.Countries.Any(c => c.Start >= segStart && c.Start < segStart + lead.Length
            && DeterminerPrefixPattern().Replace(lead[(c.Start - segStart + c.Length)..].Trim(), "").Length == 0);
    }

    [GeneratedRegex(@"\G,\s+(?<seg>[^,;()""“”]{3,200}?)(?=\s*(?:,|;|\.\s|\.$|$|\)|\s+(?:said|says|told|spoke|held|met|talked|discussed|and\s+\p{Lu})\b))")]
    internal static partial Regex AppositionPattern();

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?<role>(?:head|chief|director|member|leader|deputy|adviser|advisor|aide|official|representative|envoy|negotiator)\b)")]
    internal static partial Regex RoleNounPattern();

    [GeneratedRegex(@"^(?:the|his|her|its|their|a|an)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerPattern();

    [GeneratedRegex(@"^(?:(?:the|his|her|its|their|a|an)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerPrefixPattern();

    [GeneratedRegex(@"^(?:the\s+)?(?:ministry|department|government|office|country|nation|agency|bureau)['’]s?$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveBodyPattern();
}
