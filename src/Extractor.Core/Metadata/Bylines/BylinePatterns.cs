using System.Buffers;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Metadata.Bylines;

/// <summary>
/// The byline grammar's patterns, built once from <c>bylines.json</c> (and the date labels of
/// <c>dates.json</c>, where a credit ends). They run on a few header lines per page, so they are
/// interpreted rather than compiled: compiling costs more at start than it saves. Each is constructed at
/// its first use: a page without a byline needs none.
/// </summary>
internal sealed class BylinePatterns(
    LazyRegex nameThenRelativeTime,
    LazyRegex nameCommaTitle,
    LazyRegex nameThenEmail,
    LazyRegex wholeName,
    LazyRegex creditEnd,
    LazyRegex trailingConnector)
{
    public Regex NameThenRelativeTime => nameThenRelativeTime.Value;

    public Regex NameCommaTitle => nameCommaTitle.Value;

    public Regex NameThenEmail => nameThenEmail.Value;

    public Regex WholeName => wholeName.Value;

    public Regex CreditEnd => creditEnd.Value;

    public Regex TrailingConnector => trailingConnector.Value;

    /// <summary>
    /// The first words of the date labels, in any case: a credit holding none of them, no digit
    /// and no bar or bullet cannot match <see cref="CreditEnd"/>, which is not run on it.
    /// </summary>
    public required SearchValues<string> CreditEndWords { get; init; }

    /// <summary>False only when <paramref name="credit"/> cannot match <see cref="CreditEnd"/>.</summary>
    public bool MayEndCredit(string credit)
    {
        var span = credit.AsSpan();
        if (span.ContainsAny('|', '·', '•') || span.ContainsAny(CreditEndWords))
        {
            return true;
        }

        foreach (var c in span)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name in a script without capitals, as structured data and bylines of Korean, Chinese and
    /// Japanese pages give it: two to four Hangul syllables (<c>구현모</c>), or two to four
    /// ideographs with perhaps a given name after a space (<c>松岡大地</c>, <c>松岡 大地</c>).
    /// </summary>
    internal const string UncasedName = @"\p{IsHangulSyllables}{2,4}|\p{IsCJKUnifiedIdeographs}{2,4}(?:[ \u3000]\p{IsCJKUnifiedIdeographs}{1,3})?";

    public static BylinePatterns From(BylinesFile file, DatesFile dates)
    {
        const RegexOptions Options = RegexOptions.CultureInvariant;

        // A capitalised word, then up to four more capitalised words or particles ("Ursula von der Leyen").
        var particles = BylineWords.Alternation(file.NameParticles);
        var name = @"\p{Lu}[\p{L}\p{M}'’\-]*\.?(?:\s+(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|" + particles + @")){1,4}";
        var relative = @"\d+\s+(?:" + BylineWords.Alternation(file.RelativeTime.Units) + @")s?\s+(?:" + BylineWords.Alternation(file.RelativeTime.After) + @")\b";

        // No IgnoreCase on name patterns: it would let \p{Lu} match lower-case words (an e-mail's "kej").
        return new BylinePatterns(
            // The name may carry its social-media handle: "Fahad Shabbir (@FahadShabbir) 2 minutes ago".
            new LazyRegex(@"^(?<name>" + name + @")(?:\s*\(@\w+\))?\s+" + relative, Options),
            new LazyRegex(@"^(?<name>" + name + @"),\s+(?<title>[\p{L} .&'-]{3,60})$", Options),
            new LazyRegex(@"^(?i:(?:" + BylineWords.Alternation(file.ByWords) + @")\s+)?(?<name>" + name + @")\s*[(\[<（]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>）]?\.?$", Options),
            new LazyRegex(@"^(?:" + name + "|" + UncasedName + ")$", Options),
            // A credit ends at a date label ("Updated"), a bar or bullet, a dash before a figure, or a relative time.
            new LazyRegex(@"\b(?:" + BylineWords.Alternation(dates.Labels.Published.Concat(dates.Labels.Updated)) + @")\b|\s[|·•]\s|\s[-–—]\s*\d|\b" + relative, Options | RegexOptions.IgnoreCase),
            new LazyRegex(@"(?:\s+(?:" + BylineWords.Alternation(file.TrailingConnectors) + @"|-|–|—|\|))+$", Options))
        {
            CreditEndWords = SearchValues.Create(dates.Labels.Published.Concat(dates.Labels.Updated).Select(l => l.Split(' ')[0]).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase),
        };
    }
}
