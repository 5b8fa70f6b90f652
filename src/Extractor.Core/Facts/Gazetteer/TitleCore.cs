namespace Extractor.Core.Facts.Gazetteer;

/// <summary>A core role of the title grammar.</summary>
/// <param name="NeedsQualifier">Stands alone only with a modifier, domain word or complement ("head of state", "Politburo Member").</param>
/// <param name="PluralSuffix">For a generated plural ("Ministers"): the ending to drop; null for a listed core.</param>
/// <param name="SingularSuffix">For a generated plural: the ending that replaces it ("Secretaries" → "Secretary").</param>
internal sealed record TitleCore(bool NeedsQualifier, string? PluralSuffix, string? SingularSuffix);
