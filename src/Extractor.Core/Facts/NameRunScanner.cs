using System.Globalization;
using static Extractor.Core.Facts.TextAround;

namespace Extractor.Core.Facts;

/// <summary>
/// Finds the runs of words that can be a person's name ("Kim Jong Un", "Abdel Fattah el-Sisi", "Joseph R. Biden Jr."):
/// capitalised words next to each other, outside every country, title and organisation mention, a run closed by a
/// possessive and never ending in a particle or an initial.
/// </summary>
internal sealed class NameRunScanner(FactCues cues)
{
    internal List<List<NameToken>> Scan(SentenceContext context)
    {
        var text = context.Text;
        var tokens = Words(text);
        var runs = new List<List<NameToken>>();
        var run = new List<NameToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var gapOk = run.Count == 0 || OnlySpaceBetween(text, run[^1].End, t.Start);
            var kind = Classify(context, tokens, i, run.Count > 0);
            if (kind == TokenKind.Name && gapOk)
            {
                run.Add(t);
                if (EndsInPossessive(text, t.End))
                {
                    Close(runs, ref run);
                }

                continue;
            }

            if (kind == TokenKind.Name)
            {
                Close(runs, ref run);
                run.Add(t);
                continue;
            }

            // "visited the Gush Etzion settlement", "the city's Hoa Lo prison": a place, not a person. Any capitalised
            // words between an article and a lower-case word modify a noun ("ahead of the Virginia elections", "the Trump
            // administration"): bench/article-extraction 04a6711c.
            if (run.Count > 0 && gapOk && (cues.PlaceNounWords.Contains(t.Span) || char.IsLower(t.Span[0]) && AfterArticle(tokens, i - run.Count)))
            {
                run = [];
            }

            Close(runs, ref run);
        }

        Close(runs, ref run);
        return runs;
    }

    private static bool AfterArticle(List<NameToken> tokens, int first) =>
        first > 0 && tokens[first - 1].Span is "the" or "The" or "a" or "an" or "A" or "An"
        && OnlySpaceBetween(tokens[first].Sentence, tokens[first - 1].End, tokens[first].Start);

    private enum TokenKind
    {
        Other,
        Name,
    }

    private TokenKind Classify(SentenceContext context, List<NameToken> tokens, int i, bool inRun)
    {
        var t = tokens[i];

        // Most words: lower case, outside a run and with no particle joined by a hyphen ("el-Sisi"), which none of
        // the rules below makes a name word.
        if (!inRun && !char.IsUpper(t.Sentence[t.Start]) && !t.Span.Contains('-'))
        {
            return TokenKind.Other;
        }

        var next = i + 1 < tokens.Count ? tokens[i + 1] : (NameToken?)null;
        if (context.Covered(t.Start, t.End) || cues.HonorificWords.Contains(t.Span))
        {
            return TokenKind.Other;
        }

        if (t.IsInitial)
        {
            return next is { IsCapitalized: true } ? TokenKind.Name : TokenKind.Other;
        }

        var bare = StripPossessive(t.Span);

        // "External Affairs Minister S Jaishankar": an initial without its full stop, right before a name word.
        if (t.IsBareInitial && !cues.NotNameWordSpans.Contains(bare) && next is { IsCapitalized: true } n && n.Start == t.End + 1 && !n.IsBareInitial)
        {
            return TokenKind.Name;
        }

        if (inRun && cues.NameSuffixWords.Contains(bare.TrimEnd('.')))
        {
            return TokenKind.Name;
        }

        if (inRun && cues.NameParticleWords.Contains(bare) && next is { IsCapitalized: true })
        {
            return TokenKind.Name;
        }

        // "el-Sisi", "al-Sabah": a lower-case particle joined to a capitalised name.
        var dash = bare.IndexOf('-');
        if (dash > 0 && dash + 1 < bare.Length && char.IsUpper(bare[dash + 1]) && cues.NameParticleWords.Contains(bare[..dash]))
        {
            return TokenKind.Name;
        }

        if (!t.IsCapitalized || cues.NotNameWordSpans.Contains(bare) || bare.Length < 2)
        {
            return TokenKind.Other;
        }

        if (t.IsAllCaps && !cues.NameSuffixWords.Contains(bare))
        {
            return TokenKind.Other; // acronyms: ROK, PRC, NATO
        }

        foreach (var c in bare)
        {
            if (char.IsDigit(c))
            {
                return TokenKind.Other;
            }
        }

        return TokenKind.Name;
    }

    // The words of a sentence ("U." "S." "Jr." "Kyu-duk" "Blinken's"): what the pattern
    // \p{Lu}\.|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*\.?(?<=[^.]|(?:Jr|Sr)\.) matches, read by hand (a final full stop
    // only after "Jr" or "Sr"): a regex walk per sentence cost more than the rules that read its words.
    private static List<NameToken> Words(string text)
    {
        var words = new List<NameToken>(text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if ((c < 128 ? c is >= 'A' and <= 'Z' : char.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter) && i + 1 < text.Length && text[i + 1] == '.')
            {
                words.Add(new NameToken(i, i + 2, text));
                i += 2;
                continue;
            }

            if (!IsLetterOrMark(c))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < text.Length && (IsLetterOrMark(text[j]) || IsNumber(text[j]) || text[j] is '\'' or '’' or '-'))
            {
                j++;
            }

            if (j < text.Length && text[j] == '.' && j >= 2 && text[j - 1] == 'r' && text[j - 2] is 'J' or 'S')
            {
                j++;
            }

            words.Add(new NameToken(i, j, text));
            i = j;
        }

        return words;
    }

    private static bool IsLetterOrMark(char c) => c < 128 ? c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsNumber(char c) => c < 128 ? c is >= '0' and <= '9' : char.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private void Close(List<List<NameToken>> runs, ref List<NameToken> run)
    {
        // A run never ends in a particle or an initial.
        while (run.Count > 0 && (cues.NameParticleWords.Contains(run[^1].Span) || run[^1].IsInitial || run[^1].IsBareInitial))
        {
            run.RemoveAt(run.Count - 1);
        }

        // "New York", "the Gaza Truce": a known place at the start of a run is no part of a name.
        for (var k = Math.Min(run.Count, 3); k >= 1; k--)
        {
            var head = run[0].Sentence[run[0].Start..run[k - 1].End];
            if (cues.PlaceNames.Contains(head.Replace('’', '\'')))
            {
                run.RemoveRange(0, k);
                break;
            }
        }

        if (run.Count > 0)
        {
            runs.Add(run);
        }

        run = [];
    }
}
