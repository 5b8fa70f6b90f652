using Extractor.Core.Cleaning;
using Extractor.Core.Cleaning.Text;

namespace Extractor.Core.Metadata.Text;

/// <summary>
/// The raw lines of a page and where its parts are: the headline, the first and last body lines.
/// The metadata stage finds these itself from the page's own lines, using the cleaner's headline
/// and paragraphs only as anchors, so it does not depend on how the cleaner draws its lines.
/// </summary>
internal sealed class TextLayout
{
    private TextLayout(IReadOnlyList<string> lines, int titleIndex, int bodyStart, int bodyEnd, IReadOnlyList<int> proseLines)
    {
        Lines = lines;
        TitleIndex = titleIndex;
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
        ProseLines = proseLines;
    }

    /// <summary>Every line of the page, trimmed (blank lines kept, as empty strings).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The line holding the headline, or -1.</summary>
    public int TitleIndex { get; }

    /// <summary>The first body line (a prose line), or <see cref="Lines"/>.Count when the page has none.</summary>
    public int BodyStart { get; }

    /// <summary>One past the last body line.</summary>
    public int BodyEnd { get; }

    /// <summary>Indexes of prose lines (the body and captions), in order.</summary>
    public IReadOnlyList<int> ProseLines { get; }

    /// <summary>
    /// Lines where bylines and date lines are printed: everything above the body, and the few
    /// lines after the headline (in case a long teaser line sits above the date).
    /// </summary>
    public IEnumerable<int> HeaderLines()
    {
        for (var i = 0; i < BodyStart; i++)
        {
            yield return i;
        }

        if (TitleIndex >= 0)
        {
            for (var i = Math.Max(TitleIndex + 1, BodyStart); i < Math.Min(Lines.Count, TitleIndex + 8); i++)
            {
                if (!ProseLines.Contains(i))
                {
                    yield return i;
                }
            }
        }
    }

    /// <summary>
    /// The lines by the headline: the ten after it (when it comes before the body) and the last
    /// eight before the body. HTML pages print whole menus and other stories' dates above the
    /// article, so their header is read this narrowly; text dumps prefer a date found here.
    /// </summary>
    public IEnumerable<int> NearHeaderLines()
    {
        var lines = new SortedSet<int>();
        if (TitleIndex >= 0 && TitleIndex < BodyStart)
        {
            for (var i = TitleIndex + 1; i < Math.Min(BodyStart, TitleIndex + 11); i++)
            {
                lines.Add(i);
            }
        }

        for (var i = Math.Max(0, BodyStart - 8); i < BodyStart; i++)
        {
            lines.Add(i);
        }

        return lines;
    }

    public static TextLayout From(string content, CleanedPage cleaned) => From(content.Split('\n'), cleaned);

    /// <summary>As <see cref="From(string, CleanedPage)"/>, over the page's text already cut at its newlines.</summary>
    public static TextLayout From(IReadOnlyList<string> rawLines, CleanedPage cleaned)
    {
        var lines = new string[rawLines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = rawLines[i].Trim().Trim('\u00A0', '\u200B', '\uFEFF').Trim();
        }

        var titleIndex = cleaned.Title is { } title ? FindTitle(lines, title) : -1;
        if (titleIndex < 0 && cleaned.Title is not null && SplitTitleLine(ref lines, cleaned.Title) is var split and >= 0)
        {
            titleIndex = split;
        }

        // A line the cleaner set aside as furniture reads as prose at times, but is no part of the body: a story's sign-off
        // above photo captions at the page's end ("(Reporting by …)" above "FILE PHOTO: …", news g072) stays by its end.
        var furniture = cleaned.BoilerplateLines.Count == 0 ? null : cleaned.BoilerplateLines.ToHashSet(StringComparer.Ordinal);
        var prose = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsProse(lines[i]) && (furniture is null || !furniture.Contains(lines[i])))
            {
                prose.Add(i);
            }
        }

        int bodyStart;
        int bodyEnd;
        if (prose.Count > 0)
        {
            (bodyStart, bodyEnd) = LongestRun(lines, prose);
        }
        else if (cleaned.Paragraphs.Count > 0)
        {
            // No line reads as prose (a short page): trust the cleaner's first and last paragraph.
            bodyStart = IndexOf(lines, cleaned.Paragraphs[0], 0) is var s and >= 0 ? s : lines.Length;
            bodyEnd = IndexOf(lines, cleaned.Paragraphs[^1], Math.Max(0, bodyStart)) is var e and >= 0 ? e + 1 : lines.Length;
        }
        else
        {
            bodyStart = lines.Length;
            bodyEnd = lines.Length;
        }

        return new TextLayout(lines, titleIndex, bodyStart, bodyEnd, prose);
    }

    /// <summary>
    /// A body or caption line: a long run of words with sentence punctuation. Menus, bylines,
    /// date lines and headlines are short or unpunctuated.
    /// </summary>
    internal static bool IsProse(string line)
    {
        if (line.Length < 70)
        {
            return false;
        }

        var words = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                words++;
            }
        }

        // Headlines run long too but do not end in sentence punctuation.
        return words >= 30 || (words >= 12 && ".!?\"”)'’|".Contains(line[^1], StringComparison.Ordinal));
    }

    /// <summary>
    /// The article body: the run of prose lines (gaps of a few lines allowed, for captions and
    /// ads between paragraphs) holding the most text. Teasers and related-story blurbs above or
    /// below the article are prose too, but shorter runs.
    /// </summary>
    private static (int Start, int End) LongestRun(string[] lines, List<int> prose)
    {
        const int MaxGap = 6;
        var best = (Start: prose[0], End: prose[0] + 1, Chars: 0);
        var start = prose[0];
        var chars = 0;
        for (var k = 0; k < prose.Count; k++)
        {
            if (k > 0 && prose[k] - prose[k - 1] > MaxGap)
            {
                start = prose[k];
                chars = 0;
            }

            chars += lines[prose[k]].Length;
            if (chars > best.Chars)
            {
                best = (start, prose[k] + 1, chars);
            }
        }

        return (best.Start, best.End);
    }

    private static int IndexOf(string[] lines, string text, int from)
    {
        var key = Squash(text);
        for (var i = from; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && (Squash(lines[i]) == key || (key.Length > 40 && Squash(lines[i]).StartsWith(key[..40], StringComparison.Ordinal))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first line that reads as the title, ignoring case and spacing. Squashing a line keeps
    /// its count of non-space characters, so only lines with the title's count are squashed.
    /// </summary>
    private static int FindTitle(string[] lines, string title)
    {
        var target = Squash(title);
        var solid = Solid(title);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && Solid(lines[i]) == solid && Squash(lines[i]) == target)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the cleaner cut a date printed after the headline on its line (<see cref="HeadlineTail"/>), that line
    /// becomes two: the headline, and what followed it behind the separator, a header line of its own. Returns the
    /// headline's index, or -1 when no line is the title and a separator.
    /// </summary>
    private static int SplitTitleLine(ref string[] lines, string title)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > title.Length && lines[i].StartsWith(title, StringComparison.Ordinal)
                && lines[i].AsSpan(title.Length).TrimStart() is { Length: > 0 } rest && HeadlineTail.IsSeparator(rest[0]))
            {
                var split = new string[lines.Length + 1];
                Array.Copy(lines, split, i);
                split[i] = title;
                split[i + 1] = rest.ToString();
                Array.Copy(lines, i + 1, split, i + 2, lines.Length - i - 1);
                lines = split;
                return i;
            }
        }

        return -1;
    }

    private static int Solid(string s)
    {
        var count = 0;
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
