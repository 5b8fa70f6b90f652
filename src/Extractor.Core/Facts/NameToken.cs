namespace Extractor.Core.Facts;

/// <summary>A word of a sentence (offsets relative to the sentence), read in place.</summary>
internal readonly record struct NameToken(int Start, int End, string Sentence)
{
    public ReadOnlySpan<char> Span => Sentence.AsSpan(Start, End - Start);

    public string Text => Sentence[Start..End];

    public bool IsCapitalized => End > Start && char.IsUpper(Sentence[Start]);

    public bool IsInitial => End - Start == 2 && char.IsUpper(Sentence[Start]) && Sentence[Start + 1] == '.';

    /// <summary>A capital letter standing alone, an initial written without its full stop ("S Jaishankar").</summary>
    public bool IsBareInitial => End - Start == 1 && char.IsUpper(Sentence[Start]);

    public bool IsAllCaps
    {
        get
        {
            if (End - Start < 2)
            {
                return false;
            }

            foreach (var c in Span)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
