namespace Extractor.Core.Facts;

/// <summary>
/// Keeps only talks that someone holds in an official role. SPEC §3 counts communications between
/// parties that act for a state or a body; on general news the same words ("visited", "talks",
/// "meetings", "spoke to", "a letter from") report a patient's call to a doctor, a team's ninth
/// meeting with a rival or a firm's merger talks. Such drafts name only bare people, products or
/// places, so a draft is kept when at least one party carries a title or an organisation, or is a
/// state or body itself — or when the sentences that report it call the talks diplomatic
/// ("held bilateral talks", "with his counterpart"), where titles may stand elsewhere on the page. Outside such
/// words, two parties must be placed (a title, an organisation or a country): general news pins this
/// (bench/article-extraction: a hospital visit, a physician's letter).
/// </summary>
internal static class OfficialGate
{
    public static bool Keeps(InteractionDraft draft, IReadOnlyList<Sentence> sentences, FactCues cues) =>
        draft.Parties.Any(IsOfficial) || IsDiplomatic(draft, sentences, cues);

    /// <summary>
    /// After the countries are inferred: outside diplomatic words and verbs that report the contact, two parties at least
    /// must be placed (a title, an organisation, or a country the page gives, not one guessed from what the page names
    /// most).
    /// </summary>
    public static bool KeepsPlaced(InteractionDraft draft, IReadOnlyList<Sentence> sentences, FactCues cues) =>
        draft.Parties.Count(IsPlaced) >= 2 || IsDiplomatic(draft, sentences, cues) || HasReportingVerb(draft);

    /// <summary>
    /// Talks among people who all act for one and the same state are that state's own business, not diplomacy
    /// (SPEC §3: a leader's meeting with his speaker, an ambassador's call to his president). The gold marks such
    /// talks optional (white-house wh-022, kremlin kr-017); general news names them often (bench/article-extraction
    /// 82b6d780: a hearing's account of an envoy's meetings and calls inside his own government). A party with no
    /// country, or that speaks for an international body, keeps the talks, and so does one whose country was inferred
    /// (the outlet's, or the one the page names most): news g014 and g062 give the visitor the outlet's country.
    /// </summary>
    public static bool IsDomestic(InteractionDraft draft)
    {
        string? code = null;
        foreach (var party in draft.Parties)
        {
            if (party.IsInternational || party.Person is { IsInternational: true } || party.EffectiveCountry is not { } country
                || party.Person is { CountryFromHome: true } or { CountryGuessed: true })
            {
                return false;
            }

            code ??= country.Code;
            if (country.Code != code)
            {
                return false;
            }
        }

        return code is not null;
    }

    // A verb that reports the contact itself ("Antony Blinken spoke by phone with Ukrainian Foreign Minister Dmytro
    // Kuleba") needs no more; a noun ("a letter from his physician", "Trump's visit to Walter Reed") does.
    private static bool HasReportingVerb(InteractionDraft draft) => draft.Cues.Any(c => c.Definition.IsVerb && !c.Definition.IsWeak);

    private static bool IsDiplomatic(InteractionDraft draft, IReadOnlyList<Sentence> sentences, FactCues cues) =>
        draft.Sentences.Any(i => i < sentences.Count && cues.DiplomaticWords.IsMatch(sentences[i].Text));

    private static bool IsOfficial(Party party) => party.Person is { } p
        ? p.Title is not null || p.Organization is not null
        : party.Country is not null || party.Organization is not null || party.Title is not null;

    // Every party of talks between officials is somebody the page places: a person with a title, a body or a country
    // ("Trump's visit to Walter Reed", "a letter from his longtime physician Dr. Harold Bornstein" name no such party).
    private static bool IsPlaced(Party party) => party.Person is { } p
        ? p.Title is not null || p.Organization is not null || p.Country is not null && !p.CountryGuessed || p.IsInternational
        : true;
}
