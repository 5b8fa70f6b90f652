namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// Picks the headline among the lines above the body. Walking up from the body, it passes over
/// captions, bylines, dates and labels; the first line shaped like a headline that stands right
/// above a byline or date line wins (the layout of nearly every article page); failing that, the
/// nearest headline-shaped line.
/// </summary>
public static class HeadlineFinder
{
    /// <summary>How far above the body a headline may be, in lines.</summary>
    private const int Reach = 25;

    /// <summary>The index of the headline line, or -1.</summary>
    public static int Find(IReadOnlyList<PageLine> lines, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var nearest = -1;
        var low = Math.Max(0, bodyStart - Reach);
        for (var i = bodyStart - 1; i >= low; i--)
        {
            var line = lines[i];
            if (!LooksLikeHeadline(line, 2))
            {
                continue;
            }

            if (IsFollowedByHeaderLine(lines, i, bodyStart))
            {
                return i;
            }

            if (nearest < 0 && LooksLikeHeadline(line, 3))
            {
                nearest = i;
            }
        }

        return nearest;
    }

    /// <summary>A line shaped like a headline with at least <paramref name="minWords"/> words (two will do right above a date line: "Russian-Chinese talks").</summary>
    public static bool LooksLikeHeadline(PageLine line, int minWords)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Kind is not (LineKind.Label or LineKind.Phrase or LineKind.Prose))
        {
            return false;
        }

        var shape = line.Shape;
        var words = shape.Words;
        var enough = shape.IsCjk ? shape.CjkChars >= 6 : words >= minWords;

        // A headline may ask or exclaim but does not end in a full stop or a colon, and is not a paragraph.
        return enough && words <= 40 && !shape.EndsColon && !line.Text.EndsWith('.') && !line.Text.EndsWith(',');
    }

    private static bool IsFollowedByHeaderLine(IReadOnlyList<PageLine> lines, int index, int bodyStart)
    {
        for (var j = index + 1; j < bodyStart; j++)
        {
            switch (lines[j].Kind)
            {
                case LineKind.Byline or LineKind.DateLine or LineKind.Timestamp:
                    return true;
                case LineKind.Caption or LineKind.Symbol:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
