using System.Runtime.CompilerServices;
namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// Finds the article body as the run of lines where prose outweighs page furniture: each line gets
/// a weight (prose earns its word count, a menu item or label costs a little), and the body is the
/// contiguous run with the largest total (Kadane's maximum subarray, one pass). A paragraph of forty
/// words carries the run across a caption or an advertisement label, while a menu of thirty short
/// items is never worth crossing for a stray sentence.
/// </summary>
public static class BodyLocator
{
    /// <summary>The first and last line index of the body, or null when no line reads as prose.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Start, int End)? Locate(IReadOnlyList<PageLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var weights = Weights(lines);
        double best = 0, run = 0;
        int bestStart = -1, bestEnd = -1, runStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (run <= 0)
            {
                run = 0;
                runStart = i;
            }

            run += weights[i];
            if (run > best)
            {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }

        if (bestStart < 0)
        {
            return null;
        }

        bestStart = ExtendOverBoxAbove(lines, weights, bestStart);
        return (ExtendOverLead(lines, bestStart), ExtendToPageEnd(lines, ExtendOverAnnouncedList(lines, bestEnd)));
    }

    /// <summary>Items an announced list may hold.</summary>
    private const int MaximumListItems = 60;

    /// <summary>
    /// A paragraph ending in a colon announces what follows ("The tour dates:", "Classificação
    /// final … após 36 etapas:"): the entries under it, short lines of names, places and figures
    /// that each cost a little, belong to the article. They run while lines are such entries,
    /// each printed once, at least three; a headline-like line thick with function words (a
    /// teaser) or any furniture ends them (case list-after-colon).
    /// </summary>
    private static int ExtendOverAnnouncedList(IReadOnlyList<PageLine> lines, int end)
    {
        // A short announcing line ("The tour dates:") is no paragraph of its own and stands right after the last one.
        var announcement = end + 1 < lines.Count && lines[end + 1].Shape.EndsColon && IsListEntry(lines[end + 1]) ? end + 1 : end;
        if (!lines[announcement].Shape.EndsColon || announcement + 1 >= lines.Count || !IsListEntry(lines[announcement + 1]))
        {
            return end;
        }

        var last = announcement;
        while (last + 1 < lines.Count && last - announcement < MaximumListItems && IsListEntry(lines[last + 1]))
        {
            last++;
        }

        // A list has a few entries; one or two lines under a label ("Reference(s):" and a source) are a credit.
        return last - announcement >= MinimumListItems ? last : end;
    }

    /// <summary>Entries a run of lines needs to be taken for an announced list.</summary>
    private const int MinimumListItems = 3;

    private static bool IsListEntry(PageLine line) =>
        line.Occurrences == 1 && (line.Kind == LineKind.Label || (line.Kind == LineKind.Phrase && line.Shape.StopShare < 0.25));

    /// <summary>Lines an in-body box may take between the article's opening paragraphs and the rest: its label and a few teasers.</summary>
    private const int MaximumBoxLines = 5;

    /// <summary>
    /// A box of other stories set into the article right under its opening ("Related articles" and
    /// two headlines) costs more than the one or two paragraphs above it earn, so the best run starts
    /// below the box and the opening is lost. Where the lines above the run are such a box (a section
    /// or widget label among at most five lines of no prose) and above the box stand paragraphs that
    /// open right under the article's byline or date line, they are the body's start (case
    /// lead-above-related-box).
    /// </summary>
    private static int ExtendOverBoxAbove(IReadOnlyList<PageLine> lines, double[] weights, int start)
    {
        var j = start - 1;
        var labelled = false;
        while (j >= 0 && start - j <= MaximumBoxLines && IsBoxLine(lines[j], weights[j]))
        {
            labelled |= lines[j].Kind is LineKind.Section or LineKind.Widget;
            j--;
        }

        if (!labelled || j < 1 || !IsOpeningParagraph(lines[j]))
        {
            return start;
        }

        var first = j;
        while (first > 0 && IsOpeningParagraph(lines[first - 1]))
        {
            first--;
        }

        return first > 0 && lines[first - 1].Kind is LineKind.Byline or LineKind.DateLine or LineKind.Timestamp ? first : start;
    }

    private static bool IsBoxLine(PageLine line, double weight) =>
        weight > ClusteredStampWeight && line.Kind is LineKind.Section or LineKind.Widget or LineKind.Label or LineKind.Phrase or LineKind.Symbol or LineKind.Caption or LineKind.Share;

    private static bool IsOpeningParagraph(PageLine line) =>
        line.Kind == LineKind.Prose && line.Occurrences == 1;

    /// <summary>
    /// A lead paragraph printed without its full stop right above the body ("Chelsea have this
    /// morning paid the fee to secure the world record signing") is part of it: sentence case,
    /// thick with function words, too long for a label (case lead-without-full-stop).
    /// </summary>
    private static int ExtendOverLead(IReadOnlyList<PageLine> lines, int start)
    {
        while (start > 0 && IsLeadLike(lines[start - 1]) && !(start >= 2 && IsListItem(lines[start - 2])))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// A line printed as an item of a bulleted list ("- US joins with South Korea ..."). The line right under such
    /// a list opens the page's own part: it is the headline, not a lead (case headline-under-bulleted-teasers).
    /// </summary>
    private static bool IsListItem(PageLine line) =>
        line.Text.Length > 2 && line.Text[0] is '-' or '•' or '*' or '–' or '·' && line.Text[1] == ' ';

    private static bool IsLeadLike(PageLine line) =>
        line.Kind == LineKind.Phrase && line.Occurrences == 1 && line.Shape.Words >= 12
        && line.Shape.StopShare >= 0.2 && line.Shape.CapitalShare <= 0.5;

    /// <summary>
    /// A page that ends in lines of language, with no footer or menu after the body, ends in the
    /// article: a closing line without a full stop ("Thank you to Senators ... for their
    /// leadership") still belongs to it (case press-release-ends-without-full-stop).
    /// </summary>
    private static int ExtendToPageEnd(IReadOnlyList<PageLine> lines, int end)
    {
        for (var i = end + 1; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.Prose or LineKind.Phrase) || lines[i].Shape.Words < 8)
            {
                return end;
            }
        }

        return lines.Count - 1;
    }

    /// <summary>
    /// Every line's weight in its page: <see cref="Weight(PageLine)"/>, with the stamps of a
    /// thread made barriers and the paragraphs between them discounted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Weights(IReadOnlyList<PageLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var clustered = ClusteredStamps(lines);
        var weights = new double[lines.Count];
        var previousStamp = int.MinValue / 2;
        var nextStamp = new int[lines.Count];
        var next = int.MaxValue / 2;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            nextStamp[i] = next;
            if (clustered[i])
            {
                next = i;
            }
        }

        var proseSoFar = 0;
        var inComments = false;
        for (var i = 0; i < lines.Count; i++)
        {
            // Once a comment section opens below some article text, what follows is talk about the article.
            inComments |= lines[i].Kind == LineKind.CommentsStart && proseSoFar >= MinimumArticleWords;
            proseSoFar += lines[i].Kind == LineKind.Prose ? lines[i].Shape.Words : 0;
            if (clustered[i])
            {
                weights[i] = ClusteredStampWeight;
                previousStamp = i;
                continue;
            }

            if (IsArticleHeader(lines, i))
            {
                weights[i] = ClusteredStampWeight;
                continue;
            }

            weights[i] = Weight(lines[i]);

            if (weights[i] > 0 && inComments)
            {
                weights[i] *= ThreadDiscount;
            }

            // A paragraph standing alone between a headline-like line and another such line is the
            // summary under a teaser in a list; an article's paragraphs come in runs.
            if (weights[i] > 0 && IsIsolated(lines, i))
            {
                weights[i] *= IsolatedDiscount;
            }

            // Between two stamps of a thread a paragraph is a comment or a feed item: it counts for little.
            if (weights[i] > 0 && i - previousStamp <= StampReach && nextStamp[i] - i <= StampReach)
            {
                weights[i] *= ThreadDiscount;
            }
        }

        return weights;
    }

    /// <summary>
    /// A byline or date line right under a headline-shaped line opens an article: the body starts
    /// after it and never runs back across it into the teasers and menus above (case
    /// headline-byline-opens-body).
    /// </summary>
    private static bool IsArticleHeader(IReadOnlyList<PageLine> lines, int i)
    {
        if (lines[i].Kind is not (LineKind.Byline or LineKind.DateLine or LineKind.Timestamp))
        {
            return false;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            if (HeadlineFinder.LooksLikeHeadline(lines[j], 3))
            {
                return true;
            }

            if (lines[j].Kind is not (LineKind.Byline or LineKind.DateLine or LineKind.Timestamp or LineKind.Symbol or LineKind.Caption or LineKind.Widget or LineKind.Share))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>What a label opening another section costs ("Related articles"): the article is over.</summary>
    private const double SectionWeight = -30;

    /// <summary>Prose words above a comments label for it to count as the end of an article.</summary>
    private const int MinimumArticleWords = 40;

    /// <summary>The share of its weight a lone paragraph between headline-like lines keeps.</summary>
    private const double IsolatedDiscount = 0.25;

    private static bool IsIsolated(IReadOnlyList<PageLine> lines, int i) =>
        i > 0 && i + 1 < lines.Count && !IsSentence(lines[i - 1]) && !IsSentence(lines[i + 1]);

    private static bool IsSentence(PageLine line) =>
        line.Kind is LineKind.Prose || (line.Kind is LineKind.Phrase && line.Shape.EndsSentence);

    /// <summary>The share of its weight a paragraph keeps inside a comment thread or feed.</summary>
    private const double ThreadDiscount = 0.25;

    /// <summary>What a date or clock line costs where others stand near it: a body is never worth crossing a comment thread for.</summary>
    private const double ClusteredStampWeight = -1000;

    /// <summary>Stamp lines within this many lines of another are a thread, not an article's date line.</summary>
    private const int StampReach = 12;

    /// <summary>
    /// A comment thread or a news feed reads like prose, but every item carries a date or a clock
    /// ("November 19, 2019 at 6:34 am", "3 hours ago"); an article's paragraphs do not. A stamp
    /// line with another one near it marks such a list, and the body does not run across it
    /// (case comment-thread-after-article).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool[] ClusteredStamps(IReadOnlyList<PageLine> lines)
    {
        var result = new bool[lines.Count];
        var last = -StampReach - 1;
        for (var i = 0; i < lines.Count; i++)
        {
            // The date under the article's own headline opens the article, it is not an item of a thread.
            if (lines[i].Kind is not (LineKind.DateLine or LineKind.Timestamp or LineKind.Byline) || IsArticleHeader(lines, i))
            {
                continue;
            }

            if (i - last <= StampReach)
            {
                result[i] = true;
                result[last] = true;
            }

            last = i;
        }

        return result;
    }

    /// <summary>
    /// A long line thick with function words reads as a sentence even without its full stop
    /// (a paragraph cut short, a list item); headlines and teasers drop those words.
    /// </summary>
    private static bool IsWordy(LineShape shape) => shape.Words >= 1200 && shape.StopShare >= 0.2;

    /// <summary>What a line adds to a candidate body: positive for prose, negative for furniture.</summary>
    public static double Weight(PageLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = line.Shape.Words;

        // A second copy of a paragraph is a repeated block (a teaser, the body printed twice).
        if (line.RepeatsEarlier && line.Kind is LineKind.Prose or LineKind.Phrase)
        {
            return -0.5 * words;
        }

        return line.Kind switch
        {
            LineKind.Prose => words,
            LineKind.Phrase => line.Shape.EndsSentence || IsWordy(line.Shape) ? 0.5 * words : -1,
            LineKind.Label => line.Occurrences > 1 ? -4 : -3,
            LineKind.Symbol => -1,
            LineKind.Caption => -1,
            LineKind.Section => SectionWeight,
            LineKind.LeadIn => -2,
            LineKind.Timestamp or LineKind.DateLine or LineKind.Byline => -3,
            _ => -10,
        };
    }
}
