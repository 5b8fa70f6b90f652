using System.Text.RegularExpressions;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Last checks on the paragraphs of the chosen body, in order: the headline repeated in the body
/// goes; byline and date lines before the first paragraph of prose go to the header lines; lines
/// that are page furniture in any language ("Advertisement") go; paragraphs that are mostly links
/// ("Read more: …") go (cases <c>headline-inside-body</c>, <c>byline-before-body</c>,
/// <c>advertisement-label</c>).
/// </summary>
internal static partial class ParagraphFilter
{
    private const int ProseLength = 120;
    private const int MinLeadLength = 80;
    private const string ClosingMarks = "\"'”’»«)] ";
    private const string SentenceEnds = ".!?…。！？";

    public static List<string> Filter(List<TextBlock> blocks, string? title, string? h1, BoilerplateLexicon lexicon, List<string> headerLines)
    {
        var kept = new List<string>(blocks.Count);
        var seenProse = false;
        foreach (var block in blocks)
        {
            var text = block.Text;
            if (!seenProse && (IsSame(text, title) || IsSame(text, h1)))
            {
                continue;
            }

            if (IsBoilerplate(text, lexicon) || (block.InHeader && (!IsLead(block) || IsRepeated(block, blocks))))
            {
                continue;
            }

            if (block.LinkDensity > 0.6 && text.Length < 300 && !IsLinkedClause(block))
            {
                continue;
            }

            if (!seenProse && LooksLikeByline(text, lexicon, block.IsHeading))
            {
                headerLines.Add(text);
                continue;
            }

            // The lead in the header comes before the byline: it does not end the header part.
            if (text.Length >= ProseLength && !block.IsHeading && !block.InHeader)
            {
                seenProse = true;
            }

            kept.Add(text);
        }

        return kept;
    }

    /// <summary>
    /// In an article's header only the lead is article text: a paragraph of prose, not a list item
    /// or heading, few links, ending as a sentence. Kickers, bylines, dates and reading times
    /// are short or end without a full stop in every language (case lead-in-article-header). A
    /// heading is a lead only when its class names one (&lt;h2 class="article-lead"&gt;, a deck;
    /// an &lt;h2&gt; with no such word is a section's title, case deck-heading-with-lead-class).
    /// </summary>
    private static bool IsLead(TextBlock block)
    {
        if ((block.IsHeading && !block.LeadClass) || block.Tag is "li" or "dt" or "dd" || block.LinkDensity > 0.3 || block.Text.Length < MinLeadLength)
        {
            return false;
        }

        return EndsWithSentenceMark(block.Text) || IsUnstoppedProse(block.Text);
    }

    /// <summary>Length from which a lead of several sentences is prose without its last stop.</summary>
    private const int MinUnstoppedLead = 120;

    /// <summary>Words the last, unstopped sentence of such a lead holds at least.</summary>
    private const int MinUnstoppedWords = 5;

    /// <summary>
    /// A lead of sentences whose last one has no stop ("… bleibt groß. Auch in Österreich stellt
    /// sich nun die Frage, wie … tatsächlich ist": some sites leave it off, fundus
    /// at__DerStandard_2024_05_03): long, a sentence ends inside it before a capital, and what
    /// follows the last such end is a clause of words, not a credit ("… im Kreis Fulda. - Foto:
    /// Hendrik Urbin", a caption in the header).
    /// </summary>
    private static bool IsUnstoppedProse(string text)
    {
        if (text.Length < MinUnstoppedLead)
        {
            return false;
        }

        var tail = -1;
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (SentenceEnds.Contains(text[i]) && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && char.IsLower(text[i - 1]))
            {
                tail = i + 2;
            }
        }

        if (tail < 0)
        {
            return false;
        }

        var last = text.AsSpan(tail);
        return !last.Contains(':') && last.Count(' ') + 1 >= MinUnstoppedWords;
    }

    /// <summary>Characters of plain text around a link that make a sentence of it rather than a "Read more:" line.</summary>
    private const int ClauseContext = 40;

    /// <summary>
    /// A sentence whose first clause is a link ("&lt;a&gt;Before them, a skater had tested positive&lt;/a&gt;,
    /// and he is in isolation."): the plain text around the links goes on for a clause and ends the
    /// sentence, where a "Read more: …" or "Related: …" line has a few words of label (case
    /// linked-clause-kept).
    /// </summary>
    private static bool IsLinkedClause(TextBlock block) =>
        block.Text.Length - block.LinkChars >= ClauseContext && EndsWithSentenceMark(block.Text);

    private static bool EndsWithSentenceMark(string text)
    {
        var end = text.AsSpan().TrimEnd(ClosingMarks);
        return end.Length > 0 && SentenceEnds.Contains(end[^1]);
    }

    /// <summary>A header's lead that the body repeats (the teaser shown again as the first paragraph).</summary>
    private static bool IsRepeated(TextBlock lead, List<TextBlock> blocks) =>
        blocks.Exists(b => !b.InHeader && string.Equals(b.Text, lead.Text, StringComparison.Ordinal));

    private static bool IsSame(string text, string? title) =>
        title is not null && text.Length <= title.Length * 1.3 + 5 && text.Length >= title.Length * 0.7
        && TitleFinder.Similarity(text, title) >= 0.9;

    private static bool IsBoilerplate(string text, BoilerplateLexicon lexicon)
    {
        if (text.Length > 60)
        {
            return false;
        }

        var key = text.Trim().TrimEnd(':', '.', '›', '»', '>', '…', ' ').ToLowerInvariant();
        return lexicon.BoilerplateLines.Contains(key) || lexicon.BoilerplateLines.Contains(text.ToLowerInvariant());
    }

    /// <summary>A short line that opens with a byline word or is mostly a date or time.</summary>
    public static bool LooksLikeByline(string text, BoilerplateLexicon lexicon, bool isHeading = false)
    {
        if (text.Length > 150)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        foreach (var start in lexicon.BylineStarts)
        {
            if (!isHeading && lower.StartsWith(start, StringComparison.Ordinal) && lower.Length > start.Length
                && (char.IsWhiteSpace(lower[start.Length]) || lower[start.Length] == ':') && !EndsAsSentence(text))
            {
                return true;
            }
        }

        var date = DatePattern().Match(text);
        return date.Success && text.Length < 80 && !EndsAsSentence(text);
    }

    private static bool EndsAsSentence(string text) =>
        text.Length > 60 && (text.EndsWith('.') || text.EndsWith('。')) && text.Count(c => c == ' ') > 8;

    [GeneratedRegex(@"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}\b.*\d{1,2}:\d{2}|\d{1,2}:\d{2}.*(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, (?:19|20)\d{2}|\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zäéû]*\.? (?:19|20)\d{2}|(?:19|20)\d{2}년|(?:19|20)\d{2}年)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
