using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Dates;

namespace Extractor.Core.Metadata.Datelines;

/// <summary>
/// Reads the dateline that opens a story: <c>SEOUL, Jan. 26 (Yonhap) --</c>, <c>WASHINGTON --</c>,
/// <c>SEOUL (UrduPoint News / Sputnik - 03rd August, 2021)</c>, <c>MOSCOW, March 3 (Reuters) -</c>,
/// <c>HÀ NỘI —</c>, <c>NEW DELHI:</c>, <c>MOSCOW, March 3. /TASS/.</c>, and the wire style with a
/// place in title case when an agency credit follows (<c>Moscow (AFP) -</c>).
/// </summary>
internal static partial class DatelineParser
{
    private const string CapsWord = @"\p{Lu}[\p{Lu}\p{M}'’.\-]*";
    private const string TitleWord = @"\p{Lu}[\p{L}\p{M}'’.\-]*";
    private const string MonthDay =
        @"(?<date>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?)";

    // What follows the dateline: the story, after a space, or glued to a long dash ("HANOI—The",
    // "(Jiji Press)--Japanese") or to a hyphen before a capital ("PARIS-French").
    private const string After = @"(?:\s+\S|(?<=--|[—–―])\S|(?<=-)\p{Lu})";

    // "New Delhi: …", "Washington - …": a known city in title case before a colon or a dash.
    [GeneratedRegex(@"^(?<place>" + TitleWord + @"(?:\s" + TitleWord + @"){0,2})\s*(?::|\s[—–―-])\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex CityColon();

    [GeneratedRegex(
        @"^(?<place>" + CapsWord + @"(?:\s" + CapsWord + @"){0,3})(?:,\s*(?<region>" + TitleWord + @"(?:\s" + TitleWord + @"){0,2}))??"
        + @"(?:,?\s*(?i:" + MonthDay + @"))?\.?\s*"
        + @"(?:\((?<credit>[^()]{2,90})\)\s*(?:--|[—–―-]|:)?|/(?<credit>[A-Za-z][\w -]{1,30})/\.?|(?<dash>--|[—–―-]|:))" + After,
        RegexOptions.CultureInvariant)]
    private static partial Regex Caps();

    [GeneratedRegex(
        @"^(?<place>" + TitleWord + @"(?:\s" + TitleWord + @"){0,2})(?:,\s*" + CapsWord + @")?(?:\s*\[[^\]]{2,30}\])?(?:,?\s*(?i:" + MonthDay + @"))?\s*\((?<credit>[^()]{2,40})\)(?:\s*(?:--|[—–―-]|:)" + After + @"|(?<bare>\s+)\p{Lu}\p{Ll})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Wire();

    /// <summary>A site's own name written as its address (<c>STL.News</c>, <c>UrduPoint.com</c>).</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}\d-]*\.\p{L}{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteAddress();

    /// <summary>
    /// The dateline opening <paramref name="paragraph"/>, or null. A dateline date without a year
    /// takes the year that puts it nearest <paramref name="published"/>; with no publication date
    /// it stays null.
    /// </summary>
    public static Dateline? Parse(string paragraph, DateOnly? published, MetadataLexicon lexicon)
    {
        var agencies = lexicon.Agencies;
        ArgumentNullException.ThrowIfNull(paragraph);
        var m = Caps().Match(paragraph);
        var isCaps = m.Success && m.Groups["place"].Value.Any(char.IsLetter) && m.Groups["place"].Value.Count(char.IsLetter) >= 2
            && !m.Groups["place"].Value.Any(char.IsLower);
        if (isCaps && m.Groups["dash"].Success && m.Groups["dash"].Value == ":" && m.Groups["date"].Success is false && m.Groups["place"].Value.Split(' ').Length > 3)
        {
            isCaps = false;
        }

        if (!isCaps)
        {
            m = Wire().Match(paragraph);
            // A title-case place takes a credit that is an agency, or a site naming itself by its
            // address ("Washington, DC (STL.News) The …"); a bare credit, with no dash after it, only the latter.
            if (!m.Success || !(SiteAddress().IsMatch(m.Groups["credit"].Value)
                || (!m.Groups["bare"].Success && agencies.Alias.Match(m.Groups["credit"].Value) is { Success: true })))
            {
                m = CityColon().Match(paragraph);
                if (!m.Success || !lexicon.Cities.Contains(m.Groups["place"].Value))
                {
                    return null;
                }
            }
        }

        var place = m.Groups["place"].Value.Trim().TrimEnd('.', ',');
        if (m.Value.Length >= 2 && m.Value[^2] == '-' && !m.Groups["credit"].Success && !lexicon.Cities.Contains(TitleCase(place)))
        {
            // A hyphen glued to the next word opens "U.S.-Japan ties" as well as "PARIS-French…":
            // only a known city makes it a dateline.
            return null;
        }

        if (lexicon.NotPlaces.Contains(place) || lexicon.NotPlaceFirstWords.Contains(place.Split(' ')[0]) || agencies.NameOf(place) is not null)
        {
            return null;
        }

        DateOnly? date = null;
        if (m.Groups["date"].Success)
        {
            date = ResolveDate(m.Groups["date"].Value, published, lexicon.Dates);
        }
        else if (m.Groups["credit"].Success && DateParser.ParseFirst(m.Groups["credit"].Value, lexicon.Dates) is { } inCredit)
        {
            date = inCredit.Date;
        }

        return new Dateline(TitleCase(place), date, m.Groups["credit"].Success ? m.Groups["credit"].Value.Trim() : null);
    }

    /// <summary><c>NEW YORK</c> → <c>New York</c>, <c>HÀ NỘI</c> → <c>Hà Nội</c>, <c>ST. PETERSBURG</c> → <c>St. Petersburg</c>.</summary>
    internal static string TitleCase(string place)
    {
        if (place.Any(char.IsLower))
        {
            return place;
        }

        var chars = place.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '.' or '(' or '/')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private static DateOnly? ResolveDate(string text, DateOnly? published, DateWords words)
    {
        if (DateParser.ParseFirst(text, words) is { } full)
        {
            return full.Date;
        }

        if (published is not { } p)
        {
            return null;
        }

        DateOnly? best = null;
        foreach (var year in new[] { p.Year, p.Year - 1, p.Year + 1 })
        {
            if (DateParser.ParseFirst(text + " " + year.ToString(CultureInfo.InvariantCulture), words) is { } withYear
                && (best is null || Math.Abs(withYear.Date.DayNumber - p.DayNumber) < Math.Abs(best.Value.DayNumber - p.DayNumber)))
            {
                best = withYear.Date;
            }
        }

        return best;
    }
}
