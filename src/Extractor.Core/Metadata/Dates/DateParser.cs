using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Dates;

/// <summary>A date found in a string: where it is and what it says.</summary>
internal readonly record struct DateMatch(int Index, int Length, ParsedDate Date);

/// <summary>
/// Finds printed dates in a string, in the forms news pages use (issue 4): ISO and crawler headers
/// (<c>2022-01-26</c>), RFC 822 (<c>Fri, 13 May 2022 14:20:00 +0000</c>), month-first
/// (<c>Jan 26, 2022 - 19:47</c>), day-first (<c>Tue 03rd August 2021 | 01:10 AM</c>), dotted
/// (<c>2021.07.08 13:56</c>), time-first (<c>23:31 March 02, 2022</c>), CJK (<c>2022年1月26日</c>),
/// with the month names of many languages (<see cref="DateWords"/>). A time is attached only when printed next to the date, and an
/// offset only when printed after the time.
/// </summary>
internal static partial class DateParser
{
    // A month is any word here; the grammar keeps it only when the month names of
    // Resources/Metadata/dates.json (many languages) know it (DateWords.MonthOf).
    private const string Month = "(?<mon>\\p{L}{3,12})";

    private const string Weekday =
        "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?\\s+)?";

    private const string Year = "(?<y>(?:19|20)\\d{2})";

    private const string Time =
        "(?<h>[01]?\\d|2[0-3])(?:[:h]|\\s*[時时시]\\s*)(?<mi>[0-5]\\d)(?:\\s*[分분])?(?::(?<s>[0-5]\\d)(?:\\.\\d+)?)?"
        + "(?:\\s*(?<ap>[ap])\\.?\\s?m\\b\\.?)?"
        + "(?:\\s*(?<tz>Z\\b|[+-]\\d{2}:?\\d{2}\\b|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|(?-i:\\b[A-Z]{2,5}\\b)))?";

