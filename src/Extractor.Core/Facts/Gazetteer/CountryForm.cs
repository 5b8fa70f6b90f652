namespace Extractor.Core.Facts.Gazetteer;

/// <summary>One way of writing a country (or, with <see cref="Country"/> null, a stop phrase that names none).</summary>
internal sealed record CountryForm(Country? Country, MentionKind Kind, bool Ambiguous, bool Guarded)
{
    /// <summary>The form of a stop phrase: consumed, names no country.</summary>
    public static CountryForm Stop { get; } = new(null, MentionKind.Name, false, false);
}
