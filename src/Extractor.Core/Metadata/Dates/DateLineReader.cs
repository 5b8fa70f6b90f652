using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Dates;

/// <summary>A date printed on a date line, with the label that introduced it.</summary>
internal readonly record struct LabelledDate(ParsedDate Date, DateLabel Label);

/// <summary>
/// Reads a date line: a short line that is mostly a date, perhaps with labels
/// (<c>Published : Jan 26, 2022 - 19:47   Updated : Jan 26, 2022 - 19:47</c>), a byline or a
/// relative time (<c>Faizan Hashmi 3 minutes ago Tue 03rd August 2021 | 01:10 AM</c>).
/// A date inside a sentence (a caption's "test-fired on Jan. 25, 2022") is not a date line.
/// </summary>
internal static partial class DateLineReader
{
    /// <summary>Longest remainder, once dates and labels are taken out, for a line to count as a date line.</summary>
    private const int MaxRemainder = 48;


    [GeneratedRegex(@"\b\d+\s+(?:second|minute|min|hour|hr|day|week)s?\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^\s*(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)(?::(?<s>[0-5]\d))?\s*(?<ap>[ap]\.?\s?m\.?)?\s*(?<tz>[A-Z]{2,5}|[+-]\d{2}:?\d{2})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeLine();

    /// <summary>A line holding only a time (<c>5:50 PM</c>, <c>13:56 KST</c>), or null.</summary>
    public static (TimeOnly Time, bool HasSeconds, string? Offset)? TimeOnly(string line, DateWords words)
    {
        var m = TimeLine().Match(line);
        if (!m.Success)
        {
            return null;
        }

        var hour = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["mi"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ap"].Success)
        {
            if (hour is 0 or > 12)
            {
                return null;
            }

            hour = hour % 12 + (char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p' ? 12 : 0);
        }

        return (new TimeOnly(hour, minute, second), m.Groups["s"].Success, m.Groups["tz"].Success ? DateParser.Offset(m.Groups["tz"].Value, words) : null);
    }

    /// <summary>The dates of a date line, each with its label; empty when the line is not a date line.</summary>
    public static IReadOnlyList<LabelledDate> Read(string line, DateWords words)
    {
        if (line.Length is 0 or > 160)
        {
            return [];
        }

        var dates = DateParser.FindAll(line, words);
        if (dates.Count == 0)
        {
            return [];
        }

        var labels = words.MayHoldLabel(line) ? words.Label.Matches(line) : null;
        var rest = line;
        foreach (var d in dates.Reverse())
        {
            rest = rest.Remove(d.Index, d.Length);
        }

        rest = RelativeTime().Replace(rest, " ");
        if (words.MayHoldLabel(rest))
        {
            rest = words.Label.Replace(rest, " ");
        }

        rest = string.Concat(rest.Where(c => char.IsLetterOrDigit(c) || c == ' '));
        // A long remainder, or one with several lower-case words, is a sentence that mentions a
        // date (a caption's "leaves PortMiami on Aug. 31, 2019"), not a date line.
        if (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var remainder
            && (string.Join(' ', remainder).Length > MaxRemainder || remainder.Count(w => char.IsLower(w[0])) >= 4))
        {
            return [];
        }

        var result = new List<LabelledDate>();
        var previousEnd = 0;
        foreach (var d in dates)
        {
            var label = DateLabel.None;
            foreach (Match l in labels ?? (IEnumerable<Match>)[])
            {
                if (l.Index >= previousEnd && l.Index < d.Index)
                {
                    label = l.Groups["upd"].Success ? DateLabel.Updated : l.Groups["pub"].Success ? DateLabel.Published : DateLabel.Generic;
                }
            }

            result.Add(new LabelledDate(d.Date, label));
            previousEnd = d.Index + d.Length;
        }

        return result;
    }
}
