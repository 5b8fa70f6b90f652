using System.Globalization;

namespace Extractor.Core.Metadata.Dates;

/// <summary>
/// A date as a page prints it: the day, and the time and offset only when they were printed
/// (SPEC §3), so <see cref="ToIso"/> never invents precision.
/// </summary>
internal readonly record struct ParsedDate(DateOnly Date, TimeOnly? Time, bool HasSeconds, string? Offset)
{
    /// <summary>ISO 8601: <c>2022-01-26</c>, <c>2022-01-26T19:47</c>, <c>2022-05-13T14:20:00+00:00</c>.</summary>
    public string ToIso()
    {
        var day = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } t)
        {
            return day;
        }

        var time = t.ToString(HasSeconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture);
        return $"{day}T{time}{Offset}";
    }

    /// <summary>True when both give the same day and <paramref name="other"/> adds nothing this lacks.</summary>
    public bool IsAtLeastAsPreciseAs(ParsedDate other) => Time is not null || other.Time is null;
}
