using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Metadata.Dates;

/// <summary>
/// The date grammar's words, by language (<c>Resources/Metadata/dates.json</c>): month names and
/// abbreviations, the labels that introduce a date line, and the class words of date elements.
/// Built once from the lexicon set and checked: twelve months, and no name standing for two.
/// </summary>
internal sealed class DateWords
{
    private readonly Dictionary<string, int> _months;

    private DateWords(Dictionary<string, int> months, Regex label, IReadOnlyList<string> dateMarks, IReadOnlyDictionary<string, string?> zones)
    {
        _months = months;
        Zones = zones;
        Label = label;
        DateMarks = dateMarks;
    }

    /// <summary>
    /// Matches a date label, with the groups <c>upd</c>, <c>pub</c> and <c>gen</c> saying which
    /// kind (updated, published, a generic <c>date</c>). Longer labels are tried first.
    /// </summary>
    public Regex Label { get; }

    /// <summary>Time-zone abbreviation → UTC offset (null: printed, but not trusted).</summary>
    public IReadOnlyDictionary<string, string?> Zones { get; }

    /// <summary>Words an element's class, id or itemprop holds when the element prints a date.</summary>
    public IReadOnlyList<string> DateMarks { get; }

    /// <summary>The month (1-12) a printed name or abbreviation stands for (any case, a trailing dot allowed), or 0.</summary>
    public int MonthOf(string word)
    {
        var key = word.TrimEnd('.').ToLowerInvariant();
        return _months.TryGetValue(key, out var month) ? month : 0;
    }

    /// <summary>Builds the grammar's words from <c>dates.json</c> and the time zones; fails when a name stands for two months or there are not twelve.</summary>
    public static DateWords From(DatesFile file, IReadOnlyDictionary<string, string?> zones)
    {
        ArgumentNullException.ThrowIfNull(file);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        if (file.Months.Count != 12)
        {
            throw new InvalidOperationException($"{file.Months.Count} months instead of 12");
        }

        for (var number = 1; number <= 12; number++)
        {
            foreach (var name in file.Months[number - 1])
            {
                var key = name.ToLowerInvariant();
                if (months.TryGetValue(key, out var other) && other != number)
                {
                    throw new InvalidOperationException($"the month name '{key}' stands for months {other} and {number}");
                }

                months[key] = number;
            }
        }

        var pattern = $"(?<upd>{Alternation(file.Labels.Updated)})|(?<pub>{Alternation(file.Labels.Published)})|(?<gen>{Alternation(file.Labels.Generic)})";
        var label = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new DateWords(months, label, file.DateMarks, zones);
    }

    /// <summary>Labels as one alternation, longest first; a label of Latin or Cyrillic letters must stand as a word.</summary>
    private static string Alternation(IReadOnlyList<string> labels) =>
        string.Join('|', labels
            .OrderByDescending(l => l.Length)
            .Select(l => l.Any(c => c < 0x3000) ? $@"(?<!\w){Regex.Escape(l).Replace("\\ ", @"\s+", StringComparison.Ordinal)}(?!\w)" : Regex.Escape(l)));
}
