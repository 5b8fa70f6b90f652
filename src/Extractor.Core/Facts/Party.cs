using Extractor.Core.Facts.Gazetteer;
using Extractor.Core.Model;

namespace Extractor.Core.Facts;

/// <summary>A party of an interaction being built: a known person, or a body with no person named.</summary>
internal sealed class Party
{
    public Person? Person { get; set; }

    public string? Title { get; set; }

    public Country? Country { get; set; }

    public string? Organization { get; set; }

    public bool IsInternational { get; set; }

    public bool IsBody => Person is null;

    public Country? EffectiveCountry => Person is { } p ? (p.IsInternational ? null : p.Country) : Country;

    public bool SameAs(Party other) =>
        Person is not null ? ReferenceEquals(Person, other.Person)
        : other.Person is null && (Country is not null && other.Country?.Code == Country.Code
            || Country is null && other.Country is null && Organization is not null && string.Equals(Organization, other.Organization, StringComparison.OrdinalIgnoreCase));

    public Participant ToParticipant()
    {
        if (Person is { } p)
        {
            var country = p.IsInternational ? null : p.Country;
            return new Participant(p.Name, p.Title, country?.Name, country?.Code, p.Organization);
        }

        return new Participant(null, Title, IsInternational ? null : Country?.Name, IsInternational ? null : Country?.Code, Organization);
    }
}
