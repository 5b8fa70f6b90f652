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
    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\([^)]*\)|\[[^\]]*\]|<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();


    /// <summary>The byline on a line above the body, or <see cref="Byline.None"/>.</summary>
    public static Byline ReadHeaderLine(string line, MetadataLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length is 0 or > 200)
        {
            return Byline.None;
        }

        if (lexicon.Bylines.MayOpenWithByWord(line) && lexicon.Bylines.ByPrefix.Match(line) is { Success: true } by)
        {
            var credit = by.Groups["credit"].Value;
            var cut = credit.Length;
            if (DateParser.FindAll(credit, lexicon.Dates) is { Count: > 0 } dates)
            {
                cut = dates[0].Index;
            }

            if (lexicon.Bylines.Patterns.MayEndCredit(credit) && lexicon.Bylines.Patterns.CreditEnd.Match(credit) is { Success: true } end && end.Index < cut)
            {
                cut = end.Index;
            }

            return SplitCredit(credit[..cut], lexicon);
        }

        // Both patterns open with a capital letter; the first needs "ago", the second a comma.
        var capitalFirst = line.Length > 0 && char.IsUpper(line[0]);
        if (capitalFirst && lexicon.Bylines.RelativeAfter.Any(w => line.Contains(w, StringComparison.Ordinal)) && lexicon.Bylines.Patterns.NameThenRelativeTime.Match(line) is { Success: true } relative)
        {
            return SplitCredit(relative.Groups["name"].Value, lexicon);
        }

        if (capitalFirst && MayBeNameCommaTitle(line) && lexicon.Bylines.Patterns.NameCommaTitle.Match(line) is { Success: true } titled && IsJobTitle(titled.Groups["title"].Value, lexicon))
        {
            var agenciesInTitle = AgencyFinder.Find([titled.Groups["title"].Value.Replace(' ', '/')], lexicon.Agencies);
            var person = SplitCredit(titled.Groups["name"].Value, lexicon);
            return person with { Agencies = person.Agencies.Concat(agenciesInTitle).Distinct(StringComparer.Ordinal).ToArray() };
        }

        return Byline.None;
    }

    /// <summary>
    /// A sign-off at the end of a story: a reporter's e-mail (<c>Kim Arin (arin@heraldcorp.com)</c>)
    /// or a byline printed last (<c>Written by A, B and C; Edited by D</c>, <c>(Reporting by A;
    /// Editing by B)</c>): its first credit only, the writers', not the editors' after a semicolon.
    /// </summary>
    public static Byline ReadSignOff(string line, MetadataLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length <= 120 && line.Contains('@', StringComparison.Ordinal) && lexicon.Bylines.Patterns.NameThenEmail.Match(line) is { Success: true } m)
        {
            return SplitCredit(m.Groups["name"].Value, lexicon);
        }

        var credit = line.TrimStart('(', '[').TrimEnd(')', ']', '.', ' ');
        if (line.Length > 300 || !lexicon.Bylines.MayOpenWithByWord(credit) || lexicon.Bylines.ByPrefix.Match(credit) is not { Success: true } by)
        {
            return Byline.None;
        }

        var writers = by.Groups["credit"].Value;
        var cut = writers.IndexOfAny([';', '(', '|']);
        return SplitCredit(cut >= 0 ? writers[..cut] : writers, lexicon);
    }

    /// <summary>
    /// A story's last paragraph that is only a person's name, two to four capitalised words
    /// (<c>Lê Phương</c>), as a name, else null; a line in capitals only ("LEAVE A COMMENT") is
    /// too often a label. Callers ask only where the page has no byline.
    /// </summary>
    public static string? ReadBareSignOff(string line, MetadataLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length is < 4 or > 40 || !char.IsUpper(text[0]) || text.Count(c => c == ' ') is < 1 or > 3
            || !text.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.') || text.All(c => !char.IsLower(c)))
        {
            return null;
        }

        var byline = SplitCredit(text, lexicon);
        return byline.Agencies.Count == 0 && byline.Authors is [var name] && name.Length == text.TrimEnd('.').Length ? name : null;
    }

    /// <summary>
    /// False when <paramref name="line"/> cannot match the name-comma-title pattern: a name holds no
    /// comma, so the pattern's comma is the line's first, followed by white space and a title of at
    /// most 60 characters that runs to the end of the line and holds no comma.
    /// </summary>
    private static bool MayBeNameCommaTitle(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || comma + 1 >= line.Length || !char.IsWhiteSpace(line[comma + 1]))
        {
            return false;
        }

        var title = line.AsSpan(comma + 1).Trim();
        return title.Length <= 60 && !title.Contains(',');
    }

    /// <summary>Splits a credit into people and agencies; desks, staff credits and job titles are dropped.</summary>
    public static Byline SplitCredit(string credit, MetadataLexicon lexicon)
    {
        var authors = new List<string>();
        var found = new List<string>();
        foreach (var raw in lexicon.Bylines.CreditSeparator.Split(Noise().Replace(credit, " ")))
        {
            var part = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ',', ':', '-', '–', '—', ' ');
            if (part.Length < 2)
            {
                continue;
            }

            if (lexicon.Agencies.AllAgencies(part) is { } names)
            {
                found.AddRange(names.Where(n => !found.Contains(n)));
                continue;
            }

            if (lexicon.Bylines.NotPeople.Contains(part))
            {
                continue;
            }

            if (IsJobTitle(part, lexicon))
            {
                // "AP Auto Writer": no person, but the agency is credited.
                found.AddRange(AgencyFinder.Find([part.Replace(' ', '/')], lexicon.Agencies).Where(a => !found.Contains(a)));
                continue;
            }

            part = Unglue(part, lexicon);
            if (part.LastIndexOf(' ') is var space and > 0 && lexicon.Bylines.JobWords.Contains(part[(space + 1)..]) && !part.Any(char.IsUpper))
            {
                // "신현주 기자": a name in a script without capitals, then the job word after it.
                part = part[..space];
            }

            part = lexicon.Bylines.Patterns.TrailingConnector.Replace(CutTail(part, lexicon, found), "");
            if (!lexicon.Bylines.Patterns.WholeName.IsMatch(part) || lexicon.Bylines.NotNameOpeners.Any(w => part.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase))
                || part.Split(' ').Any(w => lexicon.Bylines.NotNameWords.Contains(w.Trim('.', ','))))
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

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex CaseBoundary();

    /// <summary>
    /// Splits words a text dump glued together ("Meg JamesStaff Writer", "Jonathan GarberFOXBusiness")
    /// where the part after a lower-to-upper change is a known byline word or an acronym, and
    /// leaves names such as McCoy or DeArdo whole.
    /// </summary>
    private static string Unglue(string part, MetadataLexicon lexicon)
    {
        var words = part.Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            var pieces = CaseBoundary().Split(words[i]);
            if (pieces.Length < 2)
            {
                continue;
            }

            var rest = string.Concat(pieces[1..]);
            var head = pieces[1];
            if (lexicon.Bylines.CutWords.Contains(head) || lexicon.Bylines.JobWords.Contains(head) || lexicon.Bylines.NotNameWords.Contains(head) || lexicon.Bylines.DeskWords.Contains(head)
                || (rest.Length >= 2 && char.IsUpper(rest[0]) && char.IsUpper(rest[1])))
            {
                words[i] = pieces[0] + " " + rest;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Cuts what follows a name in a credit: widget text glued to it (<c>View More Articles</c>),
    /// a job title (<c>Contributing Writer</c>), an agency (<c>Associated Press</c>, credited
    /// instead) or a publication in capitals after a name in mixed case (<c>Kevin McCoy USA TODAY</c>).
    /// The first two words are always kept: they are the name.
    /// </summary>
    private static string CutTail(string part, MetadataLexicon lexicon, List<string> found)
    {
        var words = part.Split(' ');
        if (words.Length <= 2)
        {
            return part;
        }

        var nameInCaps = words.Take(2).All(w => !w.Any(char.IsLower));
        for (var i = 2; i < words.Length; i++)
        {
            var w = words[i].Trim('.', ',');
            var head = w.Split('-')[0];
            var nextIsJob = i + 1 < words.Length && lexicon.Bylines.JobWords.Contains(words[i + 1].Trim('.', ','));
            if ((lexicon.Bylines.DeskWords.Contains(w) || lexicon.Bylines.NotNameWords.Contains(w)) && !nextIsJob)
            {
                // "Practical Horseman Editorial Staff", "European Space Agency": a desk or a body, not a person.
                return "";
            }

            var isAcronym = !nameInCaps && w.Length >= 2 && char.IsUpper(w[0]) && char.IsUpper(w[1]);
            if (lexicon.Bylines.CutWords.Contains(head) || (lexicon.Bylines.JobWords.Contains(w) && char.IsUpper(w[0])) || isAcronym
                || lexicon.Agencies.Alias.Match(string.Join(' ', words[i..])) is { Success: true, Index: 0 })
            {
                foreach (var agency in AgencyFinder.Find([string.Join(' ', words[i..])], lexicon.Agencies).Concat(lexicon.Agencies.AllAgencies(string.Join(' ', words[i..])) ?? []))
                {
                    if (!found.Contains(agency))
                    {
                        found.Add(agency);
                    }
                }

                return string.Join(' ', words[..i]);
            }
        }

        return part;
    }

    /// <summary>A job title: every word a job word, an agency or a small joining word, and at least one job word.</summary>
    private static bool IsJobTitle(string text, MetadataLexicon lexicon)
    {
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var jobs = 0;
        foreach (var word in words)
        {
            var w = word.Trim('.', ',').ToLowerInvariant();
            if (lexicon.Bylines.JobWords.Contains(w))
            {
                jobs++;
            }
            else if (!lexicon.Bylines.TitleJoinWords.Contains(w) && lexicon.Agencies.NameOf(word) is null)
            {
                return false;
            }
        }

        return jobs > 0;
    }
}
