using System.Buffers;
using System.Text.RegularExpressions;

namespace Extractor.Core.Facts;

/// <summary>
/// Splits article text into sentences. A full stop ends a sentence only when it is not an
/// abbreviation (<c>Jan.</c>, <c>Dr.</c>, <c>Gen.</c>), an initial (<c>Igor V. Morgulov</c>) or part
/// of a dotted acronym followed by a name (<c>S. Korea</c>, <c>U.S. Secretary</c>); closing quotes and
/// brackets stay with the sentence they close; a dash (<c> -- </c>) never ends one. Paragraph and
/// line breaks always do.
/// </summary>
public static partial class SentenceSplitter
{
    // Words after which a full stop is an abbreviation, not a sentence end.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen", "rep",
        "rev", "st", "jr", "sr", "amb", "hon", "pres", "gov't", "dept", "est", "approx", "no", "nos", "vol", "vs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "co", "corp", "ltd", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "s", "n", "e", "w", "p.m", "a.m",
    };

    // Dotted forms that may really end a sentence ("... talks with the U.S.") when a sentence starter follows.
    private static readonly HashSet<string> SentenceEndingAcronyms = new(StringComparer.OrdinalIgnoreCase) { "u.s", "u.k", "u.n", "u.s.a", "etc", "a.m", "p.m", "jr", "sr", "inc", "co", "ltd", "corp" };

    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "They", "It", "In", "On", "At", "This", "That", "These", "Those", "We", "I", "A", "An",
        "But", "And", "However", "Both", "Their", "His", "Her", "Its", "During", "After", "Before", "Meanwhile", "Earlier", "Later",
    };

    private static readonly SearchValues<char> Stops = SearchValues.Create("\n\r.!?…");

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Only a break or a stop can end a sentence: skip to the next one.
            var next = text.AsSpan(i).IndexOfAny(Stops);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                i++;
                continue;
            }

            if (c is '.' or '!' or '?' or '…' && IsBoundary(text, i, out var end))
            {
                Add(sentences, text, start, end);
                start = end;
                i = end;
                continue;
            }

            i++;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsBoundary(string text, int dot, out int end)
    {
        end = dot + 1;
        while (end < text.Length && text[end] is '.' or '!' or '?')
        {
            end++;
        }

        // Closing quotes and brackets belong to the sentence they close.
        while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or ']')
        {
            end++;
        }

        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            // "U.S.-ROK", "3.5", "kremlin.ru" go on; "cost sharing.Seoul's Defense Ministry said", where a dump lost the
            // space between two sentences, ends one.
            return end == dot + 1 && IsJoinedSentenceStart(text, dot);
        }

        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next >= text.Length || text[next] is '\n' or '\r')
        {
            return true;
        }

        var nextChar = text[next];
        var nextWord = NextWord(text, next);
        if (char.IsLower(nextChar) || nextChar is ',' or ';' or ':' or '-' or '–' or '—')
        {
            return false;
        }

        if (text[dot] != '.')
        {
            return true;
        }

        var word = WordBefore(text, dot);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "Igor V. Morgulov", "S. Korea"
        }

        if (Abbreviations.Contains(word))
        {
            return SentenceEndingAcronyms.Contains(word) && Starters.Contains(nextWord);
        }

        return true;
    }

    // A full stop glued to the next sentence: a lower-case word of two letters or more that is no abbreviation before it,
    // a capitalised word of two letters or more after it ("China.The", but not "U.S.Army", "e.g.Kim", "St.Louis").
    private static bool IsJoinedSentenceStart(string text, int dot)
    {
        if (text[dot] != '.' || dot + 2 >= text.Length || !char.IsUpper(text[dot + 1]) || !char.IsLower(text[dot + 2]) || dot < 2 || !char.IsLower(text[dot - 1]) || !char.IsLetter(text[dot - 2]))
        {
            return false;
        }

        var word = WordBefore(text, dot);
        return !word.Contains('.', StringComparison.Ordinal) && !Abbreviations.Contains(word);
    }

    private static string WordBefore(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.' || text[s - 1] == '\''))
        {
            s--;
        }

        return text[s..dot].Trim('.');
    }

    private static string NextWord(string text, int at)
    {
        var m = WordPattern().Match(text, at);
        return m.Success && m.Index == at ? m.Value : "";
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, text[start..end]));
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
