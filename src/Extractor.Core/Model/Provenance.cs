using System.Text.Json.Serialization;

namespace Extractor.Core.Model;

/// <summary>
/// Where a record's title, dates and authors came from (issue 13): one of the
/// <see cref="ProvenanceSource"/> values per field, and only for fields that were found. Users
/// ask for it first when a date is wrong: it tells a JSON-LD date from a URL guess.
/// </summary>
public sealed record Provenance
{
    public static Provenance Empty { get; } = new();

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Published { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Updated { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Authors { get; init; }

    /// <summary>The csv/tsv form: <c>title=h1; published=json-ld</c>, fields in record order; empty when nothing was found.</summary>
    public override string ToString()
    {
        var parts = new List<string>(4);
        Add(parts, "title", Title);
        Add(parts, "published", Published);
        Add(parts, "updated", Updated);
        Add(parts, "authors", Authors);
        return string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string field, string? source)
    {
        if (source is not null)
        {
            parts.Add(field + "=" + source);
        }
    }
}
