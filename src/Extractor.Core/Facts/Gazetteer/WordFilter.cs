namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// A quick no for case-insensitive word look-ups: the lengths and first letters (in upper case) of the words a set
/// holds. Most words of a text start no title, body or country, and are turned away here without hashing them.
/// A word or key that starts outside ASCII always passes, as upper-casing may join it to an ASCII letter.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits = new ulong[32];
    private bool _passAll;

    public void Add(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key[0] >= 128)
        {
            _passAll = true;
            return;
        }

        _bits[Math.Min(key.Length, 31)] |= Bit(key[0]);
    }

    /// <summary>False only when no key equals <paramref name="word"/> ignoring case (ordinal).</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        _passAll || word.IsEmpty || word[0] >= 128 || (_bits[Math.Min(word.Length, 31)] & Bit(word[0])) != 0;

    private static ulong Bit(char c) => 1UL << ((c is >= 'a' and <= 'z' ? c - 32 : c) & 63);
}
