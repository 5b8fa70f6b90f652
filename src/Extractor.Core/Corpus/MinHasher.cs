using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Extractor.Core.Corpus;

/// <summary>
/// MinHash over word shingles: the text's words (letters and digits, lower-cased) in runs of
/// <see cref="ShingleWords"/>, each run hashed to 64 bits, and <see cref="Hashes"/> minima of those hashes (one per
/// bin of one permutation, see <see cref="Sign"/>). Two texts share a minimum with probability equal to the Jaccard
/// similarity of their shingle sets, so the signature estimates it; shingles make the estimate indifferent to a
/// differing first or last paragraph, which only adds or removes its own shingles.
/// </summary>
public static class MinHasher
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;

    /// <summary>LSH bands; each band is <see cref="RowsPerBand"/> MinHash values.</summary>
    /// <remarks>
    /// 30 bands of 2 make a pair at Jaccard 0.29 a candidate with probability 0.93 (20 bands of 3: 0.38): a copy whose
    /// first paragraph is rewritten and half the rest cut (news g071 → g069, containment 0.71) has no higher Jaccard.
    /// Candidates cost one sketch comparison each, and the check decides; more bands find more, never call more.
    /// </remarks>
    public const int BandCount = 30;

    public const int RowsPerBand = 2;

    /// <summary>MinHash values per signature.</summary>
    public const int Hashes = BandCount * RowsPerBand;

    /// <summary>Texts with fewer shingles than this get no signature: too short to call a copy.</summary>
    public const int MinShingles = 25;

    // The hash that picks a shingle's bin and orders the shingles within it; and the start of each empty bin's
    // densification sequence.
    private const ulong ShingleSeed = 0x2545f4914f6cdd1dUL;
    private const ulong FillSeed = 0x9e3779b97f4a7c15UL;

    /// <summary>The signature of <paramref name="text"/>, or null when it is too short.</summary>
    /// <remarks>
    /// One permutation hashing (Li, Owen and Zhang 2012): each distinct shingle is hashed once, the hash's high bits
    /// choose one of the <see cref="Hashes"/> bins and the bin keeps its smallest hash, so a bin's value is the minimum
    /// of a random permutation restricted to a sixtieth of its range, and two texts agree on it with probability equal
    /// to their Jaccard similarity, as with sixty hash functions, for one hash a shingle instead of sixty. A bin no
    /// shingle fell in takes the value of the first non-empty bin along a fixed pseudo-random sequence of its own
    /// ("optimal densification", Shrivastava 2017), which keeps that probability for the empty bins too.
    /// </remarks>
    public static TextSignature? Sign(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var words = WordHashes(text);
        var runs = words.Count - ShingleWords + 1;
        if (runs < MinShingles)
        {
            return null;
        }

        Span<ulong> minima = stackalloc ulong[Hashes];
        minima.Fill(ulong.MaxValue);
        Span<bool> filled = stackalloc bool[Hashes];
        var table = new ShingleTable(runs);
        try
        {
            for (var i = 0; i < runs; i++)
            {
                var h = 0xcbf29ce484222325UL;
                for (var k = 0; k < ShingleWords; k++)
                {
                    h = Mix(h ^ words[i + k]);
                }

                if (!table.Add(h))
                {
                    continue;
                }

                var value = Mix(h ^ ShingleSeed);
                var bin = (int)Math.BigMul(value, Hashes, out _);
                filled[bin] = true;
                if (value < minima[bin])
                {
                    minima[bin] = value;
                }
            }

            if (table.Count < MinShingles)
            {
                return null;
            }

            Densify(minima, filled);
            var bands = new ulong[BandCount];
            for (var b = 0; b < BandCount; b++)
            {
                var key = Mix((ulong)b + 1);
                for (var r = 0; r < RowsPerBand; r++)
                {
                    key = Mix(key ^ minima[(b * RowsPerBand) + r]);
                }

                bands[b] = key;
            }

            var sketch = new byte[Hashes];
            for (var i = 0; i < Hashes; i++)
            {
                sketch[i] = (byte)minima[i];
            }

            return new TextSignature(table.Count, bands, sketch);
        }
        finally
        {
            table.Return();
        }
    }

    // Each empty bin takes the value of the first non-empty bin its own sequence of candidate bins reaches. The
    // sequence depends only on the bin and the step, never on the text, so two texts that share a value share it in
    // the bins that borrow it as well.
    private static void Densify(Span<ulong> minima, ReadOnlySpan<bool> filled)
    {
        for (var bin = 0; bin < Hashes; bin++)
        {
            if (filled[bin])
            {
                continue;
            }

            for (var step = 1UL; ; step++)
            {
                var candidate = (int)Math.BigMul(Mix(FillSeed ^ ((ulong)bin << 32) ^ step), Hashes, out _);
                if (filled[candidate])
                {
                    minima[bin] = minima[candidate];
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The Jaccard similarity estimated from two sketches: the share of equal bytes, less the 1 in 256 that agree by
    /// chance when the minima differ.
    /// </summary>
    public static double EstimateJaccard(byte[] a, byte[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        const double chance = 1.0 / 256;
        return Math.Max(0, ((double)same / a.Length - chance) / (1 - chance));
    }

    // The FNV-1a hash of each word: letters and digits, lower-cased; ASCII takes a short path with the same result.
    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        var h = 0UL;
        var inWord = false;
        foreach (var c in text)
        {
            char lower;
            if (c < 128)
            {
                if (char.IsAsciiLetterUpper(c))
                {
                    lower = (char)(c | 0x20);
                }
                else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
                {
                    lower = c;
                }
                else
                {
                    lower = '\0';
                }
            }
            else
            {
                lower = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            }

            if (lower != '\0')
            {
                h = ((inWord ? h : 0xcbf29ce484222325UL) ^ lower) * 0x100000001b3UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(h);
        }

        return words;
    }

    // SplitMix64's finaliser: a fast 64-bit mix with full avalanche.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    // The distinct shingles of one text: open addressing over a pooled array, at most half full. Zero marks a free
    // slot, so a shingle hashed to zero is counted by a flag of its own.
    private struct ShingleTable
    {
        private readonly ulong[] _slots;
        private readonly int _mask;
        private bool _hasZero;

        public ShingleTable(int capacity)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
            _slots = ArrayPool<ulong>.Shared.Rent(size);
            Array.Clear(_slots, 0, size);
            _mask = size - 1;
        }

        public int Count { get; private set; }

        /// <summary>Adds <paramref name="shingle"/>; false when it was there already.</summary>
        public bool Add(ulong shingle)
        {
            if (shingle == 0)
            {
                if (_hasZero)
                {
                    return false;
                }

                _hasZero = true;
                Count++;
                return true;
            }

            for (var i = (int)(shingle >> 40) & _mask; ; i = (i + 1) & _mask)
            {
                var slot = _slots[i];
                if (slot == shingle)
                {
                    return false;
                }

                if (slot == 0)
                {
                    _slots[i] = shingle;
                    Count++;
                    return true;
                }
            }
        }

        public readonly void Return() => ArrayPool<ulong>.Shared.Return(_slots);
    }
}
