using Extractor.Core.Cleaning.Text;
using Extractor.Core.Lexicons;
using Extractor.Core.Model;

namespace Extractor.Core.Cleaning;

/// <summary>
/// Cleans a text dump (every line a block, as a browser copies a page). In order: classify each
/// line on its own (<see cref="LineClassifier"/>), find the body as the run where prose outweighs
/// furniture (<see cref="BodyLocator"/>), pick the headline above it (<see cref="HeadlineFinder"/>),
/// then sort the lines: body paragraphs, captions, header lines (byline, dates) and boilerplate.
/// </summary>
public sealed class TextCleaner : ICleaner
{
    private readonly LineClassifier _classifier;

    public TextCleaner()
        : this(new LineClassifier())
    {
    }

    public TextCleaner(LexiconSet lexicons)
        : this(new LineClassifier(lexicons?.Text!))
    {
    }

    public TextCleaner(LineClassifier classifier)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
    }

    public CleanedPage Clean(SourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = PageLines.Read(page.Content, _classifier);
        var body = BodyLocator.Locate(lines);
        if (body is null)
        {
            return new CleanedPage(null, [], [], [], lines.Select(l => l.Text).ToArray(), null, ["no article body found"]);
        }

        var (start, end) = body.Value;
        var titleIndex = HeadlineFinder.Find(lines, start, end, _classifier.Lexicon);
        var paragraphs = new List<string>();
        var captions = new List<string>();
        var header = new List<string>();
        var boilerplate = new List<string>();
        var seenCaptions = new HashSet<string>(StringComparer.Ordinal);
        var seenParagraphs = new HashSet<string>(StringComparer.Ordinal);
        var inBox = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];

            // A box of other stories set into the body ("Related articles" and its headlines) runs from its label to the next paragraph.
            inBox = line.Kind == LineKind.Section || (inBox && line.Kind != LineKind.Prose);
            if (i == titleIndex)
            {
                continue;
            }

            if (IsCaption(lines, i) && (i > titleIndex || i >= start) && i <= end)
            {
                if (seenCaptions.Add(line.Key))
                {
                    // A caption laid out in a table cell keeps the cell's bar: "... (Yonhap) |".
                    captions.Add(line.Text.TrimEnd(' ', '|'));
                }

                continue;
            }

            if (i >= start && i <= end)
            {
                if (!inBox && IsBodyLine(lines, i, end) && seenParagraphs.Add(line.Key))
                {
                    paragraphs.Add(line.Text);
                }
                else
                {
                    boilerplate.Add(line.Text);
                }

                continue;
            }

            if (i < start && IsHeaderLine(line, i > titleIndex && titleIndex >= 0))
            {
                header.Add(line.Text);
                continue;
            }

            boilerplate.Add(line.Text);
        }

        var warnings = paragraphs.Count == 0 ? new[] { "no article body found" } : [];
        var title = titleIndex >= 0 ? WithoutTrailingDate(CrawlerHeader.Strip(lines[titleIndex].Text)) : null;
        return new CleanedPage(title, paragraphs, captions, header, boilerplate, null, warnings) { TitleSource = title is null ? null : ProvenanceSource.VisibleLine };
    }

    /// <summary>
    /// The headline without a date or time printed after it on its line behind a separator
    /// (<see cref="HeadlineTail"/>, "… | 19.10.2019"): the part after the last separator is cut when, on its own, it
    /// reads as a date line.
    /// </summary>
    private string WithoutTrailingDate(string title)
    {
        var cut = HeadlineTail.After(title);
        if (cut < 0)
        {
            return title;
        }

        var head = title.AsSpan(0, cut).TrimEnd();
        while (head.Length > 0 && HeadlineTail.IsSeparator(head[^1]))
        {
            head = head[..^1].TrimEnd();
        }

        var tail = title[cut..].Trim();
        return head.Length > 0 && tail.Length > 0 && _classifier.Classify(tail) == LineKind.DateLine ? head.ToString() : title;
    }

    /// <summary>Lines kept inside the body: prose and sentence-like phrases (subheadings, short sentences, list items).</summary>
    private static bool IsBodyLine(IReadOnlyList<PageLine> lines, int i, int end)
    {
        var line = lines[i];
        if (line.Kind is LineKind.Prose || (line.Kind is LineKind.Phrase && (line.Shape.EndsSentence || line.Shape.EndsColon)))
        {
            return true;
        }

        // The page's last line, when it reads as language, closes the article (see BodyLocator).
        if (line.Kind is LineKind.Phrase && i == lines.Count - 1)
        {
            return true;
        }

        // A line without a full stop stays when a paragraph follows it inside the body (a subheading, a list item).
        // The body ends on such a line only after a list its paragraph announced (see BodyLocator).
        return line.Kind is LineKind.Phrase or LineKind.Label && line.Occurrences == 1
            && (i < end ? lines[i + 1].Kind is LineKind.Prose or LineKind.Phrase or LineKind.Label : i > 0 && lines[i - 1].Kind is LineKind.Phrase or LineKind.Label or LineKind.Prose);
    }

    /// <summary>
    /// Header lines go to the metadata stage: bylines and date lines anywhere above the body, and
    /// every plain line between the headline and the body ("Office of the Spokesperson").
    /// </summary>
    private static bool IsHeaderLine(PageLine line, bool belowHeadline) =>
        line.Kind is LineKind.Byline or LineKind.DateLine or LineKind.Timestamp
        || (belowHeadline && line.Kind is LineKind.Label or LineKind.Phrase or LineKind.Prose or LineKind.LeadIn);

    /// <summary>A caption by its words, or any longer line printed twice in a row (the page shows a caption under the photo and in the viewer).</summary>
    private static bool IsCaption(IReadOnlyList<PageLine> lines, int i)
    {
        var line = lines[i];
        if (line.Kind == LineKind.Caption)
        {
            return true;
        }

        var doubled = line.RepeatsPrevious || (i + 1 < lines.Count && lines[i + 1].RepeatsPrevious);
        return doubled && line.Kind is LineKind.Prose or LineKind.Phrase;
    }
}
