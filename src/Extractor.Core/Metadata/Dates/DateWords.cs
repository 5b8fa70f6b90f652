using System.Buffers;
using System.Text;
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

    // The ASCII text every label's match holds (see LabelWords); null: no such prefilter.
    private readonly SearchValues<string>? _asciiLabelWords;

    private readonly LazyRegex _label;

    private DateWords(Dictionary<string, int> months, LazyRegex label, SearchValues<string>? asciiLabelWords, IReadOnlyList<string> dateMarks, IReadOnlyDictionary<string, string?> zones, IReadOnlySet<string> monthFirstZones)
    {
        _months = months;
        MonthFirstZones = monthFirstZones;
        _asciiLabelWords = asciiLabelWords;
        Zones = zones;
        _label = label;
        DateMarks = dateMarks;
    }

    /// <summary>
    /// Matches a date label, with the groups <c>upd</c>, <c>pub</c>, <c>gen</c> and <c>oth</c> saying which
    /// kind (updated, published, a generic <c>date</c>, a date that is not the page's). Longer labels are tried first.
    /// </summary>
    public Regex Label => _label.Value;

    /// <summary>
    /// False only when <see cref="Label"/> cannot match <paramref name="text"/>: a text of ASCII characters holds a
    /// label only where it holds the ASCII start of one, ignoring case (one vectorised search instead of the pattern's
    /// many alternatives tried at every position).
    /// </summary>
    public bool MayHoldLabel(string text) =>
        _asciiLabelWords is null || !Ascii.IsValid(text) || text.AsSpan().ContainsAny(_asciiLabelWords);

    /// <summary>Time-zone abbreviation → UTC offset (null: printed, but not trusted).</summary>
    public IReadOnlyDictionary<string, string?> Zones { get; }

    /// <summary>Words an element's class, id or itemprop holds when the element prints a date.</summary>
    public IReadOnlyList<string> DateMarks { get; }

    /// <summary>Time-zone abbreviations of countries that write the month first (<c>EST</c>): see <see cref="NumericDateOrder"/>.</summary>
    public IReadOnlySet<string> MonthFirstZones { get; }

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

        var pattern = $"(?<upd>{Alternation(file.Labels.Updated)})|(?<pub>{Alternation(file.Labels.Published)})|(?<gen>{Alternation(file.Labels.Generic)})" + (file.Labels.Other.Count > 0 ? $"|(?<oth>{Alternation(file.Labels.Other)})" : "");
        var label = new LazyRegex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new DateWords(months, label, LabelWords([.. file.Labels.Updated, .. file.Labels.Published, .. file.Labels.Generic, .. file.Labels.Other]), file.DateMarks, zones, file.MonthFirstZones.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// For each label that can match ASCII text, the ASCII characters it opens with, up to its first space or other
    /// character: in ASCII text a label's match holds them, in either case. A label with a character outside ASCII that
    /// has no case form in it (<c>veröffentlicht</c>, <c>公開</c>) cannot match ASCII text and needs none. Null when a
    /// label opens with a character outside ASCII that has one (no such start to search for).
    /// </summary>
    private static SearchValues<string>? LabelWords(IEnumerable<string> labels)
    {
        static bool HasAsciiCase(char c) => char.ToUpperInvariant(c) < 0x80 || char.ToLowerInvariant(c) < 0x80;
        var starts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in labels)
        {
            if (label.Any(c => c >= 0x80 && !HasAsciiCase(c)))
            {
                continue;
            }

            var length = 0;
            while (length < label.Length && label[length] < 0x80 && char.IsLetterOrDigit(label[length]))
            {
                length++;
            }

            if (length == 0)
            {
                return null;
            }

            starts.Add(label[..length]);
        }

        return SearchValues.Create([.. starts], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Labels as one alternation, longest first; a label of Latin or Cyrillic letters must stand as a word. The test
    /// that no word character precedes it follows its first letter (<c>p(?&lt;!\w[\s\S])ublished</c>, the same
    /// condition), so the pattern opens with a letter and the regex engine can skip to the places where one stands.
    /// </summary>
    private static string Alternation(IReadOnlyList<string> labels) =>
        string.Join('|', labels
            .OrderByDescending(l => l.Length)
            .Select(l => l.Any(c => c < 0x3000) ? WholeWord(Regex.Escape(l).Replace("\\ ", @"\s+", StringComparison.Ordinal)) : Regex.Escape(l)));

    private static string WholeWord(string escaped) =>
        char.IsLetterOrDigit(escaped[0]) ? $@"{escaped[0]}(?<!\w[\s\S]){escaped[1..]}(?!\w)" : $@"(?<!\w){escaped}(?!\w)";
}
