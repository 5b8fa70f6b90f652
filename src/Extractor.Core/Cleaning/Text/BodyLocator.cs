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
    public static (int Start, int End)? Locate(IReadOnlyList<PageLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var clustered = ClusteredStamps(lines);
        double best = 0, run = 0;
        int bestStart = -1, bestEnd = -1, runStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (run <= 0)
            {
                run = 0;
                runStart = i;
            }

            run += clustered[i] ? ClusteredStampWeight : Weight(lines[i]);
            if (run > best)
            {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }

        return bestStart < 0 ? null : (bestStart, bestEnd);
    }

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
    private static bool[] ClusteredStamps(IReadOnlyList<PageLine> lines)
    {
        var result = new bool[lines.Count];
        var last = -StampReach - 1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.DateLine or LineKind.Timestamp or LineKind.Byline))
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
    /// A comment thread reads like prose, but every comment carries a date or a clock ("November
    /// 19, 2019 at 6:34 am", "3 hours ago"); an article's paragraphs do not. Where such lines come
    /// back twice or more after the body has started, the body ends before the first of them
    /// (cases comment-thread-after-article).
    /// </summary>
    private static int CutComments(IReadOnlyList<PageLine> lines, int start, int end)
    {
        var firstProse = -1;
        var firstStamp = -1;
        var stamps = 0;
        for (var i = start; i <= end; i++)
        {
            var kind = lines[i].Kind;
            if (firstProse < 0)
            {
                firstProse = kind == LineKind.Prose ? i : -1;
                continue;
            }

            if (kind is LineKind.DateLine or LineKind.Timestamp)
            {
                stamps++;
                firstStamp = firstStamp < 0 ? i : firstStamp;
            }
        }

        if (stamps < 2)
        {
            return end;
        }

        var cut = firstStamp - 1;
        while (cut > firstProse && lines[cut].Kind is not (LineKind.Prose or LineKind.Phrase))
        {
            cut--;
        }

        return cut;
    }

    /// <summary>
    /// A long line thick with function words reads as a sentence even without its full stop
    /// (a paragraph cut short, a list item); headlines and teasers drop those words.
    /// </summary>
    private static bool IsWordy(LineShape shape) => shape.Words >= 1200 && shape.StopShare >= 0.3;

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
            LineKind.LeadIn => -2,
            LineKind.Timestamp or LineKind.DateLine or LineKind.Byline => -3,
            _ => -5,
        };
    }
}