    [GeneratedRegex("\\b" + Year + "(?<sep>[-./])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d)\\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    [GeneratedRegex(Year + "\\s*[年년]\\s*(?<m>\\d{1,2})\\s*[月월]\\s*(?<d>\\d{1,2})\\s*[日일]?", RegexOptions.CultureInvariant)]
    private static partial Regex Cjk();

    [GeneratedRegex("\\b" + Weekday + Month + "\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+" + Year + "(?:\\b|(?=\\d{1,2}:\\d\\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    // "2. November 2021", "2 de noviembre de 2021", "2 листопада 2021", "02 Kasım 2021"; Arabic pages of the
    // Levant name a month twice, its Syriac and its Latin name ("24 نيسان / أبريل 2020", dates set 1588107198).
    [GeneratedRegex("(?<![\\w.])" + Weekday + "(?<d>\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+|de\\s+)?" + Month + "(?:\\s*/\\s*(?<mon2>\\p{L}{3,12}))?\\.?,?\\s+(?:de\\s+)?" + Year + "\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    // "28.09.19" and "12:44" glued by a page's markup ("28.09.1912:44") are no date of 1912: a
    // year runs into no time (dates set d43f330cbaf74e92b9aec85e937cb904).
    // German pages also space the dotted form: "4. 2. 2022" (dates set dtb-tennis.de-nominiert).
    [GeneratedRegex("(?<![\\d.])(?<d>\\d{1,2})(?:(?<sep>[./])(?<m>\\d{1,2})\\k<sep>|\\.\\s(?<m>\\d{1,2})\\.\\s)" + Year + "(?!\\d|:\\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayFirst();

    // "11/19/19 06:56 AM EST": a two-digit year is read only with a time after it, US month-first.
    [GeneratedRegex("(?<![\\d/.])(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<yy>\\d{2})(?=\\s+\\d{1,2}:\\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYear();

    // "28.09.19 12:44", "28.09.1912:44" (a forum's date and time glued by its markup, dates set
    // d43f330cbaf74e92b9aec85e937cb904): a two-digit year, day first, read anywhere when a time follows it.
    [GeneratedRegex("(?<![\\d.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<yy>\\d{2})(?=,?\\s?(?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d))", RegexOptions.CultureInvariant)]
    private static partial Regex ShortDottedTimed();

    // "28.01.22": a two-digit year, day first, read only where the element says it holds a date.
    [GeneratedRegex("(?<![\\d.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<yy>\\d{2})(?![\\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortDotted();

    /// <summary>The first date in the text of an element marked as a date, where a two-digit year (<c>28.01.22</c>) is read too.</summary>
    public static ParsedDate? ParseMarked(string text, DateWords words)
    {
        if (ParseFirst(text, words) is { } full)
        {
            return full;
        }

        var found = new List<DateMatch>();
        Collect(text, ShortDotted(), found, words);
        return found.Count > 0 ? found[0].Date : null;
    }

    /// <summary>Every date with a two-digit year, day first (<c>02.12.19</c>), in <paramref name="text"/>.</summary>
    public static IReadOnlyList<DateMatch> FindShortDotted(string text, DateWords words)
    {
        var found = new List<DateMatch>();
        if (text.Contains('.', StringComparison.Ordinal))
        {
            Collect(text, ShortDotted(), found, words);
        }

        return found;
    }

    [GeneratedRegex("^\\s*(?:[,|@/–—-]|\\bat\\b|T)?\\s*(?:[,|]\\s*)?" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeAfter();

    [GeneratedRegex("(?<![\\d:])" + Time + "\\s*(?:[,|–—-]|\\bon\\b)?\\s*" + Weekday + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeBefore();

    /// <summary>Every date in <paramref name="text"/>, left to right, overlaps resolved to the longer match.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text, DateWords words, NumericOrder order = NumericOrder.DayFirst)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMatch>();
        // Every pattern but ShortYear holds a Year (19xx or 20xx, ASCII digits) and ShortYear a
        // '/': most lines of prose have neither, and need not meet six patterns.
        if (text.Contains("19", StringComparison.Ordinal) || text.Contains("20", StringComparison.Ordinal))
        {
            Collect(text, YearFirst(), found, words);
            Collect(text, Cjk(), found, words);
            Collect(text, MonthFirst(), found, words);
            Collect(text, DayFirst(), found, words);
            Collect(text, NumericDayFirst(), found, words, order);
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            Collect(text, ShortYear(), found, words);
        }

        if (MayHoldShortDottedTime(text))
        {
            Collect(text, ShortDottedTimed(), found, words);
        }

        found.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var kept = new List<DateMatch>();
        foreach (var m in found)
        {
            if (kept.Count > 0 && m.Index < kept[^1].Index + kept[^1].Length)
            {
                continue;
            }

            kept.Add(m);
        }

        return kept;
    }

    /// <summary>
    /// Whether <paramref name="text"/> has a time's colon (a digit on each side) with a dot among the eight characters
    /// before it, as every match of <see cref="ShortDottedTimed"/> has (<c>28.09.19, 12:44</c>): prose with a colon
    /// need not meet the pattern.
    /// </summary>
    private static bool MayHoldShortDottedTime(string text)
    {
        for (var colon = text.IndexOf(':', StringComparison.Ordinal); colon >= 0 && colon + 1 < text.Length; colon = text.IndexOf(':', colon + 1))
        {
            if (colon > 0 && char.IsAsciiDigit(text[colon - 1]) && char.IsAsciiDigit(text[colon + 1])
                && text.AsSpan(Math.Max(0, colon - 8), Math.Min(8, colon)).Contains('.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static ParsedDate? ParseFirst(string? text, DateWords words) =>
        text is null ? null : FindAll(text, words) is { Count: > 0 } all ? all[0].Date : null;

    private static void Collect(string text, Regex pattern, List<DateMatch> found, DateWords words, NumericOrder order = NumericOrder.DayFirst)
    {
        foreach (Match m in pattern.Matches(text))
        {
            if (!TryDay(m, words, order, out var day))
            {
                continue;
            }

            var start = m.Index;
            var end = m.Index + m.Length;
            TimeOnly? time = null;
            var seconds = false;
            string? offset = null;
            var after = TimeAfter().Match(text, end, Math.Min(40, text.Length - end));
            if (after.Success && after.Index == end)
            {
                (time, seconds, offset) = ReadTime(after, words);
                end = after.Index + after.Length;
            }
            else
            {
                var from = Math.Max(0, start - 40);
                var before = TimeBefore().Match(text[from..start]);
                if (before.Success)
                {
                    (time, seconds, offset) = ReadTime(before, words);
                    start = from + before.Index;
                }
            }

            found.Add(new DateMatch(start, end - start, new ParsedDate(day, time, seconds, offset)));
        }
    }

    private static bool TryDay(Match m, DateWords words, NumericOrder order, out DateOnly day)
    {
        day = default;
        var year = m.Groups["yy"].Success ? 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture) : int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["mon"].Success ? words.MonthOf(m.Groups["mon"].Value) : int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var date = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["mon2"].Success && words.MonthOf(m.Groups["mon2"].Value) != month)
        {
            return false;
        }

        if (!m.Groups["mon"].Success && m.Groups["y"].Success && m.Groups["y"].Index > m.Index && month > 12 && date <= 12)
        {
            // 01/26/2022: a day-first numeric date whose middle number cannot be a month is US month-first.
            (month, date) = (date, month);
        }
        else if (order == NumericOrder.MonthFirst && !m.Groups["mon"].Success && m.Groups["sep"].Value == "/" && m.Groups["y"].Index > m.Index && month <= 12 && date <= 12)
        {
            // 01/08/2022 on a page that writes its dates month first (NumericDateOrder): January 8.
            (month, date) = (date, month);
        }

        if (month is < 1 or > 12 || date < 1 || date > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, date);
        return true;
    }

    private static (TimeOnly? Time, bool Seconds, string? Offset) ReadTime(Match m, DateWords words)
    {
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var seconds = m.Groups["s"].Success;
        var second = seconds ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ap"].Success)
        {
            if (hour is 0 or > 12)
            {
                return (null, false, null);
            }

            var pm = m.Groups["ap"].Value.Equals("p", StringComparison.OrdinalIgnoreCase);
            hour = hour % 12 + (pm ? 12 : 0);
        }

        return (new TimeOnly(hour, minute, second), seconds, m.Groups["tz"].Success ? Offset(m.Groups["tz"].Value, words) : null);
    }

    /// <summary>An offset as ISO writes it, from what the page printed; null when it is no known zone.</summary>
    internal static string? Offset(string printed, DateWords words)
    {
        var tz = printed.Replace(" ", "", StringComparison.Ordinal);
        if (tz is "Z" or "z")
        {
            return "Z";
        }

        if (tz.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || tz.StartsWith("UTC", StringComparison.OrdinalIgnoreCase))
        {
            if (tz.Length == 3)
            {
                return "+00:00";
            }

            tz = tz[3..];
        }

        if (tz.Length > 1 && tz[0] is '+' or '-' && tz[1..].Replace(":", "", StringComparison.Ordinal) is var digits && digits.All(char.IsAsciiDigit))
        {
            digits = digits.Length switch
            {
                1 => "0" + digits + "00",
                2 => digits + "00",
                3 => "0" + digits,
                _ => digits,
            };
            return digits.Length == 4 ? $"{tz[0]}{digits[..2]}:{digits[2..]}" : null;
        }

        return words.Zones.TryGetValue(tz.ToUpperInvariant(), out var offset) ? offset : null;
    }
}
