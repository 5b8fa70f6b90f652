using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extractor.Core.Facts.Gazetteer;

/// <summary>Splits text into <see cref="Token"/>s; whitespace separates tokens and is dropped.</summary>
internal static class Tokenizer
{
    private static readonly string[] PunctStrings = BuildPunctStrings();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(text, i))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text, i))
                {
                    i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                }

                tokens.Add(new Token(start, i - start, '\0'));
            }
            else if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                i++;
            }
            else
            {
                tokens.Add(new Token(i, 1, Normalize(c)));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>The pattern form of a phrase: its tokens' texts (punctuation normalized).</summary>
    public static string[] PatternTokens(string phrase)
    {
        var tokens = Tokenize(phrase);
        var result = new string[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            result[k] = tokens[k].Span(phrase).ToString();
        }

        return result;
    }

    public static string PunctString(char c) => c < PunctStrings.Length ? PunctStrings[c] : c.ToString();

    // Read for every character of every sentence: the ASCII test inlined, the rest out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        return c < 128 ? c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' : IsWordCharBeyondAscii(text, i); // ASCII: letters and digits only
    }

    private static bool IsWordCharBeyondAscii(string text, int i)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;
    }

    // Curly apostrophes and the many dashes mean the same in names ("People’s", "Guinea‑Bissau").
    private static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    private static string[] BuildPunctStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }
}
