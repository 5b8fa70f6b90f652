using Extractor.Core.Cleaning;
using Extractor.Core.Cleaning.Text;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Bylines;
using Extractor.Core.Metadata.Datelines;
using Extractor.Core.Metadata.Dates;
using Extractor.Core.Metadata.Outlets;
using Extractor.Core.Model;

namespace Extractor.Core.Metadata.Text;

/// <summary>
/// What the visible text of a page says about itself (text dumps, and HTML after its tags). The
/// outlet, and the authors tidied against it, are worked out when first asked for: an HTML page
/// mostly names its outlet in its meta tags, and then never asks.
/// </summary>
internal sealed class TextMetadata(
    ParsedDate? published,
    ParsedDate? updated,
    Func<string?> findOutlet,
    IReadOnlyList<string> credits,
    IReadOnlyList<string> agencies,
    Dateline? dateline)
{
    private readonly Lazy<string?> _outlet = new(findOutlet, LazyThreadSafetyMode.None);
    private IReadOnlyList<string>? _authors;

    public ParsedDate? Published { get; } = published;

    public ParsedDate? Updated { get; } = updated;

    public string? Outlet => _outlet.Value;

    /// <summary>The body whose release the page reproduces (see <see cref="OutletFinder.ReleaseSource"/>), or null.</summary>
    public string? ReleaseSource => ReleaseSourceFinder?.Invoke();

    /// <summary>Finds <see cref="ReleaseSource"/> when asked (a page whose outlet is unknown).</summary>
    public Func<string?>? ReleaseSourceFinder { get; init; }

    public IReadOnlyList<string> Authors => _authors ??= credits.Count == 0 ? [] : AuthorList.Tidy(credits, Outlet);

    public IReadOnlyList<string> Agencies { get; } = agencies;

    public Dateline? Dateline { get; } = dateline;

    /// <summary>Where <see cref="Published"/> came from (a <see cref="ProvenanceSource"/> value), or null.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>Whether <see cref="Published"/> was printed on a date line by the headline.</summary>
    public bool PublishedByHeadline { get; init; }

    /// <summary>Why <see cref="Published"/> may be wrong (see <see cref="TextDates.Warning"/>), or null.</summary>
    public string? DateWarning { get; init; }

    /// <summary>Where <see cref="Updated"/> came from, or null.</summary>
    public string? UpdatedSource => Updated is null ? null : ProvenanceSource.VisibleLine;
}

/// <summary>
/// Reads metadata from a page's lines: date lines and bylines above the body, the dateline in
/// the first body paragraph, agency credits anywhere in the header, body and captions, e-mail
/// sign-offs at the end, and the outlet's self-naming in the header and footer.
/// </summary>
internal static class TextMetadataReader
{
    /// <summary>How many prose lines may come before the one holding the dateline (captions often do).</summary>
    private const int DatelineSearch = 3;

    public static TextMetadata Read(TextLayout layout, CleanedPage cleaned, MetadataLexicon lexicon, bool narrowHeader = false)
    {
        var agencies = lexicon.Agencies;
        var outlets = lexicon.Outlets;
        var header = narrowHeader ? layout.NearHeaderLines() : layout.HeaderLines();
        var dates = TextDates.Find(layout, lexicon.Dates, header);
        var headerLines = header.Select(i => layout.Lines[i]).Concat(cleaned.HeaderLines).ToArray();

        var authors = new List<string>();
        var credited = new List<string>();
        foreach (var line in headerLines)
        {
            Merge(BylineParser.ReadHeaderLine(line, lexicon), authors, credited);
        }

        var signOffFrom = Math.Max(layout.BodyStart, layout.BodyEnd - 3);
        for (var i = signOffFrom; i < Math.Min(layout.Lines.Count, layout.BodyEnd + 6); i++)
        {
            Merge(BylineParser.ReadSignOff(layout.Lines[i], lexicon), authors, credited);
        }

        var dateline = FindDateline(layout, cleaned, dates.Published?.Date, lexicon);
        var published = dates.Published;
        var publishedSource = dates.PublishedSource;
        if (published is null && dateline?.Date is { } dd && dateline.Credit is { } credit && DateParser.ParseFirst(credit, lexicon.Dates) is { } creditDate && creditDate.Date == dd)
        {
            // The only date some wire pages print is in the dateline's credit: "(… / Sputnik - 03rd August, 2021)".
            published = creditDate;
            publishedSource = ProvenanceSource.VisibleLine;
        }

        var body = Enumerable.Range(layout.BodyStart, Math.Max(0, layout.BodyEnd - layout.BodyStart)).Select(i => layout.Lines[i]);
        // A photo's credit is not the story's: captions ("… on Nov. 14. (Yonhap)", "(AP-Yonhap)",
        // "Photo : YONHAP News") are left out, in the header and in the body.
        var captions = cleaned.Captions.Count == 0 ? null : cleaned.Captions.ToHashSet(StringComparer.Ordinal);
        // A caption on the page's first line comes after the crawler's header (news g149).
        var storyLines = captions is null ? headerLines.Concat(body) : headerLines.Concat(body).Where(l => !captions.Contains(CrawlerHeader.Strip(l).Trim(' ', '|')));
        foreach (var agency in AgencyFinder.Find(storyLines.Concat(cleaned.Paragraphs), agencies))
        {
            if (!credited.Contains(agency))
            {
                credited.Add(agency);
            }
        }

        string? FindOutlet() =>
            OutletFinder.FromText(layout, outlets, agencies, lexicon.Dates)
            ?? OutletFinder.FromCredit(dateline?.Credit, agencies, outlets)
            ?? (dateline is null ? OutletFinder.FromOpener(DatelineCandidates(layout, cleaned), lexicon) : null);
        return new TextMetadata(published, dates.Updated, FindOutlet, authors, credited, dateline)
        {
            PublishedSource = publishedSource,
            PublishedByHeadline = dates.ByHeadline,
            DateWarning = dates.Warning,
            ReleaseSourceFinder = () => OutletFinder.ReleaseSource(layout, outlets),
        };
    }

    private static Dateline? FindDateline(TextLayout layout, CleanedPage cleaned, DateOnly? published, MetadataLexicon lexicon)
    {
        // Last, the header's lines: a press release's lead-in under its headline can open with the
        // dateline ("Washington, DC (STL.News) The following is attributable to …:").
        foreach (var paragraph in DatelineCandidates(layout, cleaned))
        {
            if (DatelineParser.Parse(CrawlerHeader.Strip(paragraph), published, lexicon) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Where a dateline may stand: the first prose lines of the body, the first paragraphs, header lines ending in a colon.</summary>
    private static IEnumerable<string> DatelineCandidates(TextLayout layout, CleanedPage cleaned) =>
        layout.ProseLines.Where(i => i >= layout.BodyStart).Take(DatelineSearch).Select(i => layout.Lines[i])
            .Concat(cleaned.Paragraphs.Take(2)).Concat(cleaned.HeaderLines.Where(l => l.EndsWith(':')));

    private static void Merge(Byline byline, List<string> authors, List<string> agencies)
    {
        if (byline.IsEmpty)
        {
            return;
        }

        authors.AddRange(byline.Authors.Where(a => !authors.Contains(a)));
        agencies.AddRange(byline.Agencies.Where(a => !agencies.Contains(a)));
    }
}
