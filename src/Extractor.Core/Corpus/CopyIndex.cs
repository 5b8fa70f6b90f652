namespace Extractor.Core.Corpus;

/// <summary>
/// Finds syndicated copies in one pass over the corpus in input order (README, "Syndicated copies"): each page's
/// LSH band keys are looked up among those of the group-first pages seen before it; a page that shares a band with
/// one is checked against it by the Jaccard similarity its MinHash sketch estimates, turned into containment (the
/// share of the shorter text's shingles found in the other), and is its copy when that is at least
/// <see cref="MinContainment"/>. A page that is no copy becomes a group's first and its bands are indexed.
/// </summary>
/// <remarks>
/// No pair of pages is compared unless they share a band, so the work is linear in the corpus. Memory per
/// indexed page: its <see cref="MinHasher.BandCount"/> band keys (a dictionary entry each), its 60-byte sketch, its
/// shingle count and its id; copies and pages too short to sign are not indexed. Fed in input order, the result never
/// depends on how many pages ran in parallel.
/// </remarks>
public sealed class CopyIndex
{
    /// <summary>The containment a candidate needs to be called a copy (non-copies on the dev sets stay under 0.23).</summary>
    public const double MinContainment = 0.5;

    /// <summary>
    /// The shorter text's share of the longer's shingle count a copy needs, so that a short text inside a long one (a
    /// site's disclaimer that is the whole text of one page and the footer of another, ratio 0.22 in the
    /// article-extraction text dumps) is no copy of it, while a dump that kept a third of its page (0.32) is. Counts are
    /// exact, unlike the sketch's estimate, so the rule does not waver: the estimated Jaccard floor of 0.2 it replaces
    /// missed a real copy at 0.29 (news g071 → g069) one time in 14 and passed the disclaimer pair about as often as not.
    /// </summary>
    public const double MinSizeRatio = 0.25;

    private readonly Dictionary<ulong, int> _bands = [];
    private readonly List<string> _ids = [];
    private readonly List<int> _shingles = [];
    private byte[] _sketches = new byte[MinHasher.Hashes * 64];

    /// <summary>Pages indexed as the first of their group.</summary>
    public int Indexed => _ids.Count;

    /// <summary>
    /// Adds the next page in input order and returns the id of the group-first page it copies, or null when it copies
    /// none (it is then indexed as a group's first). A page without a signature is neither.
    /// </summary>
    public string? Add(string id, TextSignature? signature)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (signature is null)
        {
            return null;
        }

        var best = -1;
        var bestScore = 0.0;
        foreach (var band in signature.Bands)
        {
            if (!_bands.TryGetValue(band, out var candidate) || candidate == best)
            {
                continue;
            }

            var score = Containment(signature, candidate);
            if (score >= MinContainment && (score > bestScore || (score == bestScore && candidate < best)))
            {
                best = candidate;
                bestScore = score;
            }
        }

        if (best >= 0)
        {
            return _ids[best];
        }

        var index = _ids.Count;
        _ids.Add(id);
        _shingles.Add(signature.Shingles);
        if ((index + 1) * MinHasher.Hashes > _sketches.Length)
        {
            Array.Resize(ref _sketches, _sketches.Length * 2);
        }

        signature.Sketch.CopyTo(_sketches, index * MinHasher.Hashes);
        foreach (var band in signature.Bands)
        {
            _bands.TryAdd(band, index);
        }

        return null;
    }

    private double Containment(TextSignature signature, int candidate)
    {
        double a = signature.Shingles, b = _shingles[candidate];
        if (Math.Min(a, b) < MinSizeRatio * Math.Max(a, b))
        {
            return 0;
        }

        var sketch = _sketches.AsSpan(candidate * MinHasher.Hashes, MinHasher.Hashes).ToArray();
        var jaccard = MinHasher.EstimateJaccard(signature.Sketch, sketch);

        // |A ∩ B| = J (|A| + |B|) / (1 + J), over the smaller set.
        return jaccard * (a + b) / (1 + jaccard) / Math.Min(a, b);
    }
}
