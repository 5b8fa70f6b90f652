using System.Text.RegularExpressions;

namespace Extractor.Core.Facts;

/// <summary>
/// The party mentions a cue gathers from its sentence: the subject before it (ended by its verb, after a leading
/// phrase or a closed quotation), the counterparts after "with"/"between" or right after "met", and the span they run
/// to; mentions that only report the talks (a spokesperson, "... said", "according to") are no party.
/// </summary>
internal sealed partial class CueParties(FactCues cues)
{
    // The subject before the cue and the counterparts after "with"/"between" (or right after "met", "called").
    internal (List<PartyMention> Subject, List<PartyMention> Objects, int Limit) PartiesAround(string sentence, IReadOnlyList<PartyMention> mentions, Cue cue)
    {
        // The subject ends at its verb; a possessive right before the cue is its owner ("Blinken's call").
        var subjectStart = Math.Max(0, Math.Max(sentence.LastIndexOf(';', Math.Max(0, cue.Start - 1)), LastQuoteClose(sentence, cue.Start)) + 1);

        // "After an audience with Pope Francis, President Biden met ...": a leading phrase is not the subject.
        var lead = LeadingPhrasePattern().Match(sentence);
        if (lead.Success && lead.Index + lead.Length <= cue.Start && subjectStart < lead.Index + lead.Length)
        {
            subjectStart = lead.Index + lead.Length;
        }
        var verb = SubjectVerbPattern().Match(sentence, subjectStart);
        var subjectEnd = verb.Success && verb.Index < cue.Start ? verb.Index : cue.Start;
        var owner = mentions.LastOrDefault(m => m.IsPossessive && m.End <= cue.Start && cue.Start - m.End <= 30 && !sentence[m.End..cue.Start].Contains(',', StringComparison.Ordinal));
        // "the summit meeting between Putin and Kim": the parties are the ones after "between", not the sentence's subject.
        var between = BetweenPattern().Match(sentence, cue.End);
        var subject = owner is not null
            ? [owner]
            : !cue.Definition.IsVerb && between.Success && between.Index == cue.End ? []
            : mentions.Where(m => m.Start >= subjectStart && m.End <= subjectEnd && !IsReporting(sentence, m) && !(m.IsPossessive && m.IsBody)).ToList();

        var objectStart = -1;
        var with = WithPattern().Match(sentence, cue.End);
        if (with.Success && with.Index - cue.End <= 60 && !sentence[cue.End..with.Index].Contains(';', StringComparison.Ordinal) && !IsInfinitive(sentence, with))
        {
            objectStart = with.Index + with.Length;
        }
        else if (cue.Definition.TakesObject)
        {
            objectStart = cue.End;
        }

        var limit = SpanEnd(sentence, cue.End, mentions);
        var objects = new List<PartyMention>();
        if (objectStart >= 0)
        {
            var objectEnd = SpanEnd(sentence, objectStart, mentions);
            limit = Math.Max(limit, objectEnd);
            // A counterpart who is also a spokesperson ("Ibrahim Kalin, Spokesperson and Chief Advisor to the President") is still one.
            objects = mentions.Where(m => m.Start >= objectStart && m.Start < objectEnd && !IsReporting(sentence, m, byTitle: false) && !(m.IsPossessive && m.IsBody)).ToList();
        }

        // "talks between Noh ... and Funakoshi ... followed the restoration of lines between Seoul and Pyongyang":
        // a capital stands for a party only when no person is named.
        if (subject.Concat(objects).Any(m => !m.IsBody))
        {
            subject.RemoveAll(m => m.IsCapital);
            objects.RemoveAll(m => m.IsCapital);
        }

        return (subject, objects, limit);
    }

    // "to" brings a counterpart ("spoke to Kishida", "a letter to his counterpart"), not an infinitive ("held talks on the
    // phone and pledged close cooperation to counter missile threats from North Korea").
    private static bool IsInfinitive(string sentence, Match with) =>
        with.Value.Equals("to", StringComparison.OrdinalIgnoreCase) && !PartyAfterToPattern().IsMatch(sentence, with.Index + with.Length);

