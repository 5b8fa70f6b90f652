using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;
using Extractor.Core.Model;

namespace Extractor.Core.Facts;

/// <summary>
/// Whether a cue's talks were held at a place ("held talks in Beijing with", "held talks with ... in the Kremlin"),
/// which tells an in-person meeting from a call whose medium is unsaid.
/// </summary>
internal static partial class TalksPlace
{
    // "held talks in Beijing with", "held talks with ... in the Kremlin": a place right at the cue or its
    // counterparts, not one the talks were about ("the situation in Ukraine").
    internal static bool HeldAtPlace(FactCues cues, string sentence, IReadOnlyList<CountryMention> countries, Cue cue, int limit)
    {
        if (cue.Medium != Media.Unspecified)
        {
            return false;
        }

        foreach (Match m in cues.LocationBefore.Matches(sentence))
        {
            if (m.Index < cue.End || m.Index > limit + 1)
            {
                continue;
            }

            var at = m.Index + m.Length;
            var country = countries.FirstOrDefault(c => c.Start == at || c.Start == at - 4);
            var word = CueParties.NextWordPattern().Match(sentence, at);
            if (country is { Kind: MentionKind.Demonym })
            {
                continue;
            }

            if (country is not null || word.Success && !CalendarWordPattern().IsMatch(word.Groups["w"].Value))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarWordPattern();
}
