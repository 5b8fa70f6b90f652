
namespace Extractor.Core.Facts;

/// <summary>
/// Turns a cue's party mentions into parties: a person resolved through the registry (taking the mention's title,
/// country and organisation where still unknown), or a body of a country or organisation; then drops repeats and the
/// bodies of a country one of its named people already stands for.
/// </summary>
internal static class PartyResolver
{
    internal static List<Party> ToParties(List<PartyMention> mentions, PersonRegistry registry, int index, List<Person> preferred)
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

    internal static List<Party> Dedupe(List<Party> parties)
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
}
