namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// Picks the headline among the lines above the body. Each headline-shaped line within reach is
/// scored by how many of its words the opening of the body repeats (a headline announces what the
/// lead says; a byline, a widget or a caption credit does not), with a bonus when it stands right
/// above a byline or date line (the layout of nearly every article page) and a small one for being
/// near the body. No candidate that shares nothing with the body and has no date under it wins.
/// </summary>
public static partial class HeadlineFinder
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
            if ((!underlined && !LooksLikeHeadline(line, 3)) || IsListItem(lines, i) || HasWebAddress(line.Text))
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

        return best >= 0 ? best : FirstBodyLine(lines, bodyStart, bodyEnd, lexicon);
    }

    /// <summary>Share of a first body line's words its lead must repeat for the line to be the headline.</summary>
    private const double FirstLineOverlap = 0.5;

    /// <summary>
    /// Where nothing above the body reads as its headline, a dump often opens with the headline on
    /// the body's first line: a headline-shaped line, no sentence, whose content words the lead
    /// below it (and its deck, where one stands between them) mostly repeats (cases g053, g070 of
    /// the news set: the headline, then the dateline's paragraph).
    /// </summary>
    private static int FirstBodyLine(IReadOnlyList<PageLine> lines, int bodyStart, int bodyEnd, TextLexicon lexicon)
    {
        if (bodyStart < 0 || bodyStart + 1 > bodyEnd || bodyStart + 1 >= lines.Count)
        {
            return -1;
        }

        var line = lines[bodyStart];
        // A deck may stand between the headline and the lead: one line of language without a full
        // stop ("DPRK leader conducted mammoth tour of Jagang province earlier in the week, state
        // media reports", news g131).
        var lead = bodyStart + 1;
        if (lines[lead].Kind is LineKind.Phrase && lead + 1 <= bodyEnd && lead + 1 < lines.Count && lines[lead + 1].Kind is LineKind.Prose)
        {
            lead++;
        }

        if (!LooksLikeHeadline(line, 3) || IsListItem(lines, bodyStart) || HasWebAddress(line.Text) || EndsSentence(line.Text)
            || lines[lead].Kind is not LineKind.Prose)
        {
            return -1;
        }

        var opening = Opening(lines, bodyStart + 1, bodyEnd);
        return Overlap(line, ContentWords(opening, lexicon), opening, lexicon) >= FirstLineOverlap ? bodyStart : -1;
    }

    /// <summary>A line that closes a sentence inside quotation marks (<c>… he said.”</c>).</summary>
    private static bool EndsSentence(string text) =>
        text.Length >= 2 && text[^1] is '"' or '”' or '’' or '\'' or ')' && text[^2] is '.' or '!' or '?';

    /// <summary>Lines a bullet opens, or the third of several headline-shaped lines in a row, are a list of other stories.</summary>
    private static bool IsListItem(IReadOnlyList<PageLine> lines, int i)
    {
        if (IsBulleted(lines[i].Text))
        {
            return true;
        }

        // A headline printed twice is one line of the run, not two; a bulleted list next to the
        // headline is another block (case g061: the headline right under a list of other stories).
        var run = 1;
        for (var j = i - 1; j >= 0 && IsStoryLink(lines[j]); j--)
        {
            run += lines[j + 1].RepeatsPrevious ? 0 : 1;
        }

        for (var j = i + 1; j < lines.Count && IsStoryLink(lines[j]); j++)
        {
            run += lines[j].RepeatsPrevious ? 0 : 1;
        }

        return run >= ListRun;
    }

    /// <summary>Headline-shaped lines in a row that make a list of links, not a headline and its deck.</summary>
    private const int ListRun = 3;

    private static bool IsStoryLink(PageLine line) => LooksLikeHeadline(line, 3) && !IsBulleted(line.Text);

    private static bool IsBulleted(string text) =>
        text.Length > 2 && text[0] is '-' or '•' or '*' or '·' or '–' or '—' && text[1] == ' ';

    /// <summary>A web address (<c>pic.twitter.com/…</c>, <c>https://…</c>): an embedded post or a link, never a headline.</summary>
    private static bool HasWebAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal) || WebAddress().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[a-z0-9-]+\.(?:[a-z0-9-]+\.)*[a-z]{2,}/\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WebAddress();

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
