namespace Extractor.Core.Corpus;

/// <summary>
/// What the copy index keeps of a page's article text (README, "Syndicated copies"): the number of its word
/// shingles, the LSH band keys of its MinHash signature, and a one-byte sketch of each MinHash value for checking a
/// candidate. Made by <see cref="MinHasher"/> on the worker that processed the page; the text itself is not kept.
/// </summary>
public sealed record TextSignature(int Shingles, IReadOnlyList<ulong> Bands, byte[] Sketch);
