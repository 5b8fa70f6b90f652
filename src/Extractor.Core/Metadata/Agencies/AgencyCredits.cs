using System.Buffers;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Metadata.Agencies;

/// <summary>
/// The grammar of an agency credit, built from the wording in <c>agencies.json</c>'s <c>credits</c>:
/// the patterns <see cref="AgencyFinder"/> runs and the words that must be on a line before each
/// is tried. The shape (where a credit stands, its punctuation) is here; the words are data.
/// </summary>
internal sealed class AgencyCredits
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private readonly LazyRegex _wholeLine;

    private readonly LazyRegex _contributionAt;

    private readonly LazyRegex _tailCredit;

    private readonly LazyRegex _creditWords;

    private readonly LazyRegex _separator;

    private AgencyCredits(AgencyCreditWords words)
    {
        // "Source: Xinhua", "By Yonhap", "— TASS": a line that is only a credit.
        _wholeLine = new LazyRegex(@"^(?:" + Alternation(words.LineOpeners, longestFirst: false) + @")?\s*[:：]?\s*(?:[-—–|]+\s*)?(?<who>[^.!?""”]{2,40}?)\s*(?:[-—–|]+)?\s*$", Options);

        // "Reuters contributed to this report", "Additional reporting by Reuters and AFP".
        // Anchored (\G) where a search starts: AgencyFinder tries it only where a match can start.
        var contribution = @"(?<who>[\w .,/&-]{2,60}?)\s+(?:" + Alternation(words.Contributed) + @")\b|(?:" + Alternation(words.ReportedBy) + @")\s+(?<who>[^.;]{2,80})";
        _contributionAt = new LazyRegex(@"\G(?:" + contribution + ")", Options);
        // A match starts no further back from a contribution word than its credit (60), the white
        // space before the phrase and the phrase itself: the longest phrase, with single spaces.
        ContributionReach = 62 + words.Contributed.Concat(words.ReportedBy).Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Length).DefaultIfEmpty(0).Max();
        ContributionWords = SearchValues.Create(words.Contributed.Concat(words.ReportedBy).Select(LongestWord).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);

        // "... with inputs from PTI", "... Source: AFP": a credit closing a line. An opener that ends
        // in a colon needs the colon; any other needs a space after it.
        var openers = words.TailOpeners.OrderByDescending(w => w.Length).Select(w => w.EndsWith(':')
            ? @"\b" + Words(w[..^1]) + @"\s*:\s*"
            : @"\b" + Words(w) + @"\s+");
        _tailCredit = new LazyRegex(@"(?:" + string.Join('|', openers) + @")(?<who>[\w .,/&-]{2,40})$", Options);
        TailCreditWords = SearchValues.Create(words.TailOpeners.Select(w => w.TrimEnd(':').Split(' ')[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);

        // Cut from a credit's segment before its agency is looked up: "with inputs from …",
        // "Photo by …", "Sources: …" before it; "… Photo", "… file photos" after it.
        var media = Alternation(words.MediaWords);
        _creditWords = new LazyRegex(@"^(?:" + Alternation(words.LeadingWords) + @")\s+|^(?:" + Alternation(words.Labels) + @")s?\s*(?:" + Alternation(words.LabelFollowers) + @"|:)?\s+|\s+(?:(?:" + media + @")s?\s+)?(?:" + media + @")s?$", Options);

        // Where one credit names several agencies: "/", ",", ";", "|", a dash, "&" and the join words as printed.
        _separator = new LazyRegex(@"\s*(?:[/,;|–—]|\s-\s|(?<=\w)-(?=\p{Lu})|\b(?:" + Alternation(words.JoinWords) + @")\b|&)\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public Regex WholeLine => _wholeLine.Value;

    /// <summary>A contribution credit starting exactly where the search starts (<c>\G</c>), or none.</summary>
    public Regex ContributionAt => _contributionAt.Value;

    /// <summary>Words a contribution line must hold (one vectorised search, not one per phrase).</summary>
    public SearchValues<string> ContributionWords { get; }

    /// <summary>How many characters (a white space run counting one) a contribution match reaches back before a contribution word.</summary>
    public int ContributionReach { get; }

    public Regex TailCredit => _tailCredit.Value;

    /// <summary>Words a tail credit must hold.</summary>
    public SearchValues<string> TailCreditWords { get; }

    public Regex CreditWords => _creditWords.Value;

    public Regex Separator => _separator.Value;

    public static AgencyCredits From(AgencyCreditWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new AgencyCredits(words);
    }

    /// <summary>
    /// The phrases as one alternation, each word escaped and the spaces between words any run of
    /// white space; longest first, so "with inputs from" is tried before "with".
    /// </summary>
    private static string Alternation(IEnumerable<string> phrases, bool longestFirst = true) =>
        string.Join('|', (longestFirst ? phrases.OrderByDescending(p => p.Length) : phrases).Select(Words));

    private static string Words(string phrase) =>
        string.Join(@"\s+", phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Regex.Escape(w)));

    private static string LongestWord(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!;
}
