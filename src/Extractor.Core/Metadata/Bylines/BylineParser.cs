using System.Text.RegularExpressions;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Dates;
using Extractor.Core.Metadata.Datelines;

namespace Extractor.Core.Metadata.Bylines;

/// <summary>
/// Reads bylines: <c>By Kim Eun-jung</c>, <c>By Yonhap</c> (an agency, not an author),
/// <c>Faizan Hashmi 3 minutes ago …</c>, <c>Tom Krisher, Ap Auto Writer</c>, and reporters'
/// e-mail sign-offs (<c>Kim Arin (arin@heraldcorp.com)</c>). Authors are people only: never an
/// agency, a desk or staff credit, an e-mail or a job title.
/// </summary>
internal static partial class BylineParser
{
    private const string Name = @"\p{Lu}[\p{L}\p{M}'’\-]*\.?(?:\s+(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|de|da|dos|van|von|bin|binti|al|el|le|la|du|del|der|ul|ur)){1,4}";

    private static readonly (HashSet<string> NotPeople, HashSet<string> JobWords) Words = LoadWords();

    [GeneratedRegex(@"^(?:by|written\s+by|words\s+by|reported\s+by|story\s+by|text\s+by|posted\s+by|author|authors|reporter|기자)\s*[:：]?\s+(?<credit>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(?<name>" + Name + @")\s+\d+\s+(?:second|minute|min|hour|hr|day|week)s?\s+ago\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenRelativeTime();

    [GeneratedRegex(@"^(?<name>" + Name + @"),\s+(?<title>[\p{L} .&'-]{3,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex NameCommaTitle();

    [GeneratedRegex(@"^(?:by\s+|reporter\s+|written\s+by\s+)?(?<name>" + Name + @")\s*[(\[<（]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>）]?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameThenEmail();

    [GeneratedRegex(@"^" + Name + "$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeName();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\([^)]*\)|\[[^\]]*\]|<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\s*(?:[,;&]|\band\b|\bwith\b|\s[|·•]\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditSeparator();

    [GeneratedRegex(@"\b(?:published|updated|posted|modified|last\s+updated)\b|\s[|·•]\s|\s[-–—]\s*\d|\b\d+\s+(?:second|minute|min|hour|hr|day|week)s?\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditEnd();

    /// <summary>The byline on a line above the body, or <see cref="Byline.None"/>.</summary>
    public static Byline ReadHeaderLine(string line, AgencyList agencies)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length is 0 or > 200)
        {
            return Byline.None;
        }

        if (ByPrefix().Match(line) is { Success: true } by)
        {
            var credit = by.Groups["credit"].Value;
            var cut = credit.Length;
            if (DateParser.FindAll(credit) is { Count: > 0 } dates)
            {
                cut = dates[0].Index;
            }

            if (CreditEnd().Match(credit) is { Success: true } end && end.Index < cut)
            {
                cut = end.Index;
            }

            return SplitCredit(credit[..cut], agencies);
        }

        if (NameThenRelativeTime().Match(line) is { Success: true } relative)
        {
            return SplitCredit(relative.Groups["name"].Value, agencies);
        }

        if (NameCommaTitle().Match(line) is { Success: true } titled && IsJobTitle(titled.Groups["title"].Value, agencies))
        {
            var agenciesInTitle = AgencyFinder.Find([titled.Groups["title"].Value.Replace(' ', '/')], agencies);
            var person = SplitCredit(titled.Groups["name"].Value, agencies);
            return person with { Agencies = person.Agencies.Concat(agenciesInTitle).Distinct(StringComparer.Ordinal).ToArray() };
        }

        return Byline.None;
    }

    /// <summary>A reporter's e-mail sign-off at the end of a story (<c>Kim Arin (arin@heraldcorp.com)</c>).</summary>
    public static Byline ReadSignOff(string line, AgencyList agencies)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length <= 120 && NameThenEmail().Match(line) is { Success: true } m
            ? SplitCredit(m.Groups["name"].Value, agencies)
            : Byline.None;
    }

    /// <summary>Splits a credit into people and agencies; desks, staff credits and job titles are dropped.</summary>
    public static Byline SplitCredit(string credit, AgencyList agencies)
    {
        var authors = new List<string>();
        var found = new List<string>();
        foreach (var raw in CreditSeparator().Split(Noise().Replace(credit, " ")))
        {
            var part = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ',', ':', '-', '–', '—', ' ');
            if (part.Length < 2)
            {
                continue;
            }

            if (agencies.AllAgencies(part) is { } names)
            {
                found.AddRange(names.Where(n => !found.Contains(n)));
                continue;
            }

            if (Words.NotPeople.Contains(part) || IsJobTitle(part, agencies) || !WholeName().IsMatch(part))
            {
                continue;
            }

            var name = DatelineParser.TitleCase(part);
            if (!authors.Contains(name))
            {
                authors.Add(name);
            }
        }

        return new Byline(authors, found);
    }

    /// <summary>A job title: every word a job word, an agency or a small joining word, and at least one job word.</summary>
    private static bool IsJobTitle(string text, AgencyList agencies)
    {
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var jobs = 0;
        foreach (var word in words)
        {
            var w = word.Trim('.', ',').ToLowerInvariant();
            if (Words.JobWords.Contains(w))
            {
                jobs++;
            }
            else if (w is not ("of" or "the" or "for" or "and" or "&" or "in" or "at") && agencies.NameOf(word) is null)
            {
                return false;
            }
        }

        return jobs > 0;
    }

    private static (HashSet<string>, HashSet<string>) LoadWords()
    {
        using var doc = MetadataResources.Open("bylines.json");
        return (
            new HashSet<string>(MetadataResources.Strings(doc.RootElement, "notPeople"), StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(MetadataResources.Strings(doc.RootElement, "jobWords"), StringComparer.OrdinalIgnoreCase));
    }
}
