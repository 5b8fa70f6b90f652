namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// A quick no for word look-ups that compare ordinally, with or without case: a bitmap over the length, first and
/// last letter (ASCII letters in upper case) of the words a set holds. Most words of a text start no title, body or
/// country, and are turned away here without hashing them. A word or key whose first or last character is outside
/// ASCII always passes, as upper-casing may join it to an ASCII letter.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits = new ulong[64];
    private bool _passAll;

    public void Add(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key[0] >= 128 || key[^1] >= 128)
        {
            _passAll = true;
            return;
        }

        var bit = Bit(key);
        _bits[bit >> 6] |= 1UL << (bit & 63);
    }

    /// <summary>False only when no key equals <paramref name="word"/> (ordinally, ignoring case or not).</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (_passAll || word.IsEmpty || word[0] >= 128 || word[^1] >= 128)
        {
            return true;
        }

        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Bit(ReadOnlySpan<char> word) => ((Math.Min(word.Length, 31) * 127 + Upper(word[0])) * 131 + Upper(word[^1])) & 4095;

    private static int Upper(char c) => c is >= 'a' and <= 'z' ? c - 32 : c;
}
