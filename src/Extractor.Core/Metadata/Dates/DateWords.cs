using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Dates;

/// <summary>
/// The date grammar's words, by language (<c>Resources/Metadata/dates.json</c>): month names and
/// abbreviations, the labels that introduce a date line, and the class words of date elements.
/// Loaded once and checked: every month must have names, and no name may stand for two months.
/// </summary>
internal sealed class DateWords
{
    private readonly Dictionary<string, int> _months;

    private DateWords(Dictionary<string, int> months, Regex label, IReadOnlyList<string> dateMarks)
    {
        _months = months;
        Label = label;
        DateMarks = dateMarks;
    }

    public static DateWords BuiltIn { get; } = Load();

    /// <summary>
    /// Matches a date label, with the groups <c>upd</c>, <c>pub</c> and <c>gen</c> saying which
    /// kind (updated, published, a generic <c>date</c>). Longer labels are tried first.
    /// </summary>
    public Regex Label { get; }

    /// <summary>Words an element's class, id or itemprop holds when the element prints a date.</summary>
    public IReadOnlyList<string> DateMarks { get; }

    /// <summary>The month (1-12) a printed name or abbreviation stands for (any case, a trailing dot allowed), or 0.</summary>
    public int MonthOf(string word)
    {
        var key = word.TrimEnd('.').ToLowerInvariant();
        return _months.TryGetValue(key, out var month) ? month : 0;
    }

    private static DateWords Load()
    {
        using var doc = MetadataResources.Open("dates.json");
        var root = doc.RootElement;
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var names in root.GetProperty("months").EnumerateArray())
        {
            number++;
            foreach (var name in names.EnumerateArray())
            {
                var key = name.GetString()!.ToLowerInvariant();
                if (months.TryGetValue(key, out var other) && other != number)
                {
                    throw new InvalidOperationException($"dates.json: the month name '{key}' stands for months {other} and {number}");
                }

                months[key] = number;
            }
        }

        if (number != 12)
        {
            throw new InvalidOperationException($"dates.json: {number} months instead of 12");
        }

        var labels = root.GetProperty("labels");
        var pattern = $"(?<upd>{Alternation(labels, "updated")})|(?<pub>{Alternation(labels, "published")})|(?<gen>{Alternation(labels, "generic")})";
        var label = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new DateWords(months, label, MetadataResources.Strings(root, "dateMarks"));
    }

    /// <summary>Labels as one alternation, longest first; a label of Latin or Cyrillic letters must stand as a word.</summary>
    private static string Alternation(JsonElement labels, string kind) =>
        string.Join('|', MetadataResources.Strings(labels, kind)
            .OrderByDescending(l => l.Length)
            .Select(l => l.Any(c => c < 0x3000) ? $@"(?<!\w){Regex.Escape(l).Replace("\\ ", @"\s+", StringComparison.Ordinal)}(?!\w)" : Regex.Escape(l)));
}
