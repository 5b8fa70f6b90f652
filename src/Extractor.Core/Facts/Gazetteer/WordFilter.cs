namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// A quick no for word look-ups that compare ordinally, with or without case: a two-bit Bloom filter over the
/// length and the first two and last two characters of the words a set holds. Most words of a text start no title,
/// body or country, and are turned away here without hashing them. Characters are folded so that two that may be
/// equal ignoring case fold alike: ASCII letters to upper case, and every character outside ASCII together with
/// I and S (the ASCII letters some other characters upper-case to: ı, ſ) to one mark.
/// </summary>
internal sealed class WordFilter
{
    private const int Mask = 8191;
    private readonly ulong[] _bits = new ulong[(Mask + 1) / 64];

    public void Add(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return;
        }

        Set(First(key));
        Set(Second(key));
    }

    /// <summary>False only when no key equals <paramref name="word"/> (ordinally, ignoring case or not).</summary>
    public bool MayContain(ReadOnlySpan<char> word) => word.IsEmpty || (IsSet(First(word)) && IsSet(Second(word)));

    private void Set(int bit) => _bits[bit >> 6] |= 1UL << (bit & 63);

    private bool IsSet(int bit) => (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;

    private static int First(ReadOnlySpan<char> w) => ((Math.Min(w.Length, 63) * 131 + Fold(w[0])) * 137 + Fold(w[^1])) & Mask;

    private static int Second(ReadOnlySpan<char> w) =>
        ((Math.Min(w.Length, 63) * 139 + Fold(w[Math.Min(1, w.Length - 1)])) * 149 + Fold(w[Math.Max(0, w.Length - 2)]) + 4099) & Mask;

    private static int Fold(char c) => c >= 128 || c is 'I' or 'i' or 'S' or 's' ? 0 : c is >= 'a' and <= 'z' ? c - 32 : c;
}
