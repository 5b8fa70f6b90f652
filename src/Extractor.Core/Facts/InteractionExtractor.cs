using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;
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
public sealed partial class InteractionExtractor(TopicLexicon topics) : IFactExtractor
{
    private readonly FactCues _cues = FactCues.BuiltIn;
    private readonly InteractionDetector _detector = new(FactCues.BuiltIn);
    private readonly ParticipantExtractor _participants = ParticipantExtractor.BuiltIn;
    private readonly TopicAssigner _topics = new(topics);

    public TopicLexicon Topics { get; } = topics;

    public IReadOnlyList<Interaction> Extract(string text, string? title, PageMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        var sentences = SentenceSplitter.Split(text);
        var facts = sentences.Select(s => _participants.Analyze(s.Text)).ToList();
        var mentions = facts.Select(f => f.Mentions).ToList();
        var headline = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        var headlineMentions = headline is null ? [] : _participants.Find(headline);

        var registry = new PersonRegistry();
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var m in mentions[i])
            {
                registry.AddFull(m, i);
            }
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

        var drafts = new List<InteractionDraft>();
        var cues = new IReadOnlyList<Cue>[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i].Text;
            cues[i] = _detector.Find(sentence);
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
            FillFromHeadline(drafts, registry, headline, headlineMentions, sentences.Count);
        }

        var kept = drafts.Where(d => d.Parties.Count >= 2 && OfficialGate.Keeps(d, sentences, _cues)).ToList();
        var home = HomeCountry(metadata.Outlet) ?? HomeCountry(metadata.Dateline);
        foreach (var d in kept)
        {
            InferCountries(d, home, facts, mentions, headlineMentions);
        }

        // Who each sentence speaks of, to tell sentences about the talks from background.
        var people = mentions.Select((ms, i) => ms.Select(m => registry.Resolve(m, i, [])).OfType<Person>().ToHashSet()).ToList();
        return kept.Select(d => Build(d, kept, sentences, facts, mentions, cues, people)).ToArray();
    }

    private void Place(List<InteractionDraft> drafts, PersonRegistry registry, string sentence, SentenceFacts facts, Cue cue, int index, DateOnly? reference)
    {
        var mentions = facts.Mentions;
        var sentenceDraft = drafts.LastOrDefault(d => d.Sentences.Contains(index));
        var (subject, objects, limit) = PartiesAround(sentence, mentions, cue);
        var preferred = drafts.SelectMany(d => d.Parties).Select(p => p.Person).OfType<Person>().ToList();
        var subjectParties = ToParties(subject, registry, index, preferred);
        var objectParties = ToParties(objects, registry, index, preferred);
        if (subjectParties.Count + objectParties.Count < 2)
        {
            // "During a telephone conversation, President of Russia Vladimir Putin extended warm wishes to Pope Francis":
            // the parties stand elsewhere in the sentence.
            var all = ToParties(mentions.Where(m => !m.IsBody && !IsReporting(sentence, m)).ToList(), registry, index, preferred);
            if (all.Count > subjectParties.Count + objectParties.Count)
            {
                subjectParties = all;
                objectParties = [];
            }
        }

        // "held talks with Chung on Thursday": a day named right after the counterparts is the talks' day.
        var trailing = TrailingDatePattern().Match(sentence, limit);
        var date = DateResolver.Resolve(sentence, reference, trailing.Success ? limit + trailing.Length : limit);
        var atPlace = HeldAtPlace(sentence, facts.Countries, cue, limit);

        // "telephone conversations with A and B": separate talks with each counterpart.
        var groups = cue.IsPlural && subjectParties.Count >= 1 && objectParties.Count >= 2
            ? objectParties.Select(o => Dedupe([.. subjectParties, o])).ToList()
            : [Dedupe([.. subjectParties, .. objectParties])];

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

            var pointsBack = AnaphoricPattern().IsMatch(sentence[..cue.Start]) || BothSidesPattern().IsMatch(sentence);
            if (parties.Count == 0 && !pointsBack)
            {
                continue;
            }

            var draft = Match(drafts, parties);
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

            Merge(draft, parties);
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

    // The subject before the cue and the counterparts after "with"/"between" (or right after "met", "called").
    private (List<PartyMention> Subject, List<PartyMention> Objects, int Limit) PartiesAround(string sentence, IReadOnlyList<PartyMention> mentions, Cue cue)
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
        if (with.Success && with.Index - cue.End <= 60 && !sentence[cue.End..with.Index].Contains(';', StringComparison.Ordinal))
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

            if (_cues.SpanEnd.IsMatch(w.Value))
            {
                return at;
            }
        }

        return sentence.Length;
    }

    private bool IsReporting(string sentence, PartyMention m, bool byTitle = true)
    {
        if (byTitle && m.Title is { } t && _cues.ReportingTitles.Any(r => t.Contains(r, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var after = NextWordPattern().Match(sentence, m.End);
        if (after.Success && _cues.ReportingVerbs.Contains(after.Groups["w"].Value))
        {
            return true;
        }

        return sentence[..m.Start].TrimEnd().EndsWith("according to", StringComparison.OrdinalIgnoreCase);
    }

    private static int LastQuoteClose(string sentence, int before)
    {
        // '..." Price said of Blinken's call': the subject starts after a closed quotation.
        var at = sentence.LastIndexOfAny(['”', '"'], Math.Max(0, before - 1));
        return at >= 0 && sentence[..at].Count(c => c is '"' or '“' or '”') % 2 == 1 ? at : -1;
    }

    private static List<Party> ToParties(List<PartyMention> mentions, PersonRegistry registry, int index, List<Person> preferred)
    {
        var parties = new List<Party>();
        foreach (var m in mentions)
        {
            var person = registry.Resolve(m, index, preferred);
            if (person is not null)
            {
                person.Title ??= m.Title;
                if (!person.IsInternational && !m.IsInternational)
                {
                    person.Country ??= m.Country;
                }

                person.Organization ??= m.Organization;
                parties.Add(new Party { Person = person });
            }
            else if (m.IsBody && (m.Country is not null || m.Organization is not null))
            {
                parties.Add(new Party { Title = m.Title, Country = m.Country, Organization = m.Organization, IsInternational = m.IsInternational });
            }
        }

        return parties;
    }

    private static List<Party> Dedupe(List<Party> parties)
    {
        var result = new List<Party>();
        foreach (var p in parties)
        {
            if (result.Any(r => r.SameAs(p)))
            {
                continue;
            }

            // A body stands for a party only when no named person of that country is already there.
            if (p.IsBody && p.Country is not null && result.Any(r => !r.IsBody && r.EffectiveCountry?.Code == p.Country.Code))
            {
                continue;
            }

            result.RemoveAll(r => r.IsBody && r.Country is not null && !p.IsBody && p.EffectiveCountry?.Code == r.Country.Code);
            result.Add(p);
        }

        return result;
    }

    // The draft these parties belong to: one that holds them all, or has a free place for each.
    private static InteractionDraft? Match(List<InteractionDraft> drafts, List<Party> parties)
    {
        if (parties.Count == 0)
        {
            return drafts.Count > 0 ? drafts[^1] : null;
        }

        foreach (var d in drafts)
        {
            var shared = parties.Count(p => Fits(d, p));
            var strangers = parties.Where(p => !Fits(d, p)).ToList();

            // A person of unknown country fits a body left unfilled ("South Korea and Russia" then "Noh ... spoke with Morgulov").
            var freeSlots = d.Parties.Count(x => x.IsBody && x.Country is not null) - parties.Count(p => SlotFor(d, p) is not null);
            var countryless = strangers.Count(p => !p.IsBody && p.EffectiveCountry is null);
            var unplaced = strangers.Count - Math.Min(countryless, Math.Max(0, freeSlots));
            if (shared > 0 && (unplaced == 0 || d.Parties.Count < 2))
            {
                return d;
            }
        }

        return null;
    }

    // A party already there, a person for a body left unfilled, or a body of a country already there
    // ("congratulated the Czech Republic" after meeting its Prime Minister).
    private static bool Fits(InteractionDraft d, Party p) =>
        d.Find(p) is not null || SlotFor(d, p) is not null
        || p.IsBody && p.Country is not null && d.Parties.Any(x => x.EffectiveCountry?.Code == p.Country.Code || !x.IsBody && x.EffectiveCountry is null);

    private static Party? SlotFor(InteractionDraft d, Party p)
    {
        if (p.IsBody || d.Find(p) is not null)
        {
            return null;
        }

        var code = p.EffectiveCountry?.Code;
        var free = d.Parties.Where(x => x.IsBody && x.Country is not null).ToList();
        if (code is not null)
        {
            return free.FirstOrDefault(x => x.Country!.Code == code);
        }

        return null;
    }

    private static void Merge(InteractionDraft d, List<Party> parties)
    {
        // "Senior diplomats of South Korea and Russia ..." then "Noh Kyu-duk ... spoke with Russian ... Morgulov":
        // the one person whose country is unknown takes the one body left unfilled.
        var countryless = parties.Count(p => !p.IsBody && p.EffectiveCountry is null && d.Find(p) is null);

        // Once two parties are known, a later country mention ("support for a stable Bangladesh") adds no party.
        var settled = d.Parties.Count >= 2;
        foreach (var p in parties)
        {
            if (settled && p.IsBody && SlotFor(d, p) is null)
            {
                continue;
            }

            if (d.Find(p) is not null)
            {
                continue;
            }

            if (SlotFor(d, p) is { } slot)
            {
                slot.Person = p.Person;
                continue;
            }

            if (p.IsBody && p.Country is not null && d.Parties.Any(x => x.EffectiveCountry?.Code == p.Country.Code))
            {
                continue;
            }

            if (!p.IsBody && p.EffectiveCountry is null && countryless == 1)
            {
                var free = d.Parties.Where(x => x.IsBody && x.Country is not null).ToList();
                var stillFree = free.Where(x => !parties.Any(q => q != p && !q.IsBody && q.EffectiveCountry?.Code == x.Country!.Code)).ToList();
                if (stillFree.Count == 1)
                {
                    p.Person!.Country ??= stillFree[0].Country;
                    stillFree[0].Person = p.Person;
                    continue;
                }
            }

            d.Parties.Add(p);
        }
    }

    private void FillFromHeadline(List<InteractionDraft> drafts, PersonRegistry registry, string headline, IReadOnlyList<PartyMention> mentions, int index)
    {
        var cues = _detector.Find(headline);
        if (cues.Count == 0)
        {
            return;
        }

        var preferred = drafts.SelectMany(d => d.Parties).Select(p => p.Person).OfType<Person>().ToList();
        var parties = Dedupe(ToParties(mentions.Where(m => !IsReporting(headline, m)).ToList(), registry, index, preferred));
        var main = drafts.FirstOrDefault();
        if (main is null || parties.Count == 0)
        {
            return;
        }

        // The headline names the parties only when the body does not; it still tells how the talks took place
        // ("Readout of President Biden's Call with ...") when it names a party of the main interaction.
        if (main.Parties.Count < 2)
        {
            Merge(main, parties);
            AddHeadlineCues(main, cues);
        }
        else if (parties.Any(p => !p.IsBody && main.Find(p) is not null))
        {
            AddHeadlineCues(main, cues);
        }
    }

    // A readout's headline ("... Call with ...") tells how the talks went right after the first report does.
    private static void AddHeadlineCues(InteractionDraft main, IReadOnlyList<Cue> cues)
    {
        main.Cues.AddRange(cues);
        var at = Math.Min(1, main.CueGroups.Count);
        main.CueGroups.Insert(at, [.. cues]);
        main.GroupAtPlace.Insert(at, false);
    }

    private static void InferCountries(InteractionDraft d, Country? home, List<SentenceFacts> facts, List<IReadOnlyList<PartyMention>> mentions, IReadOnlyList<PartyMention> headlineMentions)
    {
        foreach (var party in d.Parties.Where(p => p.Person is { Country: null, IsInternational: false }))
        {
            var taken = d.Parties.Where(p => p != party).Select(p => p.EffectiveCountry?.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var person = party.Person!;

            // "the President of Russia", "the Russian leader" elsewhere on the page.
            var references = mentions.SelectMany(x => x).Concat(headlineMentions)
                .Where(m => m.IsTitleOnly && m.Country is not null && !taken.Contains(m.Country.Code)
                    && person.Title is not null && m.Title is not null
                    && (person.Title.Contains(m.Title, StringComparison.OrdinalIgnoreCase) || m.Title.Contains(person.Title, StringComparison.OrdinalIgnoreCase)))
                .GroupBy(m => m.Country!.Code).OrderByDescending(g => g.Count()).ToList();
            if (references.Count > 0 && (references.Count == 1 || references[0].Count() > references[1].Count()))
            {
                person.Country = references[0].First().Country;
                continue;
            }

            // A government's own release leaves its officials' country unsaid: the outlet names it
            // ("U.S. Department of State", "The White House", "President of Russia"), even for a second
            // official of the same side ("Secretary Blinken and Secretary Austin met ...").
            if (home is not null)
            {
                person.Country = home;
                continue;
            }

            // Otherwise the country whose people and bodies the page names most, when it is not the counterpart's
            // (countries only talked about, "North Korea's missile launches", do not count).
            var counts = mentions.SelectMany(x => x).Concat(headlineMentions)
                .Where(m => m.Country is not null && !m.IsCapital)
                .GroupBy(m => m.Country!.Code).OrderByDescending(g => g.Count()).ToList();
            var top = counts.FirstOrDefault(g => !taken.Contains(g.Key));
            if (top is not null && top.Count() >= 2)
            {
                person.Country = top.First().Country;
                continue;
            }

            // Last, any country the page names twice or more that is not the counterpart's.
            var raw = facts.SelectMany(f => f.Countries)
                .Where(c => c.Kind != MentionKind.Capital)
                .GroupBy(c => c.Country.Code).OrderByDescending(g => g.Count()).FirstOrDefault(g => !taken.Contains(g.Key));
            if (raw is not null && raw.Count() >= 2)
            {
                person.Country = raw.First().Country;
            }
        }
    }

    private Country? HomeCountry(string? outlet)
    {
        if (outlet is null)
        {
            return null;
        }

        var countries = _participants.Countries(outlet);
        return countries.Count > 0 ? countries[0].Country : _participants.Organizations(outlet).FirstOrDefault(o => o.Country is not null)?.Country;
    }

    private Interaction Build(InteractionDraft d, List<InteractionDraft> all, IReadOnlyList<Sentence> sentences, List<SentenceFacts> facts, List<IReadOnlyList<PartyMention>> mentions, IReadOnlyList<Cue>[] cues, List<HashSet<Person>> people)
    {
        var evidence = sentences[d.FirstSentence];
        var medium = MediumClassifier.Classify(d.CueGroups.Select((g, i) => ((IReadOnlyList<Cue>)g, d.GroupAtPlace[i])));
        var participants = d.Parties.Select(p => p.ToParticipant()).ToArray();
        var countries = participants.Select(p => p.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

        // The main talks are about what the page says from their first report on, but for the sentences
        // that report other talks; talks mentioned in passing are about what their own sentences say.
        var others = all.Where(o => o != d).SelectMany(o => o.Sentences.Where(i => !d.Sentences.Contains(i))).ToHashSet();
        var persons = d.Parties.Select(p => p.Person).OfType<Person>().ToHashSet();
        var codes = d.Parties.Select(p => p.EffectiveCountry?.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var block = d == all[0]
            ? Enumerable.Range(d.FirstSentence, sentences.Count - d.FirstSentence)
                .Where(i => !others.Contains(i) && SpeaksOfTheTalks(i, sentences, mentions, people, persons, codes)).Union(d.Sentences).Distinct().Order()
            : d.Sentences.AsEnumerable();
        var topicSentences = block.Select(i => (sentences[i].Text, (IEnumerable<(int Start, int Length)>)Masks(cues[i], facts[i])));
        var labels = _topics.Assign(topicSentences);
        return new Interaction(medium, d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), participants, countries, labels, evidence.Text, evidence.Start);
    }

    // A sentence is about the talks unless it is background that names someone else first
    // ("North Korea test-fired ...", "the sister of leader Kim Jong Un, Kim Yo Jong, said ..."); one that
    // names their people or starts from them ("They", "The two sides", "The Secretary") always is.
    private static bool SpeaksOfTheTalks(int i, IReadOnlyList<Sentence> sentences, List<IReadOnlyList<PartyMention>> mentions, List<HashSet<Person>> people, HashSet<Person> persons, HashSet<string> codes)
    {
        var text = sentences[i].Text;
        if (people[i].Overlaps(persons) || PartiesStartPattern().IsMatch(text))
        {
            return true;
        }

        // Background names someone else first: a person not in the talks, or a country not among their parties.
        var first = mentions[i].Count > 0 ? mentions[i][0] : null;
        if (first is null)
        {
            return true;
        }

        if (!first.IsBody)
        {
            return false;
        }

        return first.Country is null || codes.Contains(first.Country.Code) || first.IsTitleOnly;
    }

    private static List<(int Start, int Length)> Masks(IReadOnlyList<Cue> cues, SentenceFacts facts) =>
        cues.Select(c => (c.Start, c.Length)).Concat(ParticipantExtractor.RoleSpans(facts)).ToList();

    // "held talks in Beijing with", "held talks with ... in the Kremlin": a place right at the cue or its
    // counterparts, not one the talks were about ("the situation in Ukraine").
    private bool HeldAtPlace(string sentence, IReadOnlyList<CountryMention> countries, Cue cue, int limit)
    {
        if (cue.Medium != Media.Unspecified)
        {
            return false;
        }

        foreach (Match m in _cues.LocationBefore.Matches(sentence))
        {
            if (m.Index < cue.End || m.Index > limit + 1)
            {
                continue;
            }

            var at = m.Index + m.Length;
            var country = countries.FirstOrDefault(c => c.Start == at || c.Start == at - 4);
            var word = NextWordPattern().Match(sentence, at);
            if (country is { Kind: MentionKind.Demonym })
            {
                continue;
            }

            if (country is not null || word.Success && !CalendarWordPattern().IsMatch(word.Groups["w"].Value))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarWordPattern();

    [GeneratedRegex(@"\G\s*(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*,?\s+){1,4})?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b|\G\s*(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*,?\s+){1,4}on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")]
    private static partial Regex TrailingDatePattern();

    [GeneratedRegex(@"^(?:After|Before|During|Following|Earlier|Later|Separately|Meanwhile|Last|On|In|At|Today|Yesterday|This)\b[^,]{0,120},")]
    private static partial Regex LeadingPhrasePattern();

    [GeneratedRegex(@"\b(?:the\s+two|both)\s+(?:sides|leaders|ministers|officials|envoys|diplomats|countries|governments|presidents|delegations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothSidesPattern();

    [GeneratedRegex(@"(?:^|\b(?:the|this|that|their|these|today['’]s|yesterday['’]s))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphoricPattern();

    [GeneratedRegex(@"^[""“]?(?:He|She|They|Both|It|The\s+(?:two|three|four|leaders?|sides?|parties|ministers?|officials|envoys|delegations|Secretary|President|Prime\s+Minister|Minister|Foreign\s+Minister|Chancellor|Vice\s+President)|In\s+addition|Additionally|Also|Moreover|Furthermore|Further)\b")]
    private static partial Regex PartiesStartPattern();

    [GeneratedRegex(@"\p{Lu}[\p{L}\-]*['’]?\s+$")]
    private static partial Regex NamedEventPattern();

    [GeneratedRegex(@"\G\s+(?:between|among)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenPattern();

    [GeneratedRegex(@"\b(?:with|between|among|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WithPattern();

    [GeneratedRegex(@"\b(?:discussed|held|had|has|have|talked|spoke|met|exchanged|agreed|reaffirmed|condemned|expressed|emphasized|emphasised|stressed|called|phoned|telephoned|visited|hosted|received|welcomed|congratulated|sent|led|conducted|joined|shared|reviewed|noted|hold|holds|will|was|were|is|are)\b")]
    private static partial Regex SubjectVerbPattern();

    [GeneratedRegex(@"[\p{L}'’]+|[;:(""“]")]
    private static partial Regex SpanWordPattern();

    [GeneratedRegex(@"\G[\s,]*(?<w>[\p{L}]+)")]
    private static partial Regex NextWordPattern();
}
