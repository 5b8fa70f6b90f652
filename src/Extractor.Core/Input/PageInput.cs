using Extractor.Core.Input.Warc;

namespace Extractor.Core.Input;

/// <summary>A page to read: its record id, its path as written in records, and where to read it.</summary>
/// <param name="Id">The record id (SPEC §3).</param>
/// <param name="Source">The path as it was read, '/'-separated.</param>
/// <param name="Path">The file to open, or null for standard input.</param>
/// <param name="Listed">Found by walking a folder, rather than named on the command line.</param>
public sealed record PageInput(string Id, string Source, string? Path, bool Listed = false)
{
    public bool IsStandardInput => Path is null;

    /// <summary>A page read out of a WARC file (<see cref="Path"/>): its bytes and what the record said; null for a page file.</summary>
    public WarcPayload? Warc { get; init; }

    /// <summary>Why a record of a container could not be read, reported as this page's error; null when it could.</summary>
    public string? Error { get; init; }
}
