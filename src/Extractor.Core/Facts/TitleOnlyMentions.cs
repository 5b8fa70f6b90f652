using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;
using static Extractor.Core.Facts.TextAround;

namespace Extractor.Core.Facts;

/// <summary>
/// The titles no name follows ("the President of Russia", "the Secretary"), each a party mention of its own; a plural
/// title over a list of countries ("the Foreign Ministers of Kazakhstan, ... and Uzbekistan") gives one per country.
/// </summary>
internal sealed partial class TitleOnlyMentions(FactCues cues)
{
    // A title that no name follows: "the President of Russia", "the Foreign Ministers of Kazakhstan, ... and Uzbekistan", "the Secretary".
    internal IEnumerable<PartyMention> Find(SentenceContext context, HashSet<TitleMention> usedTitles, HashSet<CountryMention> usedCountries)
    {
        var text = context.Text;
        foreach (var t in context.Titles.Where(x => !usedTitles.Contains(x)))
        {
            if (cues.ReportingTitles.Contains(t.Title))
            {
                continue;
            }

            var titleEnd = t.Start + t.Length;
            var left = SkipParenthesis(text, t.Start);
            Country? country = null;
            string? organization = null;
            var international = false;
            if (context.OrganizationEndingAt(left) is { } org)
            {
                organization = org.Name;
                international = org.IsInternational;
                country = org.Country;
                left = SkipParenthesis(text, org.Start);
            }

            if (context.CountryEndingAt(left, out _) is { } before && !IsPortfolio(text, before.Start, toCounts: false) && before.Kind != MentionKind.Capital)
            {
                country ??= before.Country;
                usedCountries.Add(before);
                left = before.Start;
            }

            var of = OfAfterPattern().Match(text, titleEnd);
            var listed = new List<CountryMention>();
            if (of.Success && of.Index == titleEnd && country is null)
            {
                var at = of.Index + of.Length;
                var o = context.Organizations.FirstOrDefault(x => x.Start == at);
                if (o is not null)
                {
                    organization = o.Name;
                    international = o.IsInternational;
                    country = o.Country;
                }
                else
                {
                    // "of A, B, and C": a list of countries, one body each.
                    var pos = at;
                    while (context.Countries.FirstOrDefault(x => x.Start == pos || x.Start > pos && OnlyListWordsBetween(text, pos, x.Start)) is { } c)
                    {
                        listed.Add(c);
                        usedCountries.Add(c);
                        pos = c.Start + c.Length;
                        var separator = ListSeparatorPattern().Match(text, pos);
                        if (!separator.Success || separator.Index != pos)
                        {
                            break;
                        }

                        pos += separator.Length;
                    }
                }
            }

            var title = Clean(t.Title);
            var plural = t.Title.EndsWith('s') && listed.Count > 1;
            if (listed.Count > 0)
            {
                foreach (var c in listed)
                {
                    yield return new PartyMention(t.Start, c.Start + c.Length, null, plural ? Singular(title) : title, c.Country, null, false) { IsTitleOnly = true };
                }

                continue;
            }

            yield return new PartyMention(left, titleEnd, null, title, international ? null : country, organization, international) { IsTitleOnly = true };
        }
    }

    private static bool OnlyListWordsBetween(string text, int from, int to) => ListGapPattern().IsMatch(text[from..to]);

    private static string Singular(string title) =>
        title.EndsWith("ies", StringComparison.Ordinal) ? title[..^3] + "y" : title.EndsWith('s') ? title[..^1] : title;

    [GeneratedRegex(@"\G\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")]
    private static partial Regex ListSeparatorPattern();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$")]
    private static partial Regex ListGapPattern();
}
