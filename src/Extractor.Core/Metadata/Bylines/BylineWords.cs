using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Metadata.Bylines;

/// <summary>
/// The byline word lists (<c>bylines.json</c>), all matched ignoring case, and the byline grammar
/// built from them: the shape of a name, of a credit and of its end is here, its words are data.
/// </summary>
internal sealed record BylineWords(
    HashSet<string> NotPeople,
    HashSet<string> JobWords,
    HashSet<string> NotNameWords,
    HashSet<string> CutWords,
    HashSet<string> DeskWords,
    HashSet<string> TitleJoinWords,
    IReadOnlyList<string> NotNameOpeners,
    IReadOnlyList<string> RelativeAfter,
    LazyRegex ByPrefixPattern,
    LazyRegex CreditSeparatorPattern,
    BylinePatterns Patterns)
{
    /// <summary>A line opening with byline words (<c>By</c>, <c>Autor:</c>), the credit after them in group <c>credit</c>.</summary>
    public Regex ByPrefix => ByPrefixPattern.Value;

    /// <summary>Where a credit splits into its parts.</summary>
    public Regex CreditSeparator => CreditSeparatorPattern.Value;

    /// <summary>
    /// The first two letters of the byline words, in every case form, or null when a word does not open with two
    /// letters: a line opening with no such pair cannot match <see cref="ByPrefix"/> (two character tests instead of the
    /// pattern's many alternatives, which the regex interpreter tries one by one on every line).
    /// </summary>
    private HashSet<int>? ByOpenings { get; init; }

    /// <summary>The first words of the byline words: a line that passes the two-letter test must open with one.</summary>
    private string[] ByFirstWords { get; init; } = [];

    /// <summary>False only when <paramref name="line"/> cannot match <see cref="ByPrefix"/>.</summary>
    public bool MayOpenWithByWord(string line)
    {
        if (ByOpenings is null)
        {
            return true;
        }

        if (line.Length < 2)
        {
            return false;
        }

        ReadOnlySpan<char> firsts = [line[0], char.ToUpperInvariant(line[0]), char.ToLowerInvariant(line[0])];
        ReadOnlySpan<char> seconds = [line[1], char.ToUpperInvariant(line[1]), char.ToLowerInvariant(line[1])];
        foreach (var first in firsts)
        {
            foreach (var second in seconds)
            {
                if (ByOpenings.Contains((first << 16) | second))
                {
                    // "Re…", "Po…", "St…" open many lines: the whole first word is needed ("reported", not "Reuters").
                    foreach (var word in ByFirstWords)
                    {
                        if (line.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }
        }

        return false;
    }

    private static char[] CaseForms(char c) => [c, char.ToUpperInvariant(c), char.ToLowerInvariant(c)];

    public static BylineWords From(BylinesFile file, DatesFile dates)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(dates);
        static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

        // "By Kim Eun-jung", "von Anna Menin", "Autor: X", "Autorin/Autor X" (a label in both
        // genders, fundus de__DW_2023_04_28): a byline word, or several joined by slashes, then the credit.
        var byWord = "(?:" + Alternation(file.ByWords) + ")";
        var byPrefix = new LazyRegex(@"^" + byWord + @"(?:\s*/\s*" + byWord + @")*\s*[:：]?\s+(?<credit>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        // Parts of a credit: commas, semicolons, '&', a joining word, a bar or bullet, a sentence stop before a capital.
        var separator = new LazyRegex(@"\s*(?:[,;&]|(?<!\w)(?i:" + Alternation(file.JoinWords) + @")(?!\w)|\s[|·•/]\s|(?<=\w{3})\.\s+(?=\p{Lu}))\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        HashSet<int>? openings = file.ByWords.All(w => w.Length >= 2 && char.IsLetter(w[0]) && char.IsLetter(w[1]))
            ? [.. file.ByWords.SelectMany(w => CaseForms(w[0]).SelectMany(first => CaseForms(w[1]).Select(second => (first << 16) | second)))]
            : null;
        return new BylineWords(Set(file.NotPeople), Set(file.JobWords), Set(file.NotNameWords), Set(file.CutWords), Set(file.DeskWords),
            Set(file.TitleJoinWords), file.NotNameOpeners, file.RelativeTime.After, byPrefix, separator, BylinePatterns.From(file, dates))
        {
            ByOpenings = openings,
            ByFirstWords = [.. file.ByWords.Select(w => w.Split(' ')[0]).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>
    /// The words as one alternation, longest first, each escaped and its spaces any run of white
    /// space; an empty list gives a branch that never matches.
    /// </summary>
    internal static string Alternation(IEnumerable<string> words)
    {
        var alternation = string.Join('|', words.Where(w => w.Length > 0)
            .OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", @"\s+", StringComparison.Ordinal)));
        return alternation.Length == 0 ? "(?!)" : alternation;
    }
}
