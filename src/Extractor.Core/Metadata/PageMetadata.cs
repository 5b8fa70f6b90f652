namespace Extractor.Core.Metadata;

/// <summary>
/// What the metadata stage found (SPEC §3). Dates are already in the record's ISO 8601 form.
/// </summary>
/// <param name="Published">Publication time, ISO 8601 as SPEC §3 gives it, or null.</param>
/// <param name="Updated">Last update, same form, or null.</param>
/// <param name="Outlet">The publication's own name, or null.</param>
/// <param name="Authors">People credited with the article; never an agency.</param>
/// <param name="Agencies">News agencies credited.</param>
/// <param name="Dateline">The dateline place in title case, or null.</param>
/// <param name="DatelineDate">The date printed in the dateline (<c>SEOUL, Jan. 26 (Yonhap)</c>) with its year resolved, or null.</param>
/// <param name="Warnings">What the stage could not find or found in conflict.</param>
public sealed record PageMetadata(
    string? Published,
    string? Updated,
    string? Outlet,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Agencies,
    string? Dateline,
    DateOnly? DatelineDate,
    IReadOnlyList<string> Warnings)
{
    public static PageMetadata Empty { get; } = new(null, null, null, [], [], null, null, []);

    /// <summary>The address the page gives itself (an absolute canonical link, else og:url), or null.</summary>
    public string? Url { get; init; }

    /// <summary>Where <see cref="Published"/> came from (a <see cref="Model.ProvenanceSource"/> value), or null.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>Where <see cref="Updated"/> came from, or null.</summary>
    public string? UpdatedSource { get; init; }

    /// <summary>Where <see cref="Authors"/> came from, or null.</summary>
    public string? AuthorsSource { get; init; }

    /// <summary>
    /// The body whose release the page reproduces when that body is not the outlet (a State
    /// Department readout on a newswire), or null: where the story comes from, not who carries it.
    /// </summary>
    public string? ReleaseSource { get; init; }

    /// <summary>
    /// The day relative dates are resolved against (SPEC §5): the dateline date, else the
    /// publication date.
    /// </summary>
    public DateOnly? ReferenceDate =>
        DatelineDate ?? (Published is { Length: >= 10 } p && DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", out var d) ? d : null);
}
