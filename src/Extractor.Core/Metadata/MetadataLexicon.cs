using Extractor.Core.Lexicons;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Bylines;
using Extractor.Core.Metadata.Dates;
using Extractor.Core.Metadata.Outlets;

namespace Extractor.Core.Metadata;

/// <summary>What the metadata stage knows, from the lexicon set's <c>Metadata/</c> files, handed to its readers as one.</summary>
internal sealed class MetadataLexicon(LexiconSet lexicons)
{
    public AgencyList Agencies { get; } = lexicons.Agencies;

    public OutletList Outlets { get; } = lexicons.Outlets;

    public BylineWords Bylines { get; } = lexicons.Bylines;

    /// <summary>Capitalised dateline openings that are no place (<c>BREAKING</c>), ignoring case.</summary>
    public IReadOnlySet<string> NotPlaces { get; } = lexicons.NotPlaces;

    /// <summary>First words of a capitalised opening that is a salutation or notice (<c>DEAR</c>).</summary>
    public IReadOnlySet<string> NotPlaceFirstWords { get; } = lexicons.NotPlaceFirstWords;

    /// <summary>Time-zone abbreviation → UTC offset (null: printed, but not trusted).</summary>
    public IReadOnlyDictionary<string, string?> Zones { get; } = lexicons.Zones;

    /// <summary>The date grammar's words (month names by language, labels, date-element marks) and the zones.</summary>
    public DateWords Dates { get; } = lexicons.Dates;

    /// <summary>Countries with their names, demonyms and capitals (the facts stage's gazetteer): a capitalised opening that names one is a place, not a site.</summary>
    public Facts.Gazetteer.CountryGazetteer Countries { get; } = lexicons.Countries;

    /// <summary>Cities a dateline may name in title case before only a colon or a dash (<c>New Delhi:</c>).</summary>
    public IReadOnlySet<string> Cities { get; } = lexicons.Cities;
}
