namespace Extractor.Core.Facts;

/// <summary>
/// Fills the parties a report first names by role only ("South Korea's top nuclear envoy held phone talks with his
/// Chinese counterpart") with the people the next sentences name ("Noh Kyu-duk ... and China's Liu Xiaoming shared
/// their assessments"): news leads with roles and names the people a sentence or two later, often in a sentence with
/// no interaction word of its own.
/// </summary>
internal static class BodySlots
{
    // How many sentences after the first report may name the people.
    private const int Reach = 3;

    internal static void Fill(InteractionDraft draft, PersonRegistry registry, IReadOnlyList<IReadOnlyList<PartyMention>> mentions, IReadOnlyList<Sentence> sentences, CueParties cueParties, ISet<int> otherDrafts)
    {
        // "The defense chiefs of South Korea, the United States and Japan held talks on the phone." then "Minister Suh Wook
        // spoke on the phone with his American and Japanese counterparts, Lloyd Austin and Nobuo Kishi": the people whose
        // country no word gives take the bodies left unfilled, in the order the page names both.
        var loose = draft.Parties.Where(p => p.Person is { Country: null, IsInternational: false }).ToList();
        var open = Free(draft).ToList();
        if (loose.Count > 0 && loose.Count == open.Count)
        {
            for (var k = 0; k < loose.Count; k++)
            {
                loose[k].Person!.Country = open[k].Country;
                open[k].Person = loose[k].Person;
                draft.Parties.Remove(loose[k]);
            }
        }

        var last = Math.Min(sentences.Count - 1, draft.FirstSentence + Reach);
        for (var i = draft.FirstSentence; i <= last && Free(draft).Any(); i++)
        {
            if (i != draft.FirstSentence && otherDrafts.Contains(i))
            {
                continue;
            }

            var people = mentions[i]
                .Where(m => !m.IsBody && !cueParties.IsReporting(sentences[i].Text, m))
                .Select(m => registry.Resolve(m, i, []))
                .OfType<Person>()
                .Where(p => draft.Parties.All(x => !ReferenceEquals(x.Person, p)))
                .Distinct()
                .ToList();

            // People of the slots' countries take them; then one person of unknown country takes the one slot left.
            foreach (var p in people.Where(p => p.Country is not null && !p.IsInternational))
            {
                var slot = Free(draft).FirstOrDefault(x => x.Country!.Code == p.Country!.Code);
                if (slot is not null)
                {
                    slot.Person = p;
                }
            }

            var countryless = people.Where(p => p.Country is null && !p.IsInternational && draft.Parties.All(x => !ReferenceEquals(x.Person, p))).ToList();
            var free = Free(draft).ToList();
            if (countryless.Count == 1 && free.Count == 1)
            {
                countryless[0].Country = free[0].Country;
                free[0].Person = countryless[0];
            }
        }
    }

    // The bodies of a country none of the draft's people acts for.
    private static IEnumerable<Party> Free(InteractionDraft draft) =>
        draft.Parties.Where(p => p.IsBody && p.Country is not null && !draft.Parties.Any(x => !x.IsBody && x.EffectiveCountry?.Code == p.Country.Code));
}
