using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Dates;

/// <summary>
/// Page-level date checks and last resorts (issue 13): the local day of a UTC instant, the
/// date printed in the page's own address, a date in a script's data and the lone visible date.
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

    // /2020/03/04/, /2020-03-04-, /20200304/, /2017/7/12/, /29-10-2021 in an address's path.
    [GeneratedRegex(@"/(?<d>0[1-9]|[12]\d|3[01])-(?<m>0[1-9]|1[0-2])-(?<y>(?:19|20)\d{2})(?=[/_.]|$)|/(?<y>(?:19|20)\d{2})(?:(?<sep>[/_-]?)(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12]\d|3[01])(?=[/_.-]|$|[^\d])|/(?<m>[1-9])/(?<d>[1-9]|[12]\d|3[01])/|/(?<m>1[0-2])/(?<d>[1-9])/)", RegexOptions.CultureInvariant)]
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

    // /2012/08/ in an address's path: a year and a month with no day after them.
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>0[1-9]|1[0-2])/(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PathMonth();

    /// <summary>The year and month an address's path gives without a day (<c>/2012/08/slug</c>), or null.</summary>
    public static (int Year, int Month)? MonthInAddress(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || PathMonth().Match(uri.AbsolutePath) is not { Success: true } m)
        {
            return null;
        }

        return (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture));
    }

    // "11/01/2023": day and month both twelve or less, in either order.
    [GeneratedRegex(@"^\s*(?<a>0?[1-9]|1[0-2])/(?<b>0?[1-9]|1[0-2])/(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex EitherOrder();

    /// <summary>
    /// The other reading of a numeric date whose day and month can be read in either order
    /// (<c>11/01/2023</c>), with the time <paramref name="read"/> has; null when there is none.
    /// </summary>
    public static ParsedDate? OtherReading(string raw, ParsedDate read)
    {
        if (EitherOrder().Match(raw) is not { Success: true } m || m.Groups["a"].Value.TrimStart('0') == m.Groups["b"].Value.TrimStart('0'))
        {
            return null;
        }

        var other = new DateOnly(read.Date.Year, read.Date.Day, read.Date.Month);
        return read with { Date = other };
    }

    /// <summary>The dates the visible text prints, line by line, read only as far as they are asked for.</summary>
    private static IEnumerable<ParsedDate> Printed(IReadOnlyList<string> lines, DateWords words) =>
        lines.SelectMany(line => DateParser.FindAll(line, words)).Select(found => found.Date);

    /// <summary>Whether the visible text prints the given day.</summary>
    public static bool Prints(IReadOnlyList<string> lines, DateOnly day, DateWords words) =>
        Printed(lines, words).Any(d => d.Date == day);

    /// <summary>The first date the visible text prints in the given month, or null.</summary>
    public static ParsedDate? FirstVisibleIn(IReadOnlyList<string> lines, (int Year, int Month) month, DateWords words)
    {
        foreach (var date in Printed(lines, words))
        {
            if (date.Date.Year == month.Year && date.Date.Month == month.Month)
            {
                return date;
            }
        }

        return null;
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

    // "publishedDate":"2016-11-04T20:37:27Z", "published_at":"2019-03-02T06:22:28+01:00": a
    // publication date in a script's data (a shop's product, a review) outside JSON-LD.
    [GeneratedRegex(@"""(?:date_?)?[Pp]ublish(?:ed)?(?:_?(?:[Aa]t|[Dd]ate|[Tt]ime|[Oo]n))?""\s*:\s*""(?<v>[^""]{8,40})""", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptPublished();

    /// <summary>The first publication date a script's data in the page's source gives under a publication key, or null.</summary>
    public static ParsedDate? InScriptData(string source, DateWords words)
    {
        if (!source.Contains("ublish", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (Match m in ScriptPublished().Matches(source))
        {
            if (DateParser.ParseFirst(m.Groups["v"].Value, words) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The day a page's visible text prints, when every date printed in it is that one day (a
    /// blog's "am Samstag, 3. Dezember 2011 um … veröffentlicht", a notice's "01.02.2022" opening
    /// its first paragraph), with a time if one printing has it; null when it prints none or
    /// several days. A last resort: a lone date on a page that gives no other is its date.
    /// </summary>
    public static ParsedDate? LoneVisible(IReadOnlyList<string> lines, DateWords words)
    {
        ParsedDate? lone = null;
        foreach (var date in Printed(lines, words))
        {
            if (lone is not { } l || (l.Date == date.Date && l.Time is null && date.Time is not null))
            {
                lone = date;
            }
            else if (l.Date != date.Date)
            {
                return null;
            }
        }

        if (lone is not null)
        {
            return lone;
        }

        // A page printing no date with a four-digit year may print its date with two ("02.12.19"
        // over the headline, dates set hertie-school.org.leyen): the same test on those.
        foreach (var line in lines)
        {
            foreach (var found in DateParser.FindShortDotted(line, words))
            {
                if (lone is { } l && l.Date != found.Date.Date)
                {
                    return null;
                }

                lone ??= found.Date;
            }
        }

        return lone;
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
