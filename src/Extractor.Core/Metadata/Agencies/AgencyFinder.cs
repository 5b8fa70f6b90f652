using System.Buffers;
using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Agencies;

/// <summary>
/// Finds the agencies a page credits for its story. Only credits count, not mentions: a
/// parenthesis (<c>(Yonhap)</c>, <c>(UrduPoint News / Sputnik - 03rd August, 2021)</c>,
/// <c>(AP Photo/…)</c>), a TASS-style <c>/TASS/</c>, a line or sign-off that is only the agency
/// (<c>— TASS</c>, <c>Reuters</c>), a byline (<c>By Yonhap</c>), and contribution lines
/// (<c>Reuters contributed to this report</c>, <c>Source: Xinhua</c>). "The Sputnik V vaccine"
/// and "told Reuters" are mentions (pinned by <c>Mentions_are_not_credits</c>).
/// </summary>
internal static partial class AgencyFinder
{
    [GeneratedRegex(@"\(([^()]{1,90})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"(?<![\w/])/([A-Za-z][\w -]{1,30})/(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();

    [GeneratedRegex(@"(?:^|[.!?""”)]\s*)(?:--|[—–-])\s*(?<who>[^.!?""”]{2,40}?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    /// <summary>A sign-off opens with one of these.</summary>
    private static readonly SearchValues<char> Dashes = SearchValues.Create("-—–");

    // A credit on a line of its own holds none of these, and nothing else WholeLine admits does.
    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?\"”");

    /// <summary>The agencies credited in <paramref name="lines"/>, in order of first credit.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> lines, AgencyList agencies)
    {
        var found = new List<string>();
        var credits = agencies.Credits;
        // Callers pass overlapping views of a page (its body lines and its paragraphs): a line
        // read once has given all its credits, in order, so a repeat is skipped.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            // Every credit is an alias's text: a line holding none where a credit can stand gives
            // nothing (most lines of a page). A repeat is skipped before it is searched.
            if (line.Length == 0 || !seen.Add(line) || !MayCredit(line, agencies))
            {
                continue;
            }

            // Each pattern opens with its character: a line without it is not searched.
            if (line.Contains('(', StringComparison.Ordinal))
            {
                foreach (Match m in Parenthesis().Matches(line))
                {
                    // A credit stands where a dateline or sign-off does: near the start of the line or at
                    // its end; "(APP)" in mid-sentence is an abbreviation (pinned by Mid_sentence_acronym_is_not_a_credit).
                    var tail = line.AsSpan(m.Index + m.Length).Trim(" |.,;:-–—\"”'’)");
                    if (tail.Length == 0 || IsDatelinePrefix(line[..m.Index].Trim()))
                    {
                        AddAll(Distributor(m.Groups[1].Value, agencies), agencies, found);
                    }
                }
            }

            if (line.Contains('/', StringComparison.Ordinal))
            {
                foreach (Match m in Slashed().Matches(line))
                {
                    AddAll(m.Groups[1].Value, agencies, found);
                }
            }

            if (line.Length <= 60 && !line.AsSpan().ContainsAny(SentenceMarks) && credits.WholeLine.Match(line) is { Success: true } whole)
            {
                AddAll(whole.Groups["who"].Value, agencies, found);
            }

            // Sign-offs and tail credits stand at the end of a line: only its end is searched, so a
            // long page costs no more than its line count.
            var end = line.Length > 80 ? line[^80..] : line;
            if (end.AsSpan().ContainsAny(Dashes) && SignOff().Match(end) is { Success: true } signOff)
            {
                AddAll(signOff.Groups["who"].Value, agencies, found);
            }

            if (end.AsSpan().ContainsAny(credits.TailCreditWords) && credits.TailCredit.Match(end) is { Success: true } tailCredit)
            {
                AddAll(tailCredit.Groups["who"].Value, agencies, found);
            }

            if (line.AsSpan().ContainsAny(credits.ContributionWords))
            {
                AddContributions(line, agencies, found);
            }
        }

        return found;
    }

    /// <summary>Lines longer than this are searched for aliases only where a credit can stand.</summary>
    private const int WholeSearch = 240;

    // A credit's parenthesis holds at most 90 characters; a dateline's prefix at most 40.
    private const int ParenthesisReach = 92;
    private const int PrefixReach = 40;

    /// <summary>
    /// True when <paramref name="line"/> holds an alias's text where a credit can stand. A long line
    /// with no '/' (a slashed credit) and no contribution word is a paragraph: its credits stand in
    /// a parenthesis after a dateline's prefix at its start, or at its end (a parenthesis with only
    /// punctuation after it, a sign-off or tail credit in its last 80 characters), so only those two
    /// stretches are searched.
    /// </summary>
    private static bool MayCredit(string line, AgencyList agencies)
    {
        var span = line.AsSpan();
        if (line.Length <= WholeSearch || span.Contains('/') || span.ContainsAny(agencies.Credits.ContributionWords))
        {
            return agencies.MayCredit(span);
        }

        // A parenthesis after a dateline's prefix: at most 40 characters after leading white space,
        // then white space, then the parenthesis.
        var head = span.Length - span.TrimStart().Length + PrefixReach;
        while (head < span.Length && char.IsWhiteSpace(span[head]))
        {
            head++;
        }

        // A parenthesis followed only by punctuation ends where the line's trailing punctuation starts.
        var tail = Math.Max(0, Math.Min(span.Length - 80, span.TrimEnd(" |.,;:-–—\"”'’)").Length - ParenthesisReach));
        return agencies.MayCredit(span[..Math.Min(span.Length, head + ParenthesisReach)]) || agencies.MayCredit(span[tail..]);
    }

    /// <summary>
    /// Adds the agencies of the contribution credits in <paramref name="line"/>, the matches an
    /// unanchored scan of the line would give, in order. Every match holds a contribution word and
    /// starts no further back from it than the pattern reaches, so only those starts are tried (with
    /// the pattern anchored at each), not every character of a long paragraph.
    /// </summary>
    private static void AddContributions(string line, AgencyList agencies, List<string> found)
    {
        var credits = agencies.Credits;
        var next = 0; // where the next match may start: the end of the last one
        var tried = -1; // the last start tried
        for (var word = line.AsSpan().IndexOfAny(credits.ContributionWords); word >= 0;)
        {
            for (var start = Math.Max(Math.Max(next, tried + 1), ContributionStart(line, word, credits.ContributionReach)); start <= word; start++)
            {
                tried = start;
                if (credits.ContributionAt.Match(line, start) is { Success: true } m)
                {
                    AddAll(m.Groups["who"].Value, agencies, found);
                    next = Math.Max(m.Index + m.Length, start + 1);
                    tried = next - 1;
                    break;
                }
            }

            var from = Math.Max(word + 1, next);
            if (from >= line.Length || line.AsSpan(from).IndexOfAny(credits.ContributionWords) is not (>= 0 and var at))
            {
                break;
            }

            word = from + at;
        }
    }

    /// <summary>
    /// Where a scan for contribution credits may start: no match begins further back than
    /// <paramref name="reach"/> characters before the first contribution word (white space runs
    /// count as one character, as the pattern's <c>\s+</c> can stretch them).
    /// </summary>
    private static int ContributionStart(string line, int word, int reach)
    {
        var start = word;
        while (start > 0 && reach > 0)
        {
            start--;
            if (!(char.IsWhiteSpace(line[start]) && start + 1 < line.Length && char.IsWhiteSpace(line[start + 1])))
            {
                reach--;
            }
        }

        // Step back over a white space run the budget ended in.
        while (start > 0 && char.IsWhiteSpace(line[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// The credit, or in a photo credit of two agencies glued by a hyphen (<c>(AP-Yonhap)</c>: an
    /// AP photo distributed by Yonhap), the distributor alone: the first agency took the photo, not
    /// the story (news g146, a Yonhap story on a Korea Herald page under an AP photo).
    /// </summary>
    private static string Distributor(string credit, AgencyList agencies)
    {
        var dash = credit.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash != credit.LastIndexOf('-') || credit.Contains(' ', StringComparison.Ordinal))
        {
            return credit;
        }

        var second = credit[(dash + 1)..];
        return agencies.NameOf(credit[..dash]) is not null && agencies.NameOf(second) is not null ? second : credit;
    }

    /// <summary>
    /// True when the text before a parenthesis can be a dateline's place (and date): nothing, a
    /// place in capitals (<c>SEOUL, Jan. 26</c>), or a few capitalised words (<c>Moscow</c>).
    /// </summary>
    private static bool IsDatelinePrefix(string prefix) =>
        prefix.Length == 0
        || (prefix.Length <= 40 && prefix.Length >= 2 && char.IsUpper(prefix[0]) && char.IsUpper(prefix[1]))
        || (prefix.Length <= 25 && prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0])));

    /// <summary>
    /// Adds the agencies of a credit. The credit is cut into segments at separators
    /// (<c>/ , ; - and via</c>) and a segment counts only when it is an agency's name, perhaps
    /// with a photo word (<c>AP Photo</c>): so <c>(KCNA-Yonhap)</c> gives Yonhap but
    /// <c>(Sputnik V)</c> gives nothing.
    /// </summary>
    private static void AddAll(string credit, AgencyList agencies, List<string> found)
    {
        foreach (var raw in agencies.Credits.Separator.Split(credit))
        {
            var segment = agencies.Credits.CreditWords.Replace(raw, "").Trim(' ', '.', ':', '©');
            if (segment.Length > 0 && agencies.NameOf(segment) is { } name && !found.Contains(name))
            {
                found.Add(name);
            }
        }
    }
}
