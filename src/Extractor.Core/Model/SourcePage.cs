namespace Extractor.Core.Model;

/// <summary>
/// One page as read from disk: decoded content plus what the reader learned about it.
/// The reader is the only stage that touches files; everything after works on this record.
/// </summary>
public sealed record SourcePage(
    string Id,
    string Source,
    string Sha256,
    InputFormat Format,
    string Content,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The address the page was fetched from, where the input says it (a WARC record's target URI); else null.</summary>
    public string? Url { get; init; }
}
