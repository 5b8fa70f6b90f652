using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;
using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Core.Facts;

/// <summary>
/// The fact stage (SPEC §3, §5, §6): splits the text into sentences, finds the words that report
/// an interaction that took place, gathers its parties from the words around them, resolves short
/// mentions to the people the page names in full, merges the sentences that report the same talks
/// and keeps talks with other counterparts apart, then gives each its medium, date, topics and
/// evidence. The page's first-reported interaction comes first.
/// </summary>
public sealed partial class InteractionExtractor : IFactExtractor
{
    private readonly FactCues _cues;
    private readonly IReadOnlyList<string> _media;
    private readonly InteractionDetector _detector;
    private readonly ParticipantExtractor _participants;
    private readonly TopicAssigner _topics;
    private readonly CueParties _cueParties;
    private readonly EventCoder _coder;
    private readonly Gazetteer.OrganizationLexicon _organizations;

    /// <param name="lexicons">The cues, gazetteers and media.</param>
    /// <param name="topics">The topic lexicon, when not the set's own.</param>
    public InteractionExtractor(LexiconSet lexicons, TopicLexicon? topics = null)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _cues = lexicons.Cues;
        _media = lexicons.Media;
        _detector = new InteractionDetector(_cues);
        _participants = new ParticipantExtractor(lexicons);
        Topics = topics ?? lexicons.Topics;
        _topics = new TopicAssigner(Topics);
        _cueParties = new CueParties(_cues);
        _coder = lexicons.EventCoder;
        _organizations = lexicons.Organizations;
    }

    public TopicLexicon Topics { get; }

    public IReadOnlyList<Interaction> Extract(string text, string? title, PageMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        var sentences = SentenceSplitter.Split(text);

        // Only a cue in the body opens an interaction (the headline's cues add to one), so a page
        // without any is done before its sentences are analysed: most general news is.
        var cues = new IReadOnlyList<Cue>[sentences.Count];
        var anyCue = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            // The caption test (a long pattern, tried at many places) only matters for a sentence with a cue: most have none.
            var found = _detector.Find(sentences[i].Text);
            cues[i] = found.Count > 0 && _cues.CaptionSentence.IsMatch(sentences[i].Text) ? [] : found;
            anyCue |= cues[i].Count > 0;
        }

        if (!anyCue)
        {
            return [];
        }

        var facts = sentences.Select(s => _participants.Analyze(s.Text)).ToList();
        var mentions = facts.Select(f => f.Mentions).ToList();
        var headline = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        var headlineMentions = headline is null ? [] : _participants.Find(headline);

        // A line of a text dump in title case without a full stop ("Trump Impeachment Inquiry More") is a menu or a
        // heading: like a headline in title case, its names count only with a title or as someone the body names
        // (bench/article-extraction/text 7a664e40).
        var headings = sentences.Select(s => IsTitleCase(s.Text) && !SentenceEndPattern().IsMatch(s.Text)).ToArray();
        var registry = new PersonRegistry();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (headings[i])
            {
                continue;
            }

            foreach (var m in mentions[i])
            {
                registry.AddFull(m, i);
            }
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            if (headings[i])
            {
                var index = i;
                mentions[i] = mentions[i].Where(m => m.IsBody || m.Title is not null || registry.Resolve(m, index, []) is not null).ToList();
                facts[i] = new SentenceFacts(mentions[i], facts[i].Countries, facts[i].Titles, facts[i].Organizations);
                foreach (var m in mentions[i])
                {
                    registry.AddFull(m, i);
                }
            }
        }

        // A headline in title case ("Lavrov Takes Part In Videoconference Of CICA Foreign Ministers") runs its words
        // together like names: a name there counts only with a title or as someone the body names.
        if (headline is not null && IsTitleCase(headline))
        {
            headlineMentions = headlineMentions.Where(m => m.IsBody || m.Title is not null || registry.Resolve(m, sentences.Count, []) is not null).ToList();
        }

        foreach (var m in headlineMentions)
        {
            registry.AddFull(m, sentences.Count);
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var m in mentions[i])
            {
                registry.AddTitledSurname(m, i);
            }
        }

        foreach (var m in headlineMentions)
        {
            registry.AddTitledSurname(m, sentences.Count);
        }

        AddRepeatedSurnames(registry, text, mentions);

        var drafts = new List<InteractionDraft>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i].Text;
            foreach (var cue in cues[i])
            {
                // "the March 24 extraordinary NATO Summit", "the Quad Leaders' Summit": a named event, not these talks.
                if (!cue.Definition.IsVerb && cue.Start > 0 && char.IsUpper(cue.Text[0]) && NamedEventPattern().IsMatch(sentence[..cue.Start]))
                {
                    continue;
                }

                Place(drafts, registry, sentence, facts[i], cue, i, metadata.ReferenceDate);
            }
        }

        if (headline is not null)
        {
            HeadlineFallback.FillFromHeadline(_detector, _cueParties, drafts, registry, headline, headlineMentions, sentences.Count);
        }

        foreach (var d in drafts.Where(d => d.Parties.Any(p => p.IsBody)))
        {
            var elsewhere = drafts.Where(o => o != d).SelectMany(o => o.Sentences).ToHashSet();
            BodySlots.Fill(d, registry, mentions, sentences, _cueParties, elsewhere);
        }

        var kept = drafts.Where(d => d.Parties.Count >= 2 && OfficialGate.Keeps(d, sentences, _cues)).ToList();
        var home = CountryInference.HomeCountry(_participants, metadata.Outlet ?? metadata.ReleaseSource) ?? CountryInference.HomeCountry(_participants, metadata.Dateline);
        foreach (var d in kept)
        {
            CountryInference.InferCountries(d, home, facts, mentions, headlineMentions);
        }

        CountryInference.Reconcile(kept, home);

        kept.RemoveAll(d => !OfficialGate.KeepsPlaced(d, sentences, _cues) || OfficialGate.IsDomestic(d));
        foreach (var d in kept)
        {
            ExpandGroups(d);
        }

        // Who each sentence speaks of, to tell sentences about the talks from background.
        // Each mention is resolved once for both.
        var resolved = mentions.Select((ms, i) => ms.Select(m => registry.Resolve(m, i, [])).ToArray()).ToList();
        var people = resolved.Select(rs => rs.OfType<Person>().ToHashSet()).ToList();

        // Whom each sentence names first, skipping a lone capitalised word that is no one the page names
        // ("Thus, Russian officials ...", "The Joint Comprehensive Plan of Action"): kr-002, kr-016.
        var leads = mentions.Select((ms, i) => ms.Where((m, j) => m.IsBody || m.NameTokens.Count >= 2 || resolved[i][j] is not null).FirstOrDefault()).ToList();
        return _coder.Code(kept.Select(d => InteractionBuilder.Build(_media, _topics, d, kept, sentences, facts, leads, cues, people)).ToArray());
    }

    // "participated in a G7 Foreign Ministers' Meeting by videoconference": a group that meets as its members (their
    // list is organizations.json's) stands for each member state the talks do not already name (news g081).
    private void ExpandGroups(InteractionDraft draft)
    {
        for (var i = 0; i < draft.Parties.Count; i++)
        {
            var party = draft.Parties[i];
            if (!party.IsBody || party.Organization is not { } organization || _organizations.MembersOf(organization) is not { Count: > 0 } members)
            {
                continue;
            }

            var present = draft.Parties.Select(p => p.EffectiveCountry?.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var added = members.Where(c => !present.Contains(c.Code)).Select(c => new Party { Country = c, Title = party.Title }).ToList();
            draft.Parties.RemoveAt(i);
            draft.Parties.InsertRange(i, added);
            i += added.Count - 1;
        }
    }

    // "Pezeshkian made the remarks in a phone conversation with Saudi Crown Prince Mohammed bin Salman": a page that
    // starts mid-article names a person by surname alone. A single word named twice or more, never written in lower
    // case on the page (which "Officials", "Analysts" are), is taken for a person. Pins: news g095 (Pezeshkian);
    // state-dept sd-050 and white-house wh-022 must stay without one.
    private static void AddRepeatedSurnames(PersonRegistry registry, string text, List<IReadOnlyList<PartyMention>> mentions)
    {
        var singles = new Dictionary<string, (PartyMention First, int Position, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            foreach (var m in mentions[i])
            {
                // Possessives ("St. Patrick's Day") and compounds ("Nuclear-Nonproliferation Treaty") name things as often as people.
                if (m.IsBody || m.NameTokens.Count != 1 || m.Title is not null || m.IsPossessive || m.NameTokens[0].Length < 3 || !m.NameTokens[0].All(char.IsLetter))
                {
                    continue;
                }

                var word = m.NameTokens[0];
                singles[word] = singles.TryGetValue(word, out var seen) ? seen with { Count = seen.Count + 1 } : (m, i, 1);
            }
        }

        foreach (var (word, (first, position, count)) in singles)
        {
            if (count >= 2 && !ContainsLowerCase(text, word))
            {
                registry.AddSingle(first, position);
            }
        }
    }

    private static bool ContainsLowerCase(string text, string word)
    {
        var lower = word.ToLowerInvariant();
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // Most words of four letters or more capitalised, as headlines in title case have them.
    // Asked of every sentence of a page with a cue: the words are read in place, not split out.
    private static bool IsTitleCase(string headline)
    {
        var words = 0;
        var capitalized = 0;
        for (var i = 0; i < headline.Length; i++)
        {
            if (headline[i] == ' ')
            {
                continue;
            }

            var end = headline.IndexOf(' ', i);
            end = end < 0 ? headline.Length : end;
            if (end - i >= 4 && char.IsLetter(headline[i]))
            {
                words++;
                capitalized += char.IsUpper(headline[i]) ? 1 : 0;
            }

            i = end;
        }

        return words >= 3 && capitalized >= 0.8 * words;
    }

    private void Place(List<InteractionDraft> drafts, PersonRegistry registry, string sentence, SentenceFacts facts, Cue cue, int index, DateOnly? reference)
    {
        var mentions = facts.Mentions;
        var sentenceDraft = drafts.LastOrDefault(d => d.Sentences.Contains(index));
        var (subject, objects, limit) = _cueParties.PartiesAround(sentence, mentions, cue);
        var preferred = drafts.SelectMany(d => d.Parties).Select(p => p.Person).OfType<Person>().ToList();
        var subjectParties = PartyResolver.ToParties(subject, registry, index, preferred);
        var objectParties = PartyResolver.ToParties(objects, registry, index, preferred);
        if (subjectParties.Count + objectParties.Count < 2)
        {
            // "During a telephone conversation, President of Russia Vladimir Putin extended warm wishes to Pope Francis":
            // the parties stand elsewhere in the sentence.
            // Someone named inside a quotation ("in which Giuliani 'raised ... Vice President Biden'") is spoken of, not met:
            // bench/article-extraction 82b6d780.
            var all = PartyResolver.ToParties(mentions.Where(m => !m.IsBody && !_cueParties.IsReporting(sentence, m) && !InsideQuotation(sentence, m.Start)).ToList(), registry, index, preferred);
            if (all.Count > subjectParties.Count + objectParties.Count)
            {
                subjectParties = all;
                objectParties = [];
            }
        }

        // "Trump sent a similar message ahead of the Virginia elections": a letter or message is sent to someone; one that
        // names only its sender went to the public (bench/article-extraction 04a6711c).
        if (cue.Definition.Medium == "written" && cue.Definition.IsVerb && subjectParties.Count + objectParties.Count < 2)
        {
            return;
        }

        // "until the transcript of that call was released", "the details of this meeting": talks the page told before,
        // named by a demonstrative with no counterpart after them; the people around are not their parties
        // (bench/article-extraction 7a664e40: a witness's words on the President's call).
        var toldBefore = !cue.Definition.IsVerb && objects.Count == 0 && DemonstrativePattern().IsMatch(sentence[..cue.Start]);
        if (toldBefore)
        {
            if (drafts.Count == 0)
            {
                return;
            }

            subjectParties = [];
            objectParties = [];
        }

        // "held talks with Chung on Thursday": a day named right after the counterparts is the talks' day.
        var trailing = TrailingDatePattern().Match(sentence, limit);
        var date = (cue.Definition.IsVerb ? null : DateResolver.ResolveBeforeNoun(sentence, cue.Start, reference))
            ?? DateResolver.Resolve(sentence, reference, trailing.Success ? limit + trailing.Length : limit, _cues.ReportingVerbs);
        var atPlace = TalksPlace.HeldAtPlace(_cues, sentence, facts.Countries, cue, limit);

        // "telephone conversations with A and B": separate talks with each counterpart.
        var groups = cue.IsPlural && subjectParties.Count >= 1 && objectParties.Count >= 2
            ? objectParties.Select(o => PartyResolver.Dedupe([.. subjectParties, o])).ToList()
            : [PartyResolver.Dedupe([.. subjectParties, .. objectParties])];

        foreach (var parties in groups)
        {
            // A cue naming nobody supports the interaction just reported only when it points back to it
            // ("The conversation came amid", "The meetings took place"), not "the regional summit held in Baghdad".
            // Another cue of the same sentence ("spoke with Hayashi by phone") belongs to the interaction that sentence reports.
            if (sentenceDraft is not null && sentenceDraft.Sentences.Contains(index) && parties.All(p => sentenceDraft.Find(p) is not null))
            {
                sentenceDraft.Cues.Add(cue);
                sentenceDraft.CueGroups[^1].Add(cue);
                continue;
            }

            var pointsBack = toldBefore || AnaphoricPattern().IsMatch(sentence[..cue.Start]) || BothSidesPattern().IsMatch(sentence);
            if (parties.Count == 0 && !pointsBack)
            {
                continue;
            }

            var draft = DraftMerger.Match(drafts, parties);
            if (draft is null && parties.Count == 0 && drafts.Count > 0)
            {
                continue;
            }

            if (draft is null)
            {
                if (cue.Definition.IsWeak && parties.Count < 2)
                {
                    continue;
                }

                draft = new InteractionDraft(index);
                drafts.Add(draft);
            }

            DraftMerger.Merge(draft, parties);
            draft.Cues.Add(cue);
            if (draft.Sentences.Contains(index) && draft.CueGroups.Count > 0)
            {
                draft.CueGroups[^1].Add(cue);
                draft.GroupAtPlace[^1] |= atPlace;
            }
            else
            {
                draft.CueGroups.Add([cue]);
                draft.GroupAtPlace.Add(atPlace);
            }

            draft.Sentences.Add(index);
            draft.Date ??= date;
            sentenceDraft = draft;
        }
    }

    // Inside a quotation: an odd number of straight quotes before the offset, or an opening curly quote not yet closed.
    private static bool InsideQuotation(string sentence, int at)
    {
        var straight = 0;
        var open = false;
        for (var i = 0; i < at && i < sentence.Length; i++)
        {
            switch (sentence[i])
            {
                case '"': straight++; break;
                case '\u201C': open = true; break;
                case '\u201D': open = false; break;
            }
        }

        return open || straight % 2 == 1;
    }

    [GeneratedRegex(@"\b(?:that|this|these|those)\s+(?:[\w'’-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DemonstrativePattern();

    [GeneratedRegex(@"\G\s*(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*,?\s+){1,4})?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b|\G\s*(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*,?\s+){1,4}on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")]
    private static partial Regex TrailingDatePattern();

    [GeneratedRegex(@"\b(?:the\s+two|both)\s+(?:sides|leaders|ministers|officials|envoys|diplomats|countries|governments|presidents|delegations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothSidesPattern();

    [GeneratedRegex(@"(?:^|\b(?:the|this|that|their|these|today['’]s|yesterday['’]s))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphoricPattern();

    [GeneratedRegex(@"[.!?:;""”’)]\s*$")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"\p{Lu}[\p{L}\-]*['’]?\s+$")]
    private static partial Regex NamedEventPattern();
}
