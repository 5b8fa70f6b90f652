using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Dates;

/// <summary>How a page writes a numeric date whose day and month are both twelve or less (<c>01/08/2022</c>).</summary>
internal enum NumericOrder
{
    /// <summary>Day first (<c>01/08/2022</c> is 1 August): most of the world, and the reading when the page does not say.</summary>
    DayFirst,

    /// <summary>Month first (<c>01/08/2022</c> is January 8): the United States.</summary>
    MonthFirst,
}

/// <summary>
/// Decides, from the page, which way its slashed numeric dates run: a date that can be read only one way
/// (<c>01/26/2022</c>, <c>26/01/2022</c>) says how the page writes all of them, and so does a time zone of a
/// month-first country printed after one (<c>01/08/2022 08:01 PM EST</c>; <c>monthFirstZones</c> in dates.json).
/// The majority wins; without evidence, or with a tie, day first.
/// </summary>
internal static partial class NumericDateOrder
{
    // A slashed day and month (either order) and a four-digit year, then what follows on the line (a time, a zone).
    [GeneratedRegex(@"(?<![\d/.])(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>(?:19|20)\d{2})(?![\d/])(?<after>[^/]{0,24})", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedDate();

    /// <summary>The page's order, and whether the page gave any sign of it (false: day first by default).</summary>
    public static (NumericOrder Order, bool Stated) Of(IReadOnlyList<string> lines, DateWords words)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(words);
        int dayFirst = 0, monthFirst = 0;
        foreach (var (a, b, match) in SlashedDates(lines))
        {
            if (a > 12 && b is >= 1 and <= 12)
            {
                dayFirst++;
            }
            else if (b > 12 && a is >= 1 and <= 12)
            {
                monthFirst++;
            }
            else if (a <= 12 && b <= 12 && HasMonthFirstZone(match.Groups["after"].Value, words))
            {
                monthFirst++;
            }
        }

        return (monthFirst > dayFirst ? NumericOrder.MonthFirst : NumericOrder.DayFirst, monthFirst != dayFirst);
    }

    /// <summary>
    /// A slashed date of <paramref name="lines"/> that reads as <paramref name="day"/> day first and as another day
    /// month first (<c>01/08/2022</c>), as printed; null when there is none.
    /// </summary>
    public static string? EitherWay(IReadOnlyList<string> lines, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var (a, b, match) in SlashedDates(lines))
        {
            if (a != b && a == day.Day && b == day.Month && int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) == day.Year)
            {
                return match.Value[..(match.Length - match.Groups["after"].Length)];
            }
        }

        return null;
    }

    // Each slashed date of the lines: its first and second number, and the match (with what follows it on the line).
    private static IEnumerable<(int A, int B, Match Match)> SlashedDates(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (!line.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in SlashedDate().Matches(line))
            {
                yield return (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture), m);
            }
        }
    }

    private static bool HasMonthFirstZone(string after, DateWords words)
    {
        foreach (var token in after.Split([' ', ',', '(', ')', '|', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.MonthFirstZones.Contains(token))
            {
                return true;
            }
        }

        return false;
    }
}
