using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Model;

namespace Extractor.Core.Facts;

/// <summary>
/// Turns a kept draft into its interaction record: medium, date, participants, countries, evidence, and the topics
/// of the sentences that speak of the talks (for the main talks, from their first report on, background left out).
/// </summary>
internal static partial class InteractionBuilder
{
    internal static Interaction Build(IReadOnlyList<string> media, TopicAssigner topics, InteractionDraft d, List<InteractionDraft> all, IReadOnlyList<Sentence> sentences, List<SentenceFacts> facts, IReadOnlyList<PartyMention?> leads, IReadOnlyList<Cue>[] cues, List<HashSet<Person>> people)
    {
        var evidence = sentences[d.FirstSentence];
        var medium = MediumClassifier.Classify(media, d.CueGroups.Select((g, i) => ((IReadOnlyList<Cue>)g, d.GroupAtPlace[i])));
        var participants = d.Parties.Select(p => p.ToParticipant()).ToArray();
        var countries = participants.Select(p => p.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

        // The main talks are about what the page says from their first report on, but for the sentences
        // that report other talks; talks mentioned in passing are about what their own sentences say.
        var others = all.Where(o => o != d).SelectMany(o => o.Sentences.Where(i => !d.Sentences.Contains(i))).ToHashSet();
        var persons = d.Parties.Select(p => p.Person).OfType<Person>().ToHashSet();
        var codes = d.Parties.Select(p => p.EffectiveCountry?.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var block = d == all[0]
            ? Enumerable.Range(d.FirstSentence, sentences.Count - d.FirstSentence)
                .Where(i => !others.Contains(i) && SpeaksOfTheTalks(i, sentences, leads, people, persons, codes)).Union(d.Sentences).Distinct().Order()
            : d.Sentences.AsEnumerable();
        var topicSentences = block.Select(i => (sentences[i].Text, (IEnumerable<(int Start, int Length)>)Masks(cues[i], facts[i])));
        var labels = topics.Assign(topicSentences);
        return new Interaction(medium, d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), participants, countries, labels, evidence.Text, evidence.Start);
    }

    // A sentence is about the talks unless it is background that names someone else first
    // ("North Korea test-fired ...", "the sister of leader Kim Jong Un, Kim Yo Jong, said ..."); one that
    // names their people or starts from them ("They", "The two sides", "The Secretary") always is.
    private static bool SpeaksOfTheTalks(int i, IReadOnlyList<Sentence> sentences, IReadOnlyList<PartyMention?> leads, List<HashSet<Person>> people, HashSet<Person> persons, HashSet<string> codes)
    {
        var text = sentences[i].Text;
        if (people[i].Overlaps(persons) || PartiesStartPattern().IsMatch(text))
        {
            return true;
        }

        // Background names someone else first: a person not in the talks, or a country not among their parties.
        var first = leads[i];
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

    [GeneratedRegex(@"^[""“]?(?:He|She|They|Both|It|The\s+(?:two|three|four|leaders?|sides?|parties|ministers?|officials|envoys|delegations|Secretary|President|Prime\s+Minister|Minister|Foreign\s+Minister|Chancellor|Vice\s+President)|In\s+addition|Additionally|Also|Moreover|Furthermore|Further)\b")]
    private static partial Regex PartiesStartPattern();
}
