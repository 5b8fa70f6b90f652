using System.Runtime.CompilerServices;

namespace Extractor.Core.Corpus;

/// <summary>
/// MinHash over word shingles: the text's words (letters and digits, lower-cased) in runs of
/// <see cref="ShingleWords"/>, each run hashed to 64 bits, and for each of <see cref="Hashes"/> hash functions the
/// smallest value over the runs. Two texts share a minimum with probability equal to the Jaccard similarity of their
/// shingle sets, so the signature estimates it; shingles make the estimate indifferent to a differing first or last
/// paragraph, which only adds or removes its own shingles.
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

    private static readonly ulong[] Seeds = MakeSeeds();

    // The seeds after Mix's first xor-shift, s ^ (s >> 30): see Sign.
    private static readonly ulong[] StepSeeds = Array.ConvertAll(Seeds, s => s ^ (s >> 30));

    /// <summary>The signature of <paramref name="text"/>, or null when it is too short.</summary>
    public static TextSignature? Sign(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var words = WordHashes(text);
        var shingles = new HashSet<ulong>(Math.Max(0, words.Count - ShingleWords + 1));
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var k = 0; k < ShingleWords; k++)
            {
                h = Mix(h ^ words[i + k]);
            }

            shingles.Add(h);
        }

        if (shingles.Count < MinShingles)
        {
            return null;
        }

        // Four hash functions at a time over a flat copy of the shingles, their minima kept in registers. Mix's first
        // step distributes over the seed's xor, Mix(s ^ seed) = MixRest(s ^ (s >> 30) ^ Seeds'), so each shingle takes
        // that step once instead of once per hash function (the same values for three fewer instructions a hash).
        var distinct = new ulong[shingles.Count];
        shingles.CopyTo(distinct);
        for (var i = 0; i < distinct.Length; i++)
        {
            distinct[i] ^= distinct[i] >> 30;
        }

        var minima = new ulong[Hashes];
        var j = 0;
        for (; j + 4 <= minima.Length; j += 4)
        {
            ulong seed0 = StepSeeds[j], seed1 = StepSeeds[j + 1], seed2 = StepSeeds[j + 2], seed3 = StepSeeds[j + 3];
            ulong min0 = ulong.MaxValue, min1 = ulong.MaxValue, min2 = ulong.MaxValue, min3 = ulong.MaxValue;
            foreach (var shingle in distinct)
            {
                var h0 = MixRest(shingle ^ seed0);
                var h1 = MixRest(shingle ^ seed1);
                var h2 = MixRest(shingle ^ seed2);
                var h3 = MixRest(shingle ^ seed3);
                if (h0 < min0)
                {
                    min0 = h0;
                }

                if (h1 < min1)
                {
                    min1 = h1;
                }

                if (h2 < min2)
                {
                    min2 = h2;
                }

                if (h3 < min3)
                {
                    min3 = h3;
                }
            }

            (minima[j], minima[j + 1], minima[j + 2], minima[j + 3]) = (min0, min1, min2, min3);
        }

        for (; j < minima.Length; j++)
        {
            var min = ulong.MaxValue;
            foreach (var shingle in distinct)
            {
                min = Math.Min(min, MixRest(shingle ^ StepSeeds[j]));
            }

            minima[j] = min;
        }

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

        return new TextSignature(shingles.Count, bands, sketch);
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

    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        var h = 0UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = ((inWord ? h : 0xcbf29ce484222325UL) ^ char.ToLowerInvariant(c)) * 0x100000001b3UL;
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
    private static ulong Mix(ulong z) => MixRest(z ^ (z >> 30));

    // Mix after its first xor-shift.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MixRest(ulong z)
    {
        z *= 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        var state = 0x9e3779b97f4a7c15UL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9e3779b97f4a7c15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
