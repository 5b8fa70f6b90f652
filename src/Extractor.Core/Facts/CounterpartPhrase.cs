using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Core.Facts;

/// <summary>
/// A counterpart phrase before a name ("his US counterpart, Sung Kim", "her South Korean counterpart Chung"):
/// the person is the other side of the talks, and a country inside the phrase is theirs.
/// </summary>
internal static partial class CounterpartPhrase
{
    internal static bool CounterpartBefore(FactCues cues, string text, int position, out int start)
    {
        var m = CounterpartPattern().Match(text, 0, TextAround.BackOverSpace(text, position));
        start = m.Success ? m.Index : position;
        return m.Success && cues.CounterpartWords.Contains(m.Groups["word"].Value);
    }

    internal static CountryMention? CounterpartCountry(SentenceContext context, int from, int to) =>
        context.Countries.FirstOrDefault(c => c.Start >= from && c.Start < to);

    [GeneratedRegex(@"(?:\b(?:his|her|their|its)\s+)(?:[\p{L}\.\-’']+\s+){0,3}?(?<word>counterparts?)\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CounterpartPattern();
}
