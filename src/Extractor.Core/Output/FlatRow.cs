namespace Extractor.Core.Output;

/// <summary>
/// A record flattened to one row of csv, tsv or exploded jsonl (SPEC §4). Which columns are
/// written, and in which order, is the business of <see cref="FlatColumns"/>.
/// </summary>
public sealed record FlatRow
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Sha256 { get; init; }
    public string? CopyOf { get; init; }
    public required string InputFormat { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? Updated { get; init; }
    public string? Outlet { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public string? Dateline { get; init; }
    public int InteractionCount { get; init; }

    /// <summary>0-based index of the interaction this row describes; null when the document has none.</summary>
    public int? InteractionIndex { get; init; }

    public string? Medium { get; init; }
    public string? Cameo { get; init; }

    /// <summary>The PLOVER code written <c>CONSULT</c> or <c>CONSULT (mode)</c>.</summary>
    public string? Plover { get; init; }

    public string? InteractionDate { get; init; }

    /// <summary>The interaction's participants, each written <c>Name (Title, Country)</c>.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? Evidence { get; init; }
    public string? ParticipantName { get; init; }
    public string? ParticipantTitle { get; init; }
    public string? ParticipantCountry { get; init; }
    public string? ParticipantCountryCode { get; init; }
    public string? ParticipantOrganization { get; init; }
    public IReadOnlyList<string> Captions { get; init; } = [];
    public string? Text { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
