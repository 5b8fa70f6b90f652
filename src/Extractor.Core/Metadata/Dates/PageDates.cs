using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Dates;

/// <summary>
/// Page-level date checks and last resorts (issue 13): the local day of a UTC instant, and the
/// date printed in the page's own address.
/// </summary>
internal static partial class PageDates
{
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>A date and time in ISO form, <c>2020-02-17T21:18:11-05:00</c> or <c>2020-02-17 21:18</c>.</summary>
    internal const string IsoDateTimePattern = @"(?<!\d)(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})[T ](?<h>[01]\d|2[0-3]):(?<mi>[0-5]\d)(?::(?<s>[0-5]\d))?(?:\.\d+)?(?<tz>Z|[+-]\d{2}:?\d{2})?";

    // Where the pattern starts a match: the position it is tried at (\G), no other.
    [GeneratedRegex(@"\G" + IsoDateTimePattern, RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTimeAt();

    // Characters at fixed offsets of every match, before the hour's colon: year (from '1' or '2'),
    // dash, dash, 'T' or a space; the colon is 13 characters after the match's start.
    private const int ColonOffset = 13;

    // /2020/03/04/, /2020-03-04-, /20200304/ in an address's path.
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?<sep>[/_-]?)(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12]\d|3[01])(?=[/_.-]|$|[^\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PathDate();

    /// <summary>
    /// A publication time stated in UTC (<c>2020-02-18T02:18:11Z</c>) as the page prints it in its
    /// own time zone, when the page's source holds the same instant in local time
    /// (<c>2020-02-17 21:18:11</c>, <c>2020-02-17T21:18:11-05:00</c>) on another day: readers
    /// and the page date the story by its local day. Otherwise the date as given.
    /// </summary>
    public static ParsedDate LocalDay(ParsedDate date, string source)
    {
        if (date.Time is not { } time || date.Offset is not ("Z" or "+00:00"))
        {
            return date;
        }

        var utc = date.Date.ToDateTime(time);
        foreach (var m in IsoDateTimes(source))
        {
            if (!TryLocal(m, out var local, out var seconds, out var offset))
            {
                continue;
            }

            var minutes = (local - utc).TotalMinutes;
            if (minutes == 0 || Math.Abs(minutes) > MaxOffsetMinutes || minutes % 15 != 0 || (seconds && date.HasSeconds && local.Second != utc.Second))
            {
                continue;
            }

            if (offset is { } o && o != (int)minutes)
            {
                continue;
            }

            if (DateOnly.FromDateTime(local) == date.Date)
            {
                return date;
            }

            var printed = offset is null ? null : m.Groups["tz"].Value is var tz && tz.Length == 5 ? tz[..3] + ":" + tz[3..] : m.Groups["tz"].Value;
            return new ParsedDate(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), seconds, printed);
        }

        return date;
    }

    /// <summary>
    /// The matches of <see cref="IsoDateTimePattern"/> in <paramref name="source"/>, left to right and not
    /// overlapping, as <c>Regex.Matches</c> gives them. A whole page's source is mostly markup: the pattern tried
    /// from every '1' and '2' of it was 1.6% of the HTML bench's instructions, so it is tried only where the
    /// hour's colon has the match's dashes and its 'T' or space at their places (a vectorised hop from colon to
    /// colon). Every match has them, so none is missed; the pattern then decides, digits and all.
    /// </summary>
    internal static IEnumerable<Match> IsoDateTimes(string source)
    {
        var regex = IsoDateTimeAt();
        var colon = source.IndexOf(':', ColonOffset);
        while (colon >= 0)
        {
            var start = colon - ColonOffset;
            var next = colon + 1;
            if (source[colon - 3] is 'T' or ' ' && source[colon - 6] == '-' && source[colon - 9] == '-' && source[start] is '1' or '2')
            {
                var m = regex.Match(source, start);
                if (m.Success)
                {
                    yield return m;
                    next = Math.Max(next, m.Index + m.Length + ColonOffset);
                }
            }

            colon = next < source.Length ? source.IndexOf(':', next) : -1;
        }
    }

    /// <summary>The date in an address's path (<c>/2020/03/04/</c>, <c>/20200304/</c>), or null.</summary>
    public static ParsedDate? InAddress(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var m = PathDate().Match(uri.AbsolutePath);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new ParsedDate(new DateOnly(year, month, day), null, false, null) : null;
    }

    private static bool TryLocal(Match m, out DateTime local, out bool seconds, out int? offset)
    {
        local = default;
        offset = null;
        seconds = m.Groups["s"].Success;
        var tz = m.Groups["tz"].Value;
        if (tz == "Z")
        {
            return false;
        }

        if (tz.Length > 0)
        {
            var digits = tz[1..].Replace(":", "", StringComparison.Ordinal);
            var minutes = (int.Parse(digits[..2], CultureInfo.InvariantCulture) * 60) + int.Parse(digits[2..], CultureInfo.InvariantCulture);
            if (minutes == 0)
            {
                return false;
            }

            offset = tz[0] == '-' ? -minutes : minutes;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        local = new DateTime(year, month, day, int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture), seconds ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0, DateTimeKind.Unspecified);
        return true;
    }
}
