using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Metadata.Bylines;

/// <summary>The byline word lists (<c>bylines.json</c> of the lexicon set), all matched ignoring case, and the byline prefixes as one pattern.</summary>
internal sealed record BylineWords(
    HashSet<string> NotPeople,
    HashSet<string> JobWords,
    HashSet<string> NotNameWords,
    HashSet<string> CutWords,
    HashSet<string> DeskWords,
    Regex CreditPrefix)
{
    public static BylineWords From(BylinesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);
        // "By Kim Eun-jung", "Written by: ...": a prefix, a colon or not, then the credit.
        var prefixes = string.Join('|', file.CreditPrefixes.Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
        var creditPrefix = new Regex(@"^(?:" + prefixes + @")\s*[:：]?\s+(?<credit>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return new BylineWords(Set(file.NotPeople), Set(file.JobWords), Set(file.NotNameWords), Set(file.CutWords), Set(file.DeskWords), creditPrefix);
    }
}
