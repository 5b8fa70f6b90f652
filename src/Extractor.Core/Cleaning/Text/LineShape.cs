using System.Runtime.CompilerServices;
namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// The measurements of one line that the classifier reads: how many words, how many of them are
/// function words or capitalised, how it ends. Counting is one pass over the characters.
/// </summary>
/// <param name="Chars">Characters in the line.</param>
/// <param name="Words">Words, where a run of Chinese or Japanese characters counts one word per two characters.</param>
/// <param name="AlphaWords">Words that start with a letter (spaced scripts only).</param>
/// <param name="StopWords">Function words of any known language.</param>
/// <param name="CapitalWords">Words that start with an upper-case letter.</param>
/// <param name="NumberWords">Words that start with a digit.</param>
/// <param name="CjkChars">Chinese and Japanese characters (scripts written without spaces).</param>
/// <param name="UpperShare">Share of letters that are upper case.</param>
/// <param name="EndsSentence">The line ends like a sentence (".", "!", "?", "。", possibly inside quotes or before a closing credit).</param>
/// <param name="EndsColon">The line ends with a colon.</param>
/// <param name="Sentences">Sentence ends inside the line (a full stop, "!" or "?" before a space or the end).</param>
public readonly record struct LineShape(
    int Chars,
    int Words,
    int AlphaWords,
    int StopWords,
    int CapitalWords,
    int NumberWords,
    int CjkChars,
    double UpperShare,
    bool EndsSentence,
    bool EndsColon,
    int Sentences)
{
    /// <summary>Share of the spaced-script words that are function words.</summary>
    public double StopShare => AlphaWords == 0 ? 0 : (double)StopWords / AlphaWords;

    /// <summary>Share of the alphabetic words that start with a capital: high for menus and title-case headlines.</summary>
    public double CapitalShare => AlphaWords == 0 ? 0 : (double)CapitalWords / AlphaWords;

    /// <summary>The line is mostly written without spaces (Chinese, Japanese).</summary>
    public bool IsCjk => CjkChars * 2 > Chars;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LineShape Measure(string line, TextLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(lexicon);
        int words = 0, alpha = 0, stop = 0, capital = 0, number = 0, cjk = 0, cjkRun = 0, letters = 0, upper = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (IsCjkChar(c))
            {
                cjk++;
                cjkRun++;
                i++;
                continue;
            }

            words += (cjkRun + 1) / 2;
            cjkRun = 0;
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || IsInnerJoiner(line, i)) && !IsCjkChar(line[i]))
            {
                if (char.IsLetter(line[i]))
                {
                    letters++;
                    if (char.IsUpper(line[i]))
                    {
                        upper++;
                    }
                }

                i++;
            }

            words++;
            if (char.IsDigit(c))
            {
                number++;
                continue;
            }

            alpha++;
            if (char.IsUpper(c))
            {
                capital++;
            }

            if (lexicon.IsStopWord(line.AsSpan(start, i - start)))
            {
                stop++;
            }
        }

        words += (cjkRun + 1) / 2;
        var (endsSentence, endsColon) = Ending(line);
        return new LineShape(line.Length, words, alpha, stop, capital, number, cjk,
            letters == 0 ? 0 : (double)upper / letters, endsSentence || EndsWithAgencyTag(line), endsColon, CountSentences(line));
    }

    /// <summary>Chinese characters and Japanese kana: scripts written without spaces between words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjkChar(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    // An apostrophe or hyphen between letters keeps a word whole ("it's", "Noh Kyu-duk").
    private static bool IsInnerJoiner(string line, int i) =>
        line[i] is '\'' or '’' or '-' && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1]) && i > 0 && char.IsLetterOrDigit(line[i - 1]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (bool Sentence, bool Colon) Ending(string line)
    {
        var end = line.Length - 1;

        // A closing credit or agency tag after the last sentence ("... of the year. (Yonhap)") and
        // a trailing table bar ("... (Yonhap) |") do not change how the line ends.
        while (end >= 0 && line[end] is ' ' or '|')
        {
            end--;
        }

        if (end > 0 && line[end] == ')')
        {
            var open = line.LastIndexOf('(', end);
            if (open > 0 && end - open <= 40)
            {
                var before = open - 1;
                while (before >= 0 && line[before] == ' ')
                {
                    before--;
                }

                if (before >= 0 && IsSentenceEnd(line[before]))
                {
                    return (true, false);
                }
            }
        }

        while (end >= 0 && line[end] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '」' or '』' or '）' or '*')
        {
            end--;
        }

        if (end < 0)
        {
            return (false, false);
        }

        return (IsSentenceEnd(line[end]), line[end] is ':' or '：');
    }

    /// <summary>
    /// Counts sentence ends; a cut-off teaser ("... may soon... Indian-origin man") does not end a
    /// sentence, so an ellipsis before a capital counts as none. A dump that lost the spaces between
    /// its sentences ("... outbreak in China.The North's ...") still ends one at each glued full stop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountSentences(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (!IsSentenceEnd(line[i]) || !(i + 1 == line.Length || line[i + 1] is ' ' or '"' or '”' or '’' or ')' || IsCjkChar(line[i + 1]) || IsGluedEnd(line, i)))
            {
                continue;
            }

            var ellipsis = line[i] == '…' || (i >= 2 && line[i] == '.' && line[i - 1] == '.' && line[i - 2] == '.');
            if (!ellipsis)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A closing agency tag without brackets after the last sentence: "... into the US. PTI", "... said. — AP".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsWithAgencyTag(string line)
    {
        var tail = line.Length - 1;
        var letters = 0;
        while (tail >= 0 && line.Length - tail <= 14 && !IsSentenceEnd(line[tail]))
        {
            if (char.IsLetter(line[tail]))
            {
                if (!char.IsUpper(line[tail]))
                {
                    return false;
                }

                letters++;
            }

            tail--;
        }

        return tail > 0 && letters >= 2 && line.Length - tail <= 14 && line[tail + 1] == ' ';
    }

    /// <summary>
    /// A full stop, "!" or "?" between a lower-case word and a capitalised one with no space
    /// ("China.The"): two sentences glued. Initials and abbreviations ("U.S.The", "i.e.The") have
    /// a capital or a stop before their full stop and are not counted.
    /// </summary>
    private static bool IsGluedEnd(string line, int i) =>
        line[i] is '.' or '!' or '?' && i >= 2 && i + 2 < line.Length
        && char.IsLower(line[i - 1]) && char.IsLower(line[i - 2])
        && char.IsUpper(line[i + 1]) && char.IsLower(line[i + 2]);

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '。' or '！' or '？' or '…' or '．';
}
