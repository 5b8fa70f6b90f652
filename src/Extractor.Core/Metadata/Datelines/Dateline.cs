namespace Extractor.Core.Metadata.Datelines;

/// <summary>A dateline: the place in title case, its date (year resolved) if printed, and its credit.</summary>
internal sealed record Dateline(string Place, DateOnly? Date, string? Credit);
