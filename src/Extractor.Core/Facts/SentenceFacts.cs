using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Core.Facts;

/// <summary>
/// What the gazetteers and the participant rules find in one sentence, found once and read by every later step
/// (parties, the talks' place, countries, topic masks) instead of scanning the sentence again.
/// </summary>
internal sealed class SentenceFacts(IReadOnlyList<PartyMention> mentions, IReadOnlyList<CountryMention> countries, IReadOnlyList<TitleMention> titles, IReadOnlyList<OrganizationMention> organizations)
{
    public IReadOnlyList<PartyMention> Mentions { get; } = mentions;

    public IReadOnlyList<CountryMention> Countries { get; } = countries;

    public IReadOnlyList<TitleMention> Titles { get; } = titles;

    public IReadOnlyList<OrganizationMention> Organizations { get; } = organizations;
}
