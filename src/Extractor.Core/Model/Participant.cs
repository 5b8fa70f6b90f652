namespace Extractor.Core.Model;

/// <summary>A party to an interaction (SPEC §3, Participant).</summary>
public sealed record Participant(
    string? Name,
    string? Title,
    string? Country,
    string? CountryCode,
    string? Organization);
