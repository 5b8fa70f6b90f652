namespace Extractor.Core.Facts.Gazetteer;

/// <summary>A core role of the title grammar.</summary>
/// <param name="NeedsQualifier">Stands alone only with a modifier, domain word or complement ("head of state", "Politburo Member").</param>
/// <param name="TakesCountry">May take a country after for/on as its subject ("Special Representative for North Korea");
/// "Prime Minister for Norway" is no title.</param>
/// <param name="PluralSuffix">For a generated plural ("Ministers"): the ending to drop; null for a listed core.</param>
/// <param name="SingularSuffix">For a generated plural: the ending that replaces it ("Secretaries" → "Secretary").</param>
/// <param name="Bare">Takes no modifier or domain word before it ("global leader" is "leader").</param>
internal sealed record TitleCore(bool NeedsQualifier, bool TakesCountry, string? PluralSuffix, string? SingularSuffix, bool Bare = false);
