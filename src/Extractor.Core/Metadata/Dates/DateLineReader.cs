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

    [GeneratedRegex(@"(?<upd>last\s+updated|updated|modified|revised|수정|更新|更新日時|最終更新|обновлено|изменено)|(?<pub>first\s+published|published|posted|issued|release[ds]?|입력|등록|公開|発表|配信|发布时间|发布|發佈|опубликовано)|(?<gen>\bdate\b|日期|날짜)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"\b\d+\s+(?:second|minute|min|hour|hr|day|week)s?\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    /// <summary>The dates of a date line, each with its label; empty when the line is not a date line.</summary>
    public static IReadOnlyList<LabelledDate> Read(string line)
    {
        if (line.Length is 0 or > 160)
        {
            return [];
        }

        var dates = DateParser.FindAll(line);
        if (dates.Count == 0)
        {
            return [];
        }

        var labels = Label().Matches(line);
        var rest = line;
        foreach (var d in dates.Reverse())
        {
            rest = rest.Remove(d.Index, d.Length);
        }

        rest = Label().Replace(RelativeTime().Replace(rest, " "), " ");
        rest = string.Concat(rest.Where(c => char.IsLetterOrDigit(c) || c == ' '));
        if (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words && string.Join(' ', words).Length > MaxRemainder)
        {
            return [];
        }

        var result = new List<LabelledDate>();
        var previousEnd = 0;
        foreach (var d in dates)
        {
            var label = DateLabel.None;
            foreach (Match l in labels)
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
