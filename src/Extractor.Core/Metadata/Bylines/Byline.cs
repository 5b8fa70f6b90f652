namespace Extractor.Core.Metadata.Bylines;

/// <summary>What a byline credits: people (authors) and agencies, each in printed order.</summary>
internal sealed record Byline(IReadOnlyList<string> Authors, IReadOnlyList<string> Agencies)
{
    public static Byline None { get; } = new([], []);

    public bool IsEmpty => Authors.Count == 0 && Agencies.Count == 0;
}
