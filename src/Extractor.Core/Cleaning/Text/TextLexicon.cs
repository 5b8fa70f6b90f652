using System.Buffers;
using Extractor.Core.Facts.Gazetteer;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// The word lists the text cleaner reads: function words of several languages and the words of
/// page furniture (widget labels, share buttons, footer and caption markers). Built once from the
/// lexicon set's Cleaning/Text files.
/// </summary>
public sealed class TextLexicon
{
    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopLookup;

    /// <summary>Turns most other words away before the look-up: asked of every word of every line of a text dump.</summary>
    private readonly WordFilter _stopFilter = new();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _dateLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _shareLookup;

    public TextLexicon(
        IEnumerable<string> stopWords,
        IEnumerable<string> widgetLabels,
        IReadOnlyList<string> widgetPrefixes,
        IReadOnlyList<string> captionMarkers,
        IReadOnlyList<string> captionPrefixes,
        IReadOnlyList<string> footerMarkers,
        IEnumerable<string> shareWords,
        IReadOnlyList<string> leadIns,
        IReadOnlyList<string> bylinePrefixes,
        IEnumerable<string> dateWords,
        IEnumerable<string> sectionLabels,
        IEnumerable<string> commentMarkers,
        IReadOnlyList<string> rightsMarkers,
        RelativeTimes relativeTimes,
        IReadOnlyList<string>? authorBoxOpenings = null)
    {
        AuthorBoxOpeningList = new PrefixList(authorBoxOpenings ?? []);
        ArgumentNullException.ThrowIfNull(rightsMarkers);
        RightsMarkerSearch = SearchValues.Create(rightsMarkers.ToArray(), StringComparison.Ordinal);
        ArgumentNullException.ThrowIfNull(relativeTimes);
        RelativeTimes = relativeTimes;
        _stopWords = new HashSet<string>(stopWords, StringComparer.OrdinalIgnoreCase);
        _stopLookup = _stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _stopWords)
        {
            _stopFilter.Add(word);
        }
        WidgetLabels = new HashSet<string>(widgetLabels, StringComparer.Ordinal);
        WidgetPrefixes = widgetPrefixes;
        WidgetPrefixList = new PrefixList(widgetPrefixes);
        CaptionMarkers = captionMarkers;
        CaptionPrefixes = captionPrefixes;
        CaptionPrefixList = new PrefixList(captionPrefixes);
        FooterMarkers = footerMarkers;
        ShareWords = new HashSet<string>(shareWords, StringComparer.Ordinal);
        LeadIns = leadIns;
        BylinePrefixes = bylinePrefixes;
        BylinePrefixList = new PrefixList(bylinePrefixes);
        DateWords = new HashSet<string>(dateWords, StringComparer.OrdinalIgnoreCase);
        _dateLookup = ((HashSet<string>)DateWords).GetAlternateLookup<ReadOnlySpan<char>>();
        _shareLookup = ((HashSet<string>)ShareWords).GetAlternateLookup<ReadOnlySpan<char>>();
        // Every line is searched for these markers: one multi-string search instead of a loop of
        // Contains calls (it was the costliest step of the cleaner).
        CaptionMarkerSearch = SearchValues.Create(captionMarkers.ToArray(), StringComparison.Ordinal);
        FooterMarkerSearch = SearchValues.Create(footerMarkers.ToArray(), StringComparison.Ordinal);
        LeadInSearch = SearchValues.Create(leadIns.ToArray(), StringComparison.Ordinal);
        SectionLabels = new HashSet<string>(sectionLabels, StringComparer.Ordinal);
        CommentMarkers = new HashSet<string>(commentMarkers, StringComparer.Ordinal);
    }

    /// <summary>Folded lines that are widget labels on their own ("most popular").</summary>
    public IReadOnlySet<string> WidgetLabels { get; }

    /// <summary>Folded line beginnings that mark furniture ("read more:", "related:").</summary>
    public IReadOnlyList<string> WidgetPrefixes { get; }

    /// <summary>Substrings of a caption or image credit ("(ap photo", "getty images").</summary>
    public IReadOnlyList<string> CaptionMarkers { get; }

    /// <summary>Folded caption beginnings ("this photo", "a photo").</summary>
    public IReadOnlyList<string> CaptionPrefixes { get; }

    /// <summary>Substrings of footer lines ("copyright", "registration no").</summary>
    public IReadOnlyList<string> FooterMarkers { get; }

    /// <summary>Words a row of share buttons is made of.</summary>
    public IReadOnlySet<string> ShareWords { get; }

    /// <summary>Substrings of a press release's lead-in line ("is attributable to").</summary>
    public IReadOnlyList<string> LeadIns { get; }

    /// <summary>Folded byline beginnings ("by ").</summary>
    public IReadOnlyList<string> BylinePrefixes { get; }

    /// <summary>Words a date line is made of besides numbers (month and day names, "published").</summary>
    public IReadOnlySet<string> DateWords { get; }

    /// <summary>Folded labels that open another section of the page ("related articles", "most popular"): the article is over.</summary>
    public IReadOnlySet<string> SectionLabels { get; }

    /// <summary>Folded labels, without their counts, that open a comment section ("comments", "leave a reply").</summary>
    public IReadOnlySet<string> CommentMarkers { get; }

    /// <summary>Byline clocks ("3 minutes ago") in the languages of the data.</summary>
    public RelativeTimes RelativeTimes { get; }

    /// <summary><see cref="WidgetPrefixes"/> by first character.</summary>
    internal PrefixList WidgetPrefixList { get; }

    /// <summary><see cref="CaptionPrefixes"/> by first character.</summary>
    internal PrefixList CaptionPrefixList { get; }

    /// <summary>Folded first words of an author box's heading ("über "), by first character.</summary>
    internal PrefixList AuthorBoxOpeningList { get; }

    /// <summary><see cref="BylinePrefixes"/> by first character.</summary>
    internal PrefixList BylinePrefixList { get; }

    /// <summary><see cref="CaptionMarkers"/> as one search.</summary>
    public SearchValues<string> CaptionMarkerSearch { get; }

    /// <summary><see cref="FooterMarkers"/> as one search.</summary>
    public SearchValues<string> FooterMarkerSearch { get; }

    /// <summary>Substrings of a rights line ("©", "all rights reserved", "alle rechte vorbehalten"), as one search.</summary>
    public SearchValues<string> RightsMarkerSearch { get; }

    /// <summary><see cref="LeadIns"/> as one search.</summary>
    public SearchValues<string> LeadInSearch { get; }

    public bool IsStopWord(ReadOnlySpan<char> word) => _stopFilter.MayContain(word) && _stopLookup.Contains(word);

    public bool IsDateWord(ReadOnlySpan<char> word) => _dateLookup.Contains(word);

    public bool IsShareWord(ReadOnlySpan<char> word) => _shareLookup.Contains(word);

    /// <summary>Builds the lexicon of <c>Cleaning/Text/boilerplate.json</c> and <c>stopwords.json</c>.</summary>
    public static TextLexicon From(TextBoilerplateFile furniture, StopwordsFile stopwords)
    {
        ArgumentNullException.ThrowIfNull(furniture);
        ArgumentNullException.ThrowIfNull(stopwords);
        static string[] Strings(IEnumerable<string> words) => words.Where(s => s.Length > 0).ToArray();
        return new TextLexicon(
            stopwords.Languages.Values.SelectMany(Strings),
            Strings(furniture.WidgetLabels),
            Strings(furniture.WidgetPrefixes),
            Strings(furniture.CaptionMarkers),
            Strings(furniture.CaptionPrefixes),
            Strings(furniture.FooterMarkers),
            Strings(furniture.ShareWords),
            Strings(furniture.LeadIns),
            Strings(furniture.BylinePrefixes),
            Strings(furniture.DateWords),
            Strings(furniture.SectionLabels),
            Strings(furniture.CommentMarkers),
            Strings(furniture.RightsMarkers),
            new RelativeTimes(
                Strings(furniture.RelativeTimeUnits),
                Strings(furniture.RelativeTimeCounts),
                Strings(furniture.RelativeTimeAfter),
                Strings(furniture.RelativeTimeBefore),
                Strings(furniture.RelativeTimeAlone)),
            Strings(furniture.AuthorBoxOpenings));
    }
}
