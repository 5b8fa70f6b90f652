namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Strips the site name from a page title: "Headline | The Daily Planet" → "Headline". The title
/// is cut at the usual separators; outer parts naming the site (og:site_name) go, and with no
/// site name known a short last part goes while a longer headline part remains. A short first
/// part stays unless it names the site: "Trump - the man who…" is a headline. What is kept is
/// the original text from the first kept part to the last, separators inside it untouched.
/// </summary>
internal static class TitleSuffix
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ ", "｜"];

    public static string Strip(string title, string? siteName)
    {
        var parts = SplitParts(title);
        if (parts.Count < 2)
        {
            return title;
        }

        var site = siteName is null ? null : Normalize(siteName);
        while (parts.Count > 1)
        {
            var longest = parts.Max(p => WordCount(title, p));
            if (IsSite(title, parts[^1], site) || (site is null && WordCount(title, parts[^1]) <= 4 && WordCount(title, parts[^1]) < longest))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (IsSite(title, parts[0], site))
            {
                parts.RemoveAt(0);
            }
            else
            {
                break;
            }
        }

        return title[parts[0].Start..parts[^1].End].Trim();
    }

    private static List<Range> SplitParts(string title)
    {
        var cuts = new List<(int At, int Length)>();
        foreach (var separator in Separators)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            while (at >= 0)
            {
                cuts.Add((at, separator.Length));
                at = title.IndexOf(separator, at + separator.Length, StringComparison.Ordinal);
            }
        }

        cuts.Sort((a, b) => a.At.CompareTo(b.At));
        var parts = new List<Range>();
        var start = 0;
        foreach (var (at, length) in cuts)
        {
            if (at >= start)
            {
                AddPart(parts, title, start, at);
                start = at + length;
            }
        }

        AddPart(parts, title, start, title.Length);
        return parts;
    }

    private static void AddPart(List<Range> parts, string title, int start, int end)
    {
        if (title.AsSpan(start, end - start).Trim().Length > 0)
        {
            parts.Add(new Range(start, end));
        }
    }

    private static bool IsSite(string title, Range part, string? site)
    {
        if (site is null || site.Length == 0)
        {
            return false;
        }

        var text = Normalize(title[part]);
        return text == site
            || text.Replace(" ", "", StringComparison.Ordinal) == site.Replace(" ", "", StringComparison.Ordinal)
            || (site.Length >= 4 && text.Contains(site, StringComparison.Ordinal) && text.Length <= site.Length + 12);
    }

    private static string Normalize(string s) => s.Trim().ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal);

    private static int WordCount(string title, Range part) =>
        title[part].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
