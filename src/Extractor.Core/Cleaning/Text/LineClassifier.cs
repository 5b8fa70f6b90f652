using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// Says what one line of a text dump is, from the line alone: its shape (length, punctuation,
/// function words) and the furniture words of the lexicon. The rules run in a fixed order; the
/// first that matches wins, so the narrow ones (a widget label, a date) come before the broad
/// ones (prose, a short line).
/// </summary>
public sealed partial class LineClassifier(TextLexicon lexicon)
{
    private readonly TextLexicon _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    public LineClassifier()
        : this(LexiconSet.BuiltIn.Text)
    {
    }

    public TextLexicon Lexicon => _lexicon;

    /// <summary>Measures and classifies a line (already trimmed, spaces collapsed).</summary>
    public LineKind Classify(string line) => Classify(line, LineShape.Measure(line, _lexicon));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineKind Classify(string line, LineShape shape)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (shape.Words == 0)
        {
            return LineKind.Symbol;
        }

        var folded = Fold(line);
        if (shape.Words <= 6 && _lexicon.CommentMarkers.Contains(WithoutCount(folded)))
        {
            return LineKind.CommentsStart;
        }

        if (_lexicon.SectionLabels.Contains(folded) || IsAuthorBoxHeading(line, folded, shape))
        {
            return LineKind.Section;
        }

        if (_lexicon.WidgetLabels.Contains(folded))
        {
            return LineKind.Widget;
        }

        // "The below is attributable to Spokesperson Ned Price:" introduces a press release and is not part of it.
        if (shape.EndsColon && shape.Words <= 25 && folded.AsSpan().ContainsAny(_lexicon.LeadInSearch))
        {
            return LineKind.LeadIn;
        }

        // "3 minutes ago" (alone or after an author's name) is a byline clock, never article text.
        if (shape.Words <= 15 && _lexicon.RelativeTimes.IsMatch(line))
        {
            return LineKind.Timestamp;
        }

        if (IsByline(line, folded, shape) || (shape.Words <= 8 && line.EndsWith(':') && CommentHeader().IsMatch(line)))
        {
            return LineKind.Byline;
        }

        // Before dates: "Tel : +82-2-727-0114" and "Date of registration : 2015.04.28" are footer lines.
        if (IsFooter(folded, shape))
        {
            return LineKind.Footer;
        }

        if (IsDateLine(line, shape))
        {
            return LineKind.DateLine;
        }

        if (shape.Words <= 25 && _lexicon.WidgetPrefixList.BeginsAny(folded))
        {
            return LineKind.Widget;
        }

        if (shape.Words <= 12 && IsShareRow(folded))
        {
            return LineKind.Share;
        }

        if (shape.Words <= 80 && (_lexicon.CaptionPrefixList.BeginsAny(folded) || folded.AsSpan().ContainsAny(_lexicon.CaptionMarkerSearch)))
        {
            return LineKind.Caption;
        }

        if (shape.NumberWords == shape.Words && shape.Words <= 4)
        {
            return LineKind.Symbol;
        }

        var languageLike = shape.IsCjk || shape.StopShare >= 0.1 || shape.CapitalShare <= 0.5;

        // A very long line with hardly a full stop is a ticker of headlines run together, not a paragraph.
        if (shape.Words >= 80 && !shape.IsCjk && shape.Words > 60 * Math.Max(1, shape.Sentences))
        {
            return LineKind.Teasers;
        }

        if (shape.Words <= 60 && IsGluedTeaser(line))
        {
            return LineKind.Teasers;
        }

        // A line ending in a colon introduces a list or a quote inside the article ("the President signed into law:").
        if ((shape.EndsSentence || shape.EndsColon) && languageLike && (shape.Words >= 6 || (shape.IsCjk && shape.CjkChars >= 12)))
        {
            return LineKind.Prose;
        }

        if ((shape.Words >= 8 && languageLike) || (shape.EndsSentence && shape.Words >= 2))
        {
            return LineKind.Phrase;
        }

