
namespace Extractor.Core.Facts;

/// <summary>
/// Honorifics between a title and a name ("Minister Dr. Subrahmanyam Jaishankar", "Secretary of State Cardinal
/// Pietro Parolin"): stepped back over so that the title before them still introduces the name.
/// </summary>
internal static class Honorifics
{
    // "Minister Dr. Subrahmanyam Jaishankar", "Secretary of State Cardinal Pietro Parolin": an honorific between title and name.
    internal static int BackOverHonorifics(FactCues cues, string text, int position)
    {
        var at = position;
        while (true)
        {
            var wordStart = LastWordStart(text, TextAround.BackOverSpace(text, at), out var wordEnd);
            if (wordStart < 0 || !cues.HonorificWords.Contains(text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                return at;
            }

            at = wordStart;
        }
    }

    // Where LastWordPattern ([\p{L}][\p{L}.]*$) matches text[..end], read by hand: the first letter of the run of letters
    // and dots that ends the text (before a final line break); -1 when there is none.
    private static int LastWordStart(string text, int end, out int wordEnd)
    {
        wordEnd = end > 0 && text[end - 1] == '\n' ? end - 1 : end;
        var runStart = wordEnd;
        while (runStart > 0 && (char.IsLetter(text[runStart - 1]) || text[runStart - 1] == '.'))
        {
            runStart--;
        }

        for (var k = runStart; k < wordEnd; k++)
        {
            if (char.IsLetter(text[k]))
            {
                return k;
            }
        }

        return -1;
    }
}
