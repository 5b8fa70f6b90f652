using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Facts;

/// <summary>
/// The day an interaction took place (SPEC §5). The reference date is the dateline date, else the
/// publication date. A weekday is the latest such day on or before it; "today", "earlier in the
/// day", "this morning" are the reference date; "yesterday", "the previous day" the day before;
/// an explicit date is that day, its missing year taken from the reference date (the year before
/// when that would put the day far after it). Vague times ("last week", "recently") give null.
/// </summary>
public static partial class DateResolver
{
    /// <summary>The date of the first time expression in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Resolve(string text, DateOnly? reference) => Resolve(text, reference, int.MaxValue);

    /// <summary>The date of the first time expression that starts at or before <paramref name="maxStart"/>.</summary>
    public static DateOnly? Resolve(string text, DateOnly? reference, int maxStart) => Resolve(text, reference, maxStart, null);

    /// <summary>
    /// As <see cref="Resolve(string, DateOnly?, int)"/>, but a time expression right after one of
    /// <paramref name="reportingVerbs"/> dates the report, not the talks, and is passed over
    /// ("KCNA said on Saturday that Kim sent the letter": news g050).
    /// </summary>
    public static DateOnly? Resolve(string text, DateOnly? reference, int maxStart, IReadOnlySet<string>? reportingVerbs)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A parenthesis holds the dateline's or the wire's date ("SEOUL (Sputnik - 03rd August, 2021)"), not the talks'.
        var plain = ParenthesisPattern().Replace(text, m => new string(' ', m.Length));

        // "SEOUL, Sept. 28 (Xinhua) -- The defense chiefs ... held telephone talks Thursday night": the dateline's date is
        // the reference, not the talks' day.
        var dateline = DatelinePattern().Match(plain);
        if (dateline.Success)
        {
            plain = new string(' ', dateline.Length) + plain[dateline.Length..];
        }
        foreach (Match m in DatePattern().Matches(plain))
        {
            if (m.Index > maxStart)
            {
                break;
            }

            if (reportingVerbs is not null && DatesTheReport(plain, m.Index, reportingVerbs))
            {
                continue;
            }

            if (m.Groups["vague"].Success)
            {
                return null;
            }

            if (m.Groups["today"].Success)
            {
                return reference;
            }

            if (m.Groups["yesterday"].Success)
            {
                return reference?.AddDays(-1);
            }

            if (m.Groups["weekday"].Success)
            {
                if (m.Groups["next"].Success)
                {
                    continue;
                }

                if (reference is not { } r)
                {
                    return null;
                }

                var wanted = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
                var back = ((int)r.DayOfWeek - (int)wanted + 7) % 7;
                if (back == 0 && m.Groups["last"].Success)
                {
                    back = 7;
                }

                return r.AddDays(-back);
            }

            var monthText = m.Groups["month"].Success ? m.Groups["month"].Value : m.Groups["month2"].Value;
            var dayText = m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value;
            var yearText = m.Groups["year"].Success ? m.Groups["year"].Value : m.Groups["year2"].Value;
            if (m.Groups["iso"].Success)
            {
                return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
            }

            var month = MonthNumber(monthText);
            var day = int.Parse(dayText, CultureInfo.InvariantCulture);
            if (month == 0 || day is < 1 or > 31)
            {
                continue;
            }

            int year;
            if (yearText.Length > 0)
            {
                year = int.Parse(yearText, CultureInfo.InvariantCulture);
            }
            else if (reference is { } r)
            {
                year = r.Year;
                if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) > r.AddDays(31))
                {
                    year--; // "Dec. 30" in a January report
                }
            }
            else
            {
                return null;
            }

            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        return null;
    }

    /// <summary>
    /// The date written as a modifier of the talks' noun ("Trump's July 25 call with Zelensky", "the July 10 meeting"):
    /// the talks' own day, whatever other day the sentence names first ("the witness testifying Tuesday who listened in on
    /// the July 25 call"). Null when no such date stands right before <paramref name="nounStart"/>.
    /// </summary>
    public static DateOnly? ResolveBeforeNoun(string text, int nounStart, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = DateBeforeNounPattern().Match(text, 0, Math.Min(nounStart, text.Length));
        return m.Success ? Resolve(m.Value, reference) : null;
    }

    // The word before a time expression, past an "on", is a reporting verb: "said on Saturday", "reported Monday".
    private static bool DatesTheReport(string text, int start, IReadOnlySet<string> reportingVerbs)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }

        var space = before.LastIndexOfAny(' ', '\n', '\t');
        var word = before[(space + 1)..].ToString();
        return word.Length > 0 && reportingVerbs.Contains(word.ToLowerInvariant());
    }

    private static int MonthNumber(string text)
    {
        var key = text.TrimEnd('.').ToUpperInvariant();
        string[] months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
        for (var i = 0; i < months.Length; i++)
        {
            if (key.StartsWith(months[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^.{0,30}?\p{Lu}[\p{L}.'’ /-]{1,40},\s+" + Month + @"\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:--|—|–|-|:)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\b" + Month + @"\s+\d{1,2}(?:,?\s+\d{4})?\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateBeforeNounPattern();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex ParenthesisPattern();

    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(
        @"\b(?:(?<vague>last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|this\s+week|recently|in\s+recent\s+(?:days|weeks))"
        + @"|(?<today>today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+(?:today|in\s+the\s+day)|later\s+in\s+the\s+day|on\s+the\s+same\s+day)"
        + @"|(?<yesterday>yesterday|the\s+previous\s+day|a\s+day\s+earlier|the\s+day\s+before)"
        + @"|(?:(?<last>last|this\s+past)\s+|(?<next>next|this\s+coming|coming)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        + @"|(?<iso>\d{4}-\d{2}-\d{2})"
        + @"|(?<month>" + Month + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4}))?"
        + @"|(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month2>" + Month + @")(?:,?\s+(?<year2>\d{4}))?)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
