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

    /// <summary>Longest line that can be a label standing alone.</summary>
    private const int MaxLabelLine = 40;

    /// <summary>
    /// The dates of line <paramref name="index"/>, as <see cref="Read(string, DateWords)"/> gives them, where a first date
    /// with no label of its own takes the label printed alone on the line before it: pages put the label and the date in
    /// two elements (<c>Letzte Änderung:</c> above <c>14.01.2022 um 09:25</c>, dates set gipfelbuch.ch-hochaufloesung;
    /// <c>Joined</c> above a forum member's <c>May 11, 2017</c>, dates set 1552005464).
    /// </summary>
    public static IReadOnlyList<LabelledDate> Read(IReadOnlyList<string> lines, int index, DateWords words, NumericOrder order = NumericOrder.DayFirst)
    {
        var dates = Read(lines[index], words, order);
        if (dates is [{ Label: DateLabel.None } first, ..] && index > 0 && LabelOnly(lines[index - 1], words) is { } label)
        {
            return [first with { Label = label }, .. dates.Skip(1)];
        }

        return dates;
    }

    /// <summary>The kind of label a line holds when it holds nothing but one label (<c>Letzte Änderung:</c>, <c>Joined</c>), or null.</summary>
    public static DateLabel? LabelOnly(string line, DateWords words)
    {
        if (line.Length is 0 or > MaxLabelLine || !words.MayHoldLabel(line) || words.Label.Match(line) is not { Success: true } m)
        {
            return null;
        }

        for (var i = 0; i < line.Length; i++)
        {
            if ((i < m.Index || i >= m.Index + m.Length) && char.IsLetterOrDigit(line[i]))
            {
                return null;
            }
        }

        return KindOf(m);
    }

    private static DateLabel KindOf(Match label) =>
        label.Groups["upd"].Success ? DateLabel.Updated
        : label.Groups["pub"].Success ? DateLabel.Published
        : label.Groups["oth"].Success ? DateLabel.Other
        : DateLabel.Generic;

    /// <summary>The dates of a date line, each with its label; empty when the line is not a date line.</summary>
    public static IReadOnlyList<LabelledDate> Read(string line, DateWords words, NumericOrder order = NumericOrder.DayFirst)
    {
        if (line.Length is 0 or > 160)
        {
            return [];
        }

        var dates = DateParser.FindAll(line, words, order);
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
                    label = KindOf(l);
                }
            }

            result.Add(new LabelledDate(d.Date, label));
            previousEnd = d.Index + d.Length;
        }

        return result;
    }
}
