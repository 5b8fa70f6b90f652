using System.Text.RegularExpressions;

namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// Joins the lines of a hard-wrapped dump back into paragraphs. Some dumps (wire copy, pasted print layouts) break
/// every sentence across lines of about the same width ("Suga said he and U.S. President Donald Trump had held their" /
/// "first telephone conversation on Sunday since Suga took over as"); read line by line, every sentence is cut in two
/// and no stage can read it. A page is wrapped when several of its lines stop mid-sentence and the next line goes on
/// in lower case; on such a page a line that does not end a sentence is joined to the next one. Pages that are not
/// wrapped are left exactly as they are.
/// </summary>
internal static partial class WrappedLines
{
    // At least this many lines must go on in lower case, and this share of the long adjacent lines.
    private const int MinContinuations = 3;
    private const double MinShare = 0.25;

    /// <summary>The lines (each with whether a blank line stood before it), joined where the page is wrapped.</summary>
    public static List<(string Text, bool BlankBefore)> Unwrap(List<(string Text, bool BlankBefore)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var continuations = 0;
        var candidates = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i + 1].BlankBefore || Words(lines[i].Text) < 5)
            {
                continue;
            }

            candidates++;
            if (MidSentenceEndPattern().IsMatch(lines[i].Text) && LowerContinuationPattern().IsMatch(lines[i + 1].Text))
            {
                continuations++;
            }
        }

        if (continuations < MinContinuations || continuations < MinShare * candidates)
        {
            return lines;
        }

        var joined = new List<(string Text, bool BlankBefore)>(lines.Count);
        foreach (var line in lines)
        {
            // A line going on in lower case continues the one before even after a full stop ("the U.S." / "talked over
            // the phone this morning").
            if (joined.Count > 0 && !line.BlankBefore && Words(joined[^1].Text) >= 3 && Words(line.Text) >= 2
                && (!SentenceEndPattern().IsMatch(joined[^1].Text) && ContinuationStartPattern().IsMatch(line.Text)
                    || AbbreviationEndPattern().IsMatch(joined[^1].Text) && LowerContinuationPattern().IsMatch(line.Text)))
            {
                joined[^1] = (joined[^1].Text + " " + line.Text, joined[^1].BlankBefore);
                continue;
            }

            joined.Add(line);
        }

        return joined;
    }

    private static int Words(string line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    // A line stopping mid-sentence: on a letter or a comma.
    [GeneratedRegex(@"[\p{L},]$")]
    private static partial Regex MidSentenceEndPattern();

    // The next line going on with a lower-case word ("eight years, succeeding Shinzo Abe."), not a link or a domain.
    [GeneratedRegex(@"^\p{Ll}+[\s,]")]
    private static partial Regex LowerContinuationPattern();

    // A line that ends a sentence or introduces a list: a full stop, question or exclamation mark, colon or semicolon,
    // before any closing quotes or brackets.
    [GeneratedRegex(@"[.!?…:;][""”’')\]]*$")]
    private static partial Regex SentenceEndPattern();

    // A line ending in a dotted abbreviation ("U.S.", "Jan.") rather than a sentence.
    [GeneratedRegex(@"(?:\b\p{Lu}\.|\b\p{Lu}\p{Ll}{1,3}\.)$")]
    private static partial Regex AbbreviationEndPattern();

    // The next line starts with a word, a number or an opening quote.
    [GeneratedRegex(@"^[\p{L}\p{N}""“‘']")]
    private static partial Regex ContinuationStartPattern();
}