        return LineKind.Label;
    }

    /// <summary>
    /// The form of a line used for lexicon look-ups and for spotting repeats: lower case, single
    /// spaces, without the arrows, bars and punctuation that pages put around labels.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Into a buffer on the stack (or a rented one for a long line) rather than a StringBuilder, one string at the end.
        char[]? rented = null;
        var buffer = line.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(line.Length));
        var length = 0;
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        var end = length;
        while (end > 0 && buffer[end - 1] is ' ' or ':' or '.' or '!' or '»' or '›' or '>' or '<' or '|' or '-' or '–' or '—' or '→' or '…' or '+' or '«' or '‹' or '/' or '#' or '*' or '•' or '·')
        {
            end--;
        }

        var start = 0;
        while (start < end && buffer[start] is ' ' or '»' or '›' or '>' or '<' or '|' or '-' or '–' or '—' or '→' or '«' or '‹' or '#' or '*' or '•' or '·' or '+')
        {
            start++;
        }

        var folded = new string(buffer[start..end]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return folded;
    }

    /// <summary>
    /// A headline and its summary copied from two elements with no space between them
    /// ("First Snowfall In Metro DetroitOfficially, the start of winter is..."): a title-case run of
    /// at least four words ends in a word whose lower-case letter runs straight into a capital.
    /// That is a teaser from a list, not an article paragraph (case headline-glued-to-teaser).
    /// Only short lines are teasers: a long speech glued to its speaker's caption is a transcript.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsGluedTeaser(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int words = 0, capitals = 0;
        var wordStart = true;
        for (var i = 0; i < line.Length && i < 200; i++)
        {
            var c = line[i];
            if (c == ' ')
            {
                wordStart = true;
                continue;
            }

            if (wordStart && char.IsLetterOrDigit(c))
            {
                words++;
                capitals += char.IsUpper(c) || char.IsDigit(c) ? 1 : 0;
                wordStart = false;
                continue;
            }

            if (i > 1 && char.IsUpper(c) && char.IsLower(line[i - 1]) && char.IsLower(line[i - 2]) && i + 1 < line.Length && (char.IsLower(line[i + 1]) || line[i + 1] == ' '))
            {
                return words >= 4 && capitals * 10 >= words * 8 && i + 40 < line.Length;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>A comments label without its count, brackets and quoted title: "34 comments", "comments (12)", "6 thoughts on “…”".</summary>
    private static string WithoutCount(string folded)
    {
        var quote = folded.IndexOfAny(['“', '"', '«']);
        var text = quote >= 0 ? folded[..quote] : folded;
        return text.Trim(' ', '(', ')', '[', ']', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    }

    /// <summary>
    /// "Über Moritz Bachmann", "Sobre Carlos Nadalim": an opening word of an author box and a name
    /// (two to four capitalised words) head the writer's biography after the article, another
    /// section of the page (case author-box-after-article).
    /// </summary>
    private bool IsAuthorBoxHeading(string line, string folded, LineShape shape)
    {
        if (shape.Words is < 3 or > 5 || shape.EndsSentence)
        {
            return false;
        }

        foreach (var opening in _lexicon.AuthorBoxOpeningList.Candidates(folded))
        {
            if (folded.StartsWith(opening, StringComparison.Ordinal))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return words.Length == shape.Words && words.Skip(1).All(w => char.IsUpper(w[0]));
            }
        }

        return false;
    }

    private bool IsByline(string line, string folded, LineShape shape)
    {
        if (shape.Words > 12 || (shape.EndsSentence && shape.Words > 6))
        {
            return false;
        }

        foreach (var prefix in _lexicon.BylinePrefixList.Candidates(folded))
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length)
            {
                // "By Yonhap", "By Sarah E. Needleman": the name after "By" is capitalised; "By the way" is not a byline.
                var rest = line.AsSpan(Math.Min(line.Length, prefix.Length)).TrimStart();
                return rest.Length > 0 && (char.IsUpper(rest[0]) || !char.IsLetter(rest[0]));
            }
        }

        return false;
    }

    /// <summary>A line made of numbers and date words only: "Fri, 13 May 2022 14:20:00 +0000", "Published : Jan 26, 2022 - 19:47".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsDateLine(string line, LineShape shape)
    {
        if (shape.NumberWords == 0 || shape.Words > 24)
        {
            return false;
        }

        int dateish = 0, total = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetterOrDigit(line[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && char.IsLetterOrDigit(line[i]))
            {
                i++;
            }

            total++;
            if (char.IsDigit(line[start]) || _lexicon.IsDateWord(line.AsSpan(start, i - start)))
            {
                dateish++;
            }
        }

        // A year or a time must be there: "3 dead" is not a date line. A short line with an ISO date
        // is one whatever else it holds (" date 2022-01-26  Back To Top").
        return total > 0 && ((dateish * 10 >= total * 6 && DateCore().IsMatch(line)) || (total <= 8 && IsoDate().IsMatch(line)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsFooter(string folded, LineShape shape)
    {
        if (shape.Words > 40)
        {
            return false;
        }

        if (folded.AsSpan().ContainsAny(_lexicon.RightsMarkerSearch))
        {
            return true;
        }

        return (!shape.EndsSentence || shape.Words <= 12) && folded.AsSpan().ContainsAny(_lexicon.FooterMarkerSearch);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsShareRow(string folded)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                i++;
            }

            if (!_lexicon.IsShareWord(folded.AsSpan(start, i - start)))
            {
                return false;
            }
        }

        return true;
    }

    // "thelastchargersfan says:", "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:" head a comment.
    [GeneratedRegex(@"(?i)\b(?:says|said|wrote|writes)\s*:\s*$")]
    private static partial Regex CommentHeader();


    // A four-digit year, a time of day or a numeric date.
    [GeneratedRegex(@"\b(1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d{4}-\d\d-\d\dT")]
    private static partial Regex DateCore();

    [GeneratedRegex(@"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")]
    private static partial Regex IsoDate();
}
