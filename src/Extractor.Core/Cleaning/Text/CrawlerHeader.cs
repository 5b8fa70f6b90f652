using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// The header a crawler writes at the top of a dump, ` date 2021-07-08`, often on the same line
/// as the headline or the first paragraph. It is the page's date of record when the page prints
/// none of its own (its weakest evidence: a generic label), and it is no part of the headline
/// or the dateline after it (pinned by <c>CrawlerHeaderTests</c>).
/// </summary>
internal static partial class CrawlerHeader
{
    [GeneratedRegex(@"^\s*date\s+(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    /// <summary>The header's date and the length of the header at the start of <paramref name="line"/>, or null.</summary>
    public static (DateOnly Date, int Length)? Read(string? line)
    {
        if (line is null || !line.TrimStart().StartsWith("date ", StringComparison.Ordinal))
        {
            return null;
        }

        var m = Header().Match(line);
        if (!m.Success || !DateOnly.TryParseExact($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return (day, m.Length);
    }

    /// <summary><paramref name="line"/> without a crawler header at its start.</summary>
    public static string Strip(string line) => Read(line) is { } header ? line[header.Length..] : line;
}