    [GeneratedRegex(@"\G\s+(?:(?:the|his|her|their|its)\b|(?-i:\p{Lu})|counterparts?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PartyAfterToPattern();

    private int SpanEnd(string sentence, int from, IReadOnlyList<PartyMention> mentions)
    {
        foreach (Match w in SpanWordPattern().Matches(sentence[from..]))
        {
            var at = from + w.Index;
            if (w.Value is ";" or ":" or "(" or "\"" or "“")
            {
                if (w.Value == "(" || mentions.Any(m => at >= m.Start && at < m.End))
                {
                    continue;
                }

                return at;
            }

            if (mentions.Any(m => at >= m.Start && at < m.End))
            {
                continue;
            }

            if (cues.SpanEnd.IsMatch(w.Value))
            {
                return at;
            }
        }

        return sentence.Length;
    }

    internal bool IsReporting(string sentence, PartyMention m, bool byTitle = true)
    {
        if (byTitle && m.Title is { } t && cues.ReportingTitles.Any(r => t.Contains(r, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // "Moon said" reports; "Moon, according to his transition team" is reported on (news g146).
        var after = NextWordPattern().Match(sentence, m.End);
        if (after.Success && cues.ReportingVerbs.Contains(after.Groups["w"].Value) && !ToPattern().IsMatch(sentence, after.Index + after.Length))
        {
            return true;
        }

        if (sentence[..m.Start].TrimEnd().EndsWith("according to", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "a conversation in Warsaw between Sondland and a top aide to Zelenskiy": the aide took part, not Zelenskiy
        // (bench/article-extraction 82b6d780).
        var proxy = ProxyBeforePattern().Match(sentence[..m.Start]);
        if (proxy.Success && cues.ProxyNouns.Contains(proxy.Groups["noun"].Value.ToLowerInvariant()))
        {
            return true;
        }

        // "Trump's Middle East envoy, Steve Witkoff, and Trump's son-in-law, Jared Kushner": the owner of an aide is no
        // party either (news g104).
        if (m.IsPossessive)
        {
            var owned = ProxyAfterPattern().Match(sentence, m.End);
            if (owned.Success && owned.Groups["w"].Captures.Any(c => cues.ProxyNouns.Contains(c.Value.ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    // The first four words after a possessive: "Trump's [Middle East envoy]", "Lula's [spokesman]".
    [GeneratedRegex(@"\G(?:['’]s?)?\s*(?<w>[\p{L}-]+)(?:\s+(?<w>[\p{L}-]+)){0,3}")]
    private static partial Regex ProxyAfterPattern();

    [GeneratedRegex(@"\b(?<noun>\p{L}+)\s+(?:to|of|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ProxyBeforePattern();

    private static int LastQuoteClose(string sentence, int before)
    {
        // '..." Price said of Blinken's call': the subject starts after a closed quotation.
        var at = sentence.LastIndexOfAny(['”', '"'], Math.Max(0, before - 1));
        return at >= 0 && sentence[..at].Count(c => c is '"' or '“' or '”') % 2 == 1 ? at : -1;
    }

    [GeneratedRegex(@"^(?:After|Before|During|Following|Preceding|Ahead\s+of|Prior\s+to|Earlier|Later|Separately|Meanwhile|Last|On|In|At|Today|Yesterday|This)\b[^,]{0,120},")]
    private static partial Regex LeadingPhrasePattern();

    [GeneratedRegex(@"\G\s+(?:between|among)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenPattern();

    [GeneratedRegex(@"\b(?:with|between|among|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithPattern();

    [GeneratedRegex(@"\b(?:discussed|held|had|has|have|talked|spoke|met|exchanged|agreed|reaffirmed|condemned|expressed|emphasized|emphasised|stressed|called|phoned|telephoned|visited|hosted|received|welcomed|congratulated|sent|led|conducted|joined|shared|reviewed|noted|hold|holds|will|was|were|is|are)\b")]
    private static partial Regex SubjectVerbPattern();

    [GeneratedRegex(@"[\p{L}'’]+|[;:(""“]")]
    private static partial Regex SpanWordPattern();

    [GeneratedRegex(@"\G[\s,]*(?<w>[\p{L}]+)")]
    internal static partial Regex NextWordPattern();

    [GeneratedRegex(@"\G\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToPattern();
}
