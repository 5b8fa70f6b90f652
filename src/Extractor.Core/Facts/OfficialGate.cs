namespace Extractor.Core.Facts;

/// <summary>
/// Keeps only talks that someone holds in an official role. SPEC §3 counts communications between
/// parties that act for a state or a body; on general news the same words ("visited", "talks",
/// "meetings", "spoke to", "a letter from") report a patient's call to a doctor, a team's ninth
/// meeting with a rival or a firm's merger talks. Such drafts name only bare people, products or
/// places, so a draft is kept when at least one party carries a title or an organisation, or is a
/// state or body itself — or when the sentences that report it call the talks diplomatic
/// ("held bilateral talks", "with his counterpart"), where titles may stand elsewhere on the page.
/// </summary>
internal static class OfficialGate
{
    public static bool Keeps(InteractionDraft draft, IReadOnlyList<Sentence> sentences, FactCues cues) =>
        draft.Parties.Any(IsOfficial)
        || draft.Sentences.Any(i => i < sentences.Count && cues.DiplomaticWords.IsMatch(sentences[i].Text));

    private static bool IsOfficial(Party party) => party.Person is { } p
        ? p.Title is not null || p.Organization is not null
        : party.Country is not null || party.Organization is not null || party.Title is not null;
}
