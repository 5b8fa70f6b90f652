using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;
using static Extractor.Core.Facts.TextAround;

namespace Extractor.Core.Facts;

/// <summary>
/// Countries that stand for a party on their own, as a noun ("South Korea and Russia held talks") or as a demonym
/// before a group noun ("Japanese envoys", "South Korean and Japanese envoys"), not as a modifier or a portfolio.
/// </summary>
internal sealed partial class BodyMentions(FactCues cues)
{
    // Countries standing for a party on their own: "South Korea and Russia", "Japanese envoys".
    internal IEnumerable<PartyMention> Find(SentenceContext context, HashSet<CountryMention> usedCountries, List<PartyMention> found)
    {
        var text = context.Text;
        foreach (var c in context.Countries.Where(x => !usedCountries.Contains(x)))
        {
            var end = c.Start + c.Length;
            if (found.Any(p => c.Start >= p.Start && c.Start < p.End) || IsPortfolio(text, c.Start) || InParenthesis(text, c.Start))
            {
                continue;
            }

            var after = NextWordPattern().Match(text, end);
            var nextWord = after.Success ? after.Groups["w"].Value : "";
            var joined = end < text.Length && text[end] is '-' or '–';
            bool standsAlone;
            if (c.Kind is MentionKind.Demonym)
            {
                // "Japanese envoys", "South Korean and Japanese envoys", "Russian-Chinese talks".
                standsAlone = cues.GroupNouns.Contains(nextWord) || nextWord is "and" or "or" && GroupNounAfterList(context, end)
                    || joined && context.Countries.Any(x => x.Start == end + 1) || c.Start > 0 && text[c.Start - 1] is '-' or '–';
            }
            else if (c.Kind is MentionKind.Possessive)
            {
                standsAlone = cues.GroupNouns.Contains(nextWord);
            }
            else
            {
                // "South Korea and Russia held talks", "S. Korea, Russia hold": a country as a noun, not a modifier ("US-South Korea alliance").
                standsAlone = !joined && (nextWord.Length == 0 || !OnlySpaceBetween(text, end, after.Groups["w"].Index)
                    || cues.GroupNouns.Contains(nextWord) || PartyFollowerPattern().IsMatch(nextWord));
            }

            if (standsAlone)
            {
                yield return new PartyMention(c.Start, end, null, null, c.Country, null, false) { IsCapital = (c.Kind == MentionKind.Possessive ? c.BaseKind : c.Kind) == MentionKind.Capital };
            }
        }
    }

    private bool GroupNounAfterList(SentenceContext context, int end)
    {
        var m = AndDemonymPattern().Match(context.Text, end);
        if (!m.Success || m.Index != end)
        {
            return false;
        }

        var at = m.Index + m.Length;
        var c = context.Countries.FirstOrDefault(x => x.Start == at);
        if (c is null)
        {
            return false;
        }

        var w = NextWordPattern().Match(context.Text, c.Start + c.Length);
        return w.Success && cues.GroupNouns.Contains(w.Groups["w"].Value);
    }

    [GeneratedRegex(@"\G\s*(?<w>[\p{L}]+)")]
    private static partial Regex NextWordPattern();

    [GeneratedRegex(@"^(?:and|or|\w+ed|held|hold|holds|have|has|had|said|says|met|meet|spoke|will|would|on|in|at|over|to|for|about|amid|talk|talks|discuss|agree|sign|signs)$")]
    private static partial Regex PartyFollowerPattern();

    [GeneratedRegex(@"\G\s+(?:and|or)\s+")]
    private static partial Regex AndDemonymPattern();
}
