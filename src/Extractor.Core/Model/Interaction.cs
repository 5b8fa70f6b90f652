namespace Extractor.Core.Model;

/// <summary>One reported communication between two or more parties (SPEC §3, Interaction).</summary>
public sealed record Interaction(
    string Medium,
    string? Date,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    string Evidence,
    int EvidenceStart);
