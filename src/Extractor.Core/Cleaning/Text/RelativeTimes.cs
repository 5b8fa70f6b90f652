using System.Buffers;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// A byline clock ("3 minutes ago", "vor 2 Stunden", "il y a 5 min", "2 часа назад"), or a line that is only a day
/// word ("yesterday"): a count (digits or a word for one) and a unit, with a marker after them ("ago") or before them
/// ("vor", "hace"). Every word is data (<c>relativeTime*</c> in <c>Cleaning/Text/boilerplate.json</c>); the grammar
/// is the same in every language.
/// </summary>
public sealed class RelativeTimes
{
    private readonly LazyRegex[] _patterns;
    private readonly SearchValues<string> _markers;
    private readonly string[] _markerList;
    private readonly int _longestAlone;

    /// <param name="units">Time units and their abbreviations ("minutes", "min", "Stunden").</param>
    /// <param name="counts">Words standing for a count of one ("a", "an", "one", "einer").</param>
    /// <param name="after">Markers after count and unit ("ago", "назад").</param>
    /// <param name="before">Markers before count and unit ("vor", "il y a", "hace").</param>
    /// <param name="alone">Lines that are a time on their own ("just now", "yesterday").</param>
    public RelativeTimes(IReadOnlyList<string> units, IReadOnlyList<string> counts, IReadOnlyList<string> after, IReadOnlyList<string> before, IReadOnlyList<string> alone)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(alone);
        var count = counts.Any(c => c.Length > 0) ? @"(?:\d+|" + Alternation(counts) + ")" : @"\d+";
        var unit = Alternation(units);
        var branches = new List<string>();
        if (after.Count > 0)
        {
            branches.Add($@"\b{count}\s*{unit}\s+{Alternation(after)}\b");
        }

        // "vor 30 Jahren", "il y a 20 ans", "hace 10 años" are common in prose; a clock ends its line
        // ("Max Muster · vor 2 Stunden"), a sentence ends with a stop.
        if (before.Count > 0)
        {
            branches.Add($@"(?<![\p{{L}}\p{{N}}]){Alternation(before)}\s+{count}\s*{unit}\s*$");
        }

        if (alone.Count > 0)
        {
            branches.Add($@"^\s*{Alternation(alone)}\s*$");
        }

        // One pattern per branch: a line matches when one does, and each is tried with its own start (the day word
        // only at the line's start), not the three together at every place of the line.
        // Constructed when first used: the HTML pages never read a relative time.
        _patterns = [.. branches.Select(b => new LazyRegex(b, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
        _markerList = [.. after.Concat(before).Where(m => m.Length > 0)];
        _markers = SearchValues.Create(_markerList, StringComparison.OrdinalIgnoreCase);
        _longestAlone = alone.Count == 0 ? 0 : alone.Max(a => a.Length);
    }

    /// <summary>Whether the line (trimmed, spaces collapsed) holds a relative time.</summary>
    public bool IsMatch(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        // The regular expression is only run where it can match: a line holding a marker, or one as short as a day word.
        // (A case-blind Contains goes character by character under invariant globalization; SearchValues is vectorised.)
        return (line.AsSpan().Trim().Length <= _longestAlone || HasMarkerWord(line)) && AnyMatch(line);
    }

    private bool AnyMatch(string line)
    {
        // Only a line that ends as a sentence can tell of a time: the others need no match's place.
        var stopped = EndsWithStop(line);
        foreach (var pattern in _patterns)
        {
            if (stopped ? pattern.Value.Match(line) is { Success: true } m && !TellsOfTime(line, m) : pattern.Value.IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithStop(string line) => line.AsSpan().TrimEnd() is [.., '.' or '!' or '?'];

    /// <summary>
    /// A sentence that tells of a time ("The talks began 3 years ago in Geneva.", "Hon flyttade till Stockholm för 3
    /// år sedan.", "Yritys perustettiin 10 vuotta sitten!") is no clock: it ends with a stop and holds a word in lower
    /// case besides the time's own. A clock's line ends with the time or with names, a date or a place ("Updated 14
    /// hours ago.", "Von Max Muster vor 3 Std."). Asked only of a line that ends with a stop.
    /// </summary>
    private static bool TellsOfTime(string line, Match time)
    {
        var text = line.AsSpan().TrimEnd();
        for (var i = 0; i < text.Length; i++)
        {
            var outside = i < time.Index || i >= time.Index + time.Length;
            if (outside && char.IsLower(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // A marker as a whole word: "fa" and "vor" are inside many words ("fact", "favour"), which would run the
    // expression on most lines.
    private bool HasMarkerWord(string line)
    {
        var from = 0;
        while (from < line.Length)
        {
            var at = line.AsSpan(from).IndexOfAny(_markers);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (at == 0 || !char.IsLetter(line[at - 1]))
            {
                foreach (var marker in _markerList)
                {
                    var end = at + marker.Length;
                    if (end <= line.Length && line.AsSpan(at, marker.Length).Equals(marker, StringComparison.OrdinalIgnoreCase) && (end == line.Length || !char.IsLetter(line[end])))
                    {
                        return true;
                    }
                }
            }

            from = at + 1;
        }

        return false;
    }

    // Longest first, so "minutes" is tried before "min"; a space in a phrase matches any run of spaces.
    private static string Alternation(IEnumerable<string> words) =>
        "(?:" + string.Join('|', words.Where(w => w.Length > 0).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + ")";
}
