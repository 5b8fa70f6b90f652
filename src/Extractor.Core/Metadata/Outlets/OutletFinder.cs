using System.Text.RegularExpressions;
using Extractor.Core.Cleaning.Text;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Datelines;
using Extractor.Core.Metadata.Dates;
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
    public static string? FromText(TextLayout layout, OutletList outlets, AgencyList agencies, DateWords dates)
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

        // The site's own promotion lines name it: "Unlimited access to all of NK News", "Check out
        // Sputnik's gallery" (news g131, g132; pinned by Self_naming_lines_name_the_outlet).
        foreach (var line in layout.Lines)
        {
            if (outlets.SelfNamed(line) is { } self)
            {
                return Known(self, outlets) ?? self;
            }
        }

        var firstLines = top.Where(i => layout.Lines[i].Length > 0).Take(3).Select(i => layout.Lines[i]).ToArray();
        foreach (var line in firstLines)
        {
            // A credit ("(Yonhap)", "Photo : Yonhap News") names the story's or the photo's source, not the site.
            if (!line.TrimStart().StartsWith('(') && !PhotoCredit().IsMatch(CrawlerHeader.Strip(line).Trim()) && Known(line, outlets) is { } known)
            {
                return known;
            }
        }

        // A page that reproduces another body's release ("It is reproduced in full below", a
        // distributor's "Submit Release") carries the release's formulas: they name its source, not
        // the site (news g057, g060; pinned by A_reproduced_release_is_not_its_sources_page).
        if (!layout.Lines.Any(outlets.IsRepublished) && FromSignatures(layout.Lines, outlets) is { } signed)
        {
            return signed;
        }

        foreach (var i in footer.Reverse().Take(20))
        {
            // "(Yonhap)" closing the story is the wire's credit, not the site's footer (news g001).
            if (layout.Lines[i].Length <= 60 && !layout.Lines[i].TrimStart().StartsWith('(') && Known(layout.Lines[i], outlets) is { } known)
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

        return FromNameLine(layout, top, outlets, agencies, dates);
    }

    /// <summary>
    /// The body whose release a page reproduces (its signatures on a page that says it republishes:
    /// news g057's State Department readout on a newswire), or null: not the outlet, but where the
    /// story comes from, as the interactions' home country.
    /// </summary>
    public static string? ReleaseSource(TextLayout layout, OutletList outlets) =>
        layout.Lines.Any(outlets.IsRepublished) ? FromSignatures(layout.Lines, outlets) : null;

    /// <summary>
    /// A publication's name printed above the story where a byline or a photo credit stands: a
    /// line that is only such a name right under the date line (<c>Mar. 28, 2020</c> /
    /// <c>Global Korean Post</c>, news g081), or a photo credit at the top (<c>Photo : KBS News</c>,
    /// news g129). A name is a publication by its last word (<c>nameHeads</c>) or by being known; an
    /// agency's credit is the photo's source, not the site.
    /// </summary>
    private static string? FromNameLine(TextLayout layout, int[] top, OutletList outlets, AgencyList agencies, DateWords dates)
    {
        string? previous = null;
        foreach (var i in top)
        {
            var line = CrawlerHeader.Strip(layout.Lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // Plain tests rule most lines out before the patterns: a photo credit opens with a photo
            // word's letter, a name is short and ends in a name's last word.
            var credit = line[0] is 'P' or 'p' or 'I' or 'i' ? PhotoCredit().Match(line) : Match.Empty;
            var name = credit.Success ? credit.Groups["name"].Value.Trim() : line;
            if (name.Length > 40 || (!outlets.EndsInNameHead(name) && outlets.FirstAlias(name) is null))
            {
                previous = line;
                continue;
            }

            // The cheap tests first: few lines are a name; the date grammar runs only on the line above one.
            var known = Known(name, outlets);
            if ((known is not null || (outlets.PublicationName.IsMatch(name) && !PersonLike(name)))
                && agencies.Alias.Match(name) is not { Success: true }
                && (credit.Success || (previous is not null && IsDateLine(previous, dates))))
            {
                return known ?? name;
            }

            previous = line;
        }

        return null;
    }

    /// <summary>
    /// A name of two words, neither in capitals (<c>Emily Post</c> under the date is a byline, a
    /// photographer in a credit): a publication's name is longer, opens with "The" or holds an
    /// acronym (<c>Global Korean Post</c>, <c>KBS News</c>).
    /// </summary>
    private static bool PersonLike(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 2 && !words[0].Equals("The", StringComparison.Ordinal) && !words.Any(w => w.Length >= 2 && w.All(char.IsUpper));
    }

    /// <summary>A line that is only a date (<c>Mar. 28, 2020</c>, <c>Published : Nov 12, 2020 - 11:21</c>): a date and at most four other words.</summary>
    private static bool IsDateLine(string line, DateWords dates) =>
        line.Length <= 60 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && DateParser.ParseFirst(line, dates) is not null;

    [GeneratedRegex(@"^(?:Photo|Image|Picture|Photograph)s?\s*(?::|by|courtesy of)\s*(?<name>\p{Lu}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    /// <summary>
    /// The outlet named where a dateline would open the story when no dateline does: a site's
    /// name in capitals glued to the story by a dash (<c>SHAFAQNA-Japanese Prime Minister …</c>,
    /// news g069; a known city there is a dateline), or a credit after a date alone
    /// (<c>Feb. 7 (UPI) -- Kim Jong Un …</c>, news g130), read as a dateline's credit is.
    /// </summary>
    public static string? FromOpener(IEnumerable<string> paragraphs, MetadataLexicon lexicon)
    {
        foreach (var paragraph in paragraphs)
        {
            var m = Opener().Match(CrawlerHeader.Strip(paragraph).TrimStart());
            if (!m.Success)
            {
                continue;
            }

            if (m.Groups["credit"].Success)
            {
                return FromCredit(m.Groups["credit"].Value, lexicon.Agencies, lexicon.Outlets);
            }

            var name = m.Groups["name"].Value;
            var title = DatelineParser.TitleCase(name);
            // A place (a known city, a country or its capital: "KHARTOUM-Sudanese troops …") or a
            // kicker ("EXCLUSIVE-") opens a dateline or a label, not a self-credit.
            if (lexicon.Cities.Contains(title) || lexicon.NotPlaces.Contains(name) || lexicon.NotPlaceFirstWords.Contains(name) || lexicon.Countries.Lookup(title) is not null)
            {
                return null;
            }

            return lexicon.Agencies.NameOf(name) ?? Known(name, lexicon.Outlets) ?? title;
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?<name>\p{Lu}{5,30})\s?(?:--|[—–-])\s?(?=\p{Lu}\p{Ll})|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\((?<credit>[^()]{2,40})\)\s*(?:--|[—–―-]|:))", RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

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
            if (may[s] && outlets.Signatures[s].Pattern.Value.IsMatch(page))
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
