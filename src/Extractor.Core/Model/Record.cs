namespace Extractor.Core.Model;

/// <summary>
/// The record written for every page (SPEC §3). Property order is the field order of every
/// output format. <see cref="Text"/> is null only when the user asked for <c>--no-text</c>.
/// </summary>
public sealed record Record
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Sha256 { get; init; }

    /// <summary>The id of the first page (in input order) whose text this page's is a copy of; null for none (README, "Syndicated copies").</summary>
    public string? CopyOf { get; init; }

    public required string InputFormat { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? Updated { get; init; }
    public string? Outlet { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public string? Dateline { get; init; }
    public IReadOnlyList<Interaction> Interactions { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
