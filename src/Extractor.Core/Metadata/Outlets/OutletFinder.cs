using System.Text.RegularExpressions;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Text;

namespace Extractor.Core.Metadata.Outlets;

/// <summary>
/// Finds the outlet that carries a page from how it names itself, never from the story: a
/// line such as <c>The Korea Herald by Herald Corporation</c>, a copyright line, a site name at
/// the top (<c>UrduPoint.com</c>), the outlet's signature formulas (a press office's
/// <c>Office of the Spokesperson</c>), a known name in the footer. An agency credited in the story
/// (<c>(Yonhap)</c>) is not the outlet (pinned by <c>Agency_credit_is_not_the_outlet</c>).
/// </summary>
internal static partial class OutletFinder
{
    /// <summary>The weight of signatures an outlet needs to be chosen from them alone.</summary>
    private const int SignatureThreshold = 3;

    [GeneratedRegex(@"^(?<name>[\p{L}\d'’&.\- ]{3,50}?)\s+(?:by|is published by|a publication of)\s+(?<company>[\p{L}\d'’&.,\- ]{3,60}?(?:Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|Group|Company|Co\.|Media|Holdings))\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameByCompany();

    [GeneratedRegex(@"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?(?<who>[\p{L}][\p{L}\d'’&.,\- ]{2,60}?)\s*(?:[.,]?\s*all rights reserved|[.|]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"(?<![\w.@/])(?<site>[A-Za-z][\w-]{1,40})\.(?:com|net|org|co\.kr|co\.jp|co\.uk|com\.pk|com\.cn|cn|pk|in|jp|kr|ru|vn|ae|sa)(?![\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex Domain();

    [GeneratedRegex(@",?\s*(?:Co\.,?\s*Ltd\.?|Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|LLC|PLC|Pvt\.?|Private)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanySuffix();

    /// <summary>
    /// The outlet of a text dump, or null. Precedence: a name-by-company line, a known outlet in a
    /// copyright line, a known name in the top lines, signatures, a known name in the footer, an
    /// unknown copyright holder, a domain printed at the top.
    /// </summary>
    public static string? FromText(TextLayout layout, OutletList outlets)
    {
        var top = Enumerable.Range(0, Math.Min(layout.BodyStart, layout.Lines.Count)).Where(i => layout.Lines[i].Length is > 0 and <= 120).ToArray();
        var footer = Enumerable.Range(layout.BodyEnd, Math.Max(0, layout.Lines.Count - layout.BodyEnd)).Where(i => layout.Lines[i].Length is > 0 and <= 160).ToArray();
        var outside = top.Concat(footer).Select(i => layout.Lines[i]).ToArray();

        foreach (var line in outside)
        {
            // "Name by Company Ltd", "Name is published by ...", "Name a publication of ...": the pattern needs one of these words.
            if ((line.Contains("by", StringComparison.Ordinal) || line.Contains("a publication of", StringComparison.Ordinal)) && NameByCompany().Match(line) is { Success: true } m)
            {
                return Known(m.Groups["name"].Value, outlets) ?? m.Groups["name"].Value.Trim();
            }
        }

        string? holder = null;
        foreach (var line in top.Concat(footer.Reverse()).Select(i => layout.Lines[i]))
        {
            // "Copyright 2019 The Associated Press. All rights reserved. This material may not be
            // published…" is the wire's notice on a syndicated story, not the site's own.
            if (Copyright().Match(line) is { Success: true } c && !line.Contains("may not be published", StringComparison.OrdinalIgnoreCase))
            {
                var who = c.Groups["who"].Value.Trim();
                if (Known(who, outlets) is { } known)
                {
                    return known;
                }

                holder ??= Holder(who);
            }
        }

        var firstLines = top.Where(i => layout.Lines[i].Length > 0).Take(3).Select(i => layout.Lines[i]).ToArray();
        foreach (var line in firstLines)
        {
            if (Known(line, outlets) is { } known)
            {
                return known;
            }
        }

        if (FromSignatures(layout.Lines, outlets) is { } signed)
        {
            return signed;
        }

        foreach (var i in footer.Reverse().Take(20))
        {
            if (layout.Lines[i].Length <= 60 && Known(layout.Lines[i], outlets) is { } known)
            {
                return known;
            }
        }

        if (holder is { Length: > 1 })
        {
            return holder;
        }

        foreach (var line in firstLines)
        {
            if (Domain().Match(line) is { Success: true } d)
            {
                return d.Groups["site"].Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The outlet a dateline's credit names when the page names none elsewhere: a wire's own
    /// story (<c>SEOUL, Feb. 18 (Yonhap) --</c>) is the wire's, and a credit that is no agency
    /// (<c>(STL.News)</c>, <c>(UrduPoint News / Sputnik - 03rd August, 2021)</c>) is the site
    /// naming itself. A credit of several agencies names no outlet.
    /// </summary>
    public static string? FromCredit(string? credit, AgencyList agencies, OutletList outlets)
    {
        if (credit is null)
        {
            return null;
        }

        var parts = credit.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => CreditDate().Replace(p, "").Trim(' ', '-', '–', ',', '.'))
            .Where(p => p.Length >= 2)
            .ToArray();
        var own = parts.Where(p => agencies.Alias.Match(p) is not { Success: true }).ToArray();
        if (own.Length == 1 && own[0].Split(' ').Length <= 4 && char.IsUpper(own[0][0]))
        {
            return Known(own[0], outlets) ?? own[0];
        }

        if (own.Length == 0 && parts.Length == 1 && agencies.NameOf(agencies.Alias.Match(parts[0]).Value) is { } agency)
        {
            return Known(agency, outlets) ?? agency;
        }

        return null;
    }

    [GeneratedRegex(@"[-–,]?\s*\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}.*$|\b\p{L}+\.?\s+\d{1,2},?\s+\d{4}.*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditDate();

    [GeneratedRegex(@"\b(?:copyright|all rights reserved|unless otherwise noted|\d{4}(?:\s*[-–]\s*\d{4})?)\b|[©]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HolderNoise();

    /// <summary>
    /// A copyright holder as an outlet name: years, "Copyright", "All rights reserved" and a
    /// company suffix taken out, cut at the first comma (an address or a tagline follows);
    /// null when nothing name-like is left.
    /// </summary>
    private static string? Holder(string who)
    {
        var name = HolderNoise().Replace(who, " ").Split(',')[0];
        name = CompanySuffix().Replace(string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), "").Trim(' ', '-', '–', '|', '.');
        return name.Length >= 2 && char.IsLetter(name[0]) && !name.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? name : null;
    }

    /// <summary>The known outlet named in <paramref name="text"/> (the first alias found), or null.</summary>
    public static string? Known(string text, OutletList outlets)
    {
        if (outlets.NameOf(text) is { } exact)
        {
            return exact;
        }

        return outlets.FirstAlias(text) is { } alias ? outlets.NameOf(alias) : null;
    }

    /// <summary>
    /// The outlet whose signatures weigh most on the page, if it reaches the threshold. Each
    /// signature counts once, however often it matches.
    /// </summary>
    public static string? FromSignatures(IEnumerable<string> lines, OutletList outlets)
    {
        // One scan of the page per signature, its lines joined, rather than one call per line:
        // signatures are matched line by line in multiline mode (^ and $ at line ends, and no
        // signature may match across a line break; see OutletList).
        var page = string.Join('\n', lines.Where(l => l.Length > 0));
        var hit = new HashSet<int>();
        var may = outlets.MayMatch(page);
        for (var s = 0; s < outlets.Signatures.Count; s++)
        {
            if (may[s] && outlets.Signatures[s].Pattern.IsMatch(page))
            {
                hit.Add(s);
            }
        }

        var best = hit.GroupBy(s => outlets.Signatures[s].Outlet)
            .Select(g => (Outlet: g.Key, Weight: g.Sum(s => outlets.Signatures[s].Weight)))
            .OrderByDescending(g => g.Weight)
            .FirstOrDefault();
        return best.Weight >= SignatureThreshold ? best.Outlet : null;
    }
}
