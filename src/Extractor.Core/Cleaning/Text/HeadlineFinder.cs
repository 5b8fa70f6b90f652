namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// Picks the headline among the lines above the body. Each headline-shaped line within reach is
/// scored by how many of its words the opening of the body repeats (a headline announces what the
/// lead says; a byline, a widget or a caption credit does not), with a bonus when it stands right
/// above a byline or date line (the layout of nearly every article page) and a small one for being
/// near the body. No candidate that shares nothing with the body and has no date under it wins.
/// </summary>
public static class HeadlineFinder
{
    /// <summary>How far above the body a headline may be, in lines.</summary>
    private const int Reach = 25;

    /// <summary>Words of the body's opening compared with the candidates.</summary>
    private const int OpeningWords = 400;

    private const double HeaderBonus = 1.0;
    private const double NearnessBonus = 0.05;
    private const double MinimumScore = 0.1;

    /// <summary>The index of the headline line, or -1.</summary>
    public static int Find(IReadOnlyList<PageLine> lines, int bodyStart, int bodyEnd, TextLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(lexicon);
        var opening = Opening(lines, bodyStart, bodyEnd);
        var vocabulary = ContentWords(opening, lexicon);
        var best = -1;
        var bestScore = MinimumScore;
        var low = Math.Max(0, bodyStart - Reach);
        for (var i = bodyStart - 1; i >= low; i--)
        {
            var line = lines[i];
            if (!LooksLikeHeadline(line, 2))
            {
                continue;
            }

            var underlined = IsFollowedByHeaderLine(lines, i, bodyStart);
            if (!underlined && !LooksLikeHeadline(line, 3))
            {
                continue;
            }

            // A line above a date that shares nothing with the body is more often a byline or a
            // section name ("South Jersey Times") than the headline: it gets a smaller bonus.
            var overlap = Overlap(line, vocabulary, opening, lexicon);
            var score = overlap
                + (underlined ? (overlap > 0 ? HeaderBonus : HeaderBonus / 3) : 0)
                + (NearnessBonus * (Reach - (bodyStart - i)) / Reach);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
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

        // Two capitalised words are a name or a label ("Trevor Daugherty", "Associated Press"); a
        // handle or a bracketed credit is a byline or a caption.
        if (!shape.IsCjk && words == 2 && shape.CapitalWords + shape.NumberWords == 2)
        {
            return false;
        }

        if (line.Text.Contains('@', StringComparison.Ordinal) || line.Text.StartsWith('('))
        {
            return false;
        }

        // A headline may ask or exclaim but does not end in a full stop or a colon, and is not a paragraph.
        return enough && words <= 40 && !shape.EndsColon && !line.Text.EndsWith('.') && !line.Text.EndsWith(',');
    }

    /// <summary>The text of the body's first lines, up to about <see cref="OpeningWords"/> words.</summary>
    private static string Opening(IReadOnlyList<PageLine> lines, int start, int end)
    {
        var sb = new System.Text.StringBuilder();
        var words = 0;
        for (var i = start; i <= end && i < lines.Count && words < OpeningWords; i++)
        {
            if (lines[i].Kind is LineKind.Prose or LineKind.Phrase)
            {
                sb.Append(lines[i].Text).Append(' ');
                words += lines[i].Shape.Words;
            }
        }

        return sb.ToString();
    }

    private static HashSet<string> ContentWords(string text, TextLexicon lexicon)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Words(text, lexicon))
        {
            set.Add(word);
        }

        return set;
    }

    /// <summary>Share of the line's content words (or, for Chinese and Japanese, character pairs) found in the body's opening.</summary>
    private static double Overlap(PageLine line, HashSet<string> vocabulary, string opening, TextLexicon lexicon)
    {
        int total = 0, found = 0;
        if (line.Shape.IsCjk)
        {
            for (var i = 0; i + 1 < line.Text.Length; i++)
            {
                if (LineShape.IsCjkChar(line.Text[i]) && LineShape.IsCjkChar(line.Text[i + 1]))
                {
                    total++;
                    found += opening.Contains(line.Text.AsSpan(i, 2), StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }
        else
        {
            foreach (var word in Words(line.Text, lexicon))
            {
                total++;
                found += vocabulary.Contains(word) ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (double)found / total;
    }

    /// <summary>Words of three letters or more that are not function words.</summary>
    private static IEnumerable<string> Words(string text, TextLexicon lexicon)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i - start >= 3 && !lexicon.IsStopWord(text.AsSpan(start, i - start)))
            {
                yield return text[start..i];
            }
        }
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
