namespace Extractor.Core.Lexicons;

// The fact stage's lexicon files (Resources/Facts), as read from JSON. A property is a key of the
// file in camelCase; adding a key to a file is adding a property here.

/// <summary><c>cues.json</c>: the words that report an interaction, its media, and the words around a cue.</summary>
public sealed record CuesFile
{
    public string? About { get; init; }

    /// <summary>The media a cue may name, in the order they win when cues of several agree; the record schema's enum.</summary>
    public required IReadOnlyList<string> Media { get; init; }

    public required IReadOnlyList<CueEntry> Cues { get; init; }

    public required string PlanBefore { get; init; }

    public required string NegationBefore { get; init; }

    public required string PlanAfter { get; init; }

    /// <summary>A future or scheduled verb anywhere in a cue's clause makes it a plan.</summary>
    public required string FutureClause { get; init; }

    /// <summary>Verbs between "to" and a cue that keep it a plan ("to hold talks").</summary>
    public required IReadOnlyList<string> ArrangingVerbs { get; init; }

    /// <summary>Verbs of intent: a plan only through an infinitive or as a noun's modifier ("agreed to meet", "a planned visit").</summary>
    public required IReadOnlyList<string> PlanIntentVerbs { get; init; }

    /// <summary>"for" before a noun cue, a purpose after a verb of motion ("arrived in Washington for talks").</summary>
    public required string PurposeBefore { get; init; }

    /// <summary>Verbs of motion and arrival that make "for" + a cue a purpose.</summary>
    public required string PurposeAfterMotion { get; init; }

    /// <summary>A noun cue's clause going on in the future ("the summit ... will be held in late June").</summary>
    public required string PlanLaterInClause { get; init; }

    /// <summary>A photo caption left in the text ("This photo, taken on ..., shows ..."): it reports no interaction.</summary>
    public required string CaptionSentence { get; init; }

    /// <summary>Places that are no country and read like names ("Gaza", "San Francisco"): no part of a person's name.</summary>
    public required IReadOnlyList<string> PlaceNames { get; init; }

    public required string SpanEnd { get; init; }

    public required IReadOnlyList<string> ReportingTitles { get; init; }

    public required IReadOnlyList<string> ReportingVerbs { get; init; }

    public required IReadOnlyList<string> GroupNouns { get; init; }

    public required IReadOnlyList<string> CounterpartWords { get; init; }

    /// <summary>People who act for someone ("a top aide to Zelenskiy", "an adviser to the president"): the one named after
    /// "to", "of" or "for" is not the party.</summary>
    public required IReadOnlyList<string> ProxyNouns { get; init; }

    public required IReadOnlyList<string> NameParticles { get; init; }

    public required IReadOnlyList<string> NameSuffixes { get; init; }

    public required IReadOnlyList<string> Honorifics { get; init; }

    public required IReadOnlyList<string> PlaceNouns { get; init; }

    public required IReadOnlyList<string> NotNameWords { get; init; }

    public required IReadOnlyList<string> DiplomaticWords { get; init; }

    public required string InternalMeetingBefore { get; init; }

    public required string LocationBeforePlace { get; init; }
}

/// <summary>One cue of <c>cues.json</c>.</summary>
public sealed record CueEntry
{
    public required string Pattern { get; init; }

    public required IReadOnlyList<string> Needs { get; init; }

    public required string Medium { get; init; }

    /// <summary><c>verb</c> or <c>noun</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The counterpart follows the verb directly ("met X").</summary>
    [System.Text.Json.Serialization.JsonPropertyName("object")]
    public bool TakesObject { get; init; }

    public bool Plural { get; init; }

    public bool Weak { get; init; }
}

/// <summary><c>topics.json</c> (SPEC §6).</summary>
public sealed record TopicsFile
{
    public string? About { get; init; }

    public required IReadOnlyList<TopicEntry> Topics { get; init; }

    /// <summary>
    /// Set phrases in which a term says nothing of its topic ("good health" in a wish, "diplomatic relations"
    /// in an anniversary): blanked before the terms are matched. Written like terms.
    /// </summary>
    public IReadOnlyList<string>? Idioms { get; init; }
}

/// <summary>One topic: a label and the terms that give it.</summary>
public sealed record TopicEntry
{
    public required string Label { get; init; }

    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>
    /// Terms naming a kind of thing more than a topic ("crisis", "environment"): they give the label only when
    /// the word before them is no other label's term ("the climate crisis" is climate, not security).
    /// </summary>
    public IReadOnlyList<string>? Heads { get; init; }
}

/// <summary><c>countries.json</c>: the country gazetteer.</summary>
public sealed record CountriesFile
{
    public string? About { get; init; }

    public IReadOnlyList<string> Ambiguous { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> CapitalStopNouns { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> OutletTails { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> GuardNeighbours { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Guarded { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Stops { get; init => field = value ?? []; } = [];

    public required IReadOnlyList<CountryEntry> Countries { get; init; }
}

/// <summary>One country of <c>countries.json</c>.</summary>
public sealed record CountryEntry
{
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public required string Code { get; init; }

    public IReadOnlyList<string> Names { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> ShortForms { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Acronyms { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Demonyms { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Capitals { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Seats { get; init => field = value ?? []; } = [];
}

/// <summary><c>organizations.json</c>: government bodies and international organisations.</summary>
public sealed record OrganizationsFile
{
    public string? About { get; init; }

    public required IReadOnlyList<OrganizationEntry> Organizations { get; init; }
}

/// <summary>One body of <c>organizations.json</c>.</summary>
public sealed record OrganizationEntry
{
    public required string Name { get; init; }

    public IReadOnlyList<string> Forms { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Acronyms { get; init => field = value ?? []; } = [];

    /// <summary>Alpha-3 of a country of <c>countries.json</c>, when the body itself says whose it is.</summary>
    public string? Country { get; init; }

    public bool International { get; init; }

    public bool AnyCase { get; init; }

    /// <summary>Alpha-3 codes of the states of a group that meets as its members (G7, Quad): talks of the group are
    /// talks among them.</summary>
    public IReadOnlyList<string> Members { get; init => field = value ?? []; } = [];
}

/// <summary><c>titles.json</c>: the grammar of government and diplomatic roles.</summary>
public sealed record TitlesFile
{
    public string? About { get; init; }

    public required IReadOnlyList<string> Cores { get; init; }

    public IReadOnlyList<string> CountryComplementCores { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> BareCores { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> NeedsQualifier { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Modifiers { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Domains { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> ComplementOnly { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Regions { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> HyphenPrefixes { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> JoinWords { get; init => field = value ?? []; } = [];
}

/// <summary><c>event-codes.json</c>: the CAMEO and PLOVER codes a medium gives, and the words that say who visited whom.</summary>
public sealed record EventCodesFile
{
    public string? About { get; init; }

    /// <summary>The media whose codes the medium alone decides (phone, video); each one of <see cref="CuesFile.Media"/>.</summary>
    public required IReadOnlyList<MediumCodeEntry> MediumCodes { get; init; }

    /// <summary>Phrases with the visitor as their subject ("visited", "arrived in", "was received by").</summary>
    public required IReadOnlyList<string> Visitor { get; init; }

    /// <summary>Phrases with the host as their subject ("hosted", "received").</summary>
    public required IReadOnlyList<string> Host { get; init; }

    /// <summary>Phrases of a meeting held away from home ("on the sidelines of").</summary>
    public required IReadOnlyList<string> ThirdPlace { get; init; }

    /// <summary>Words that introduce the place a meeting was held in ("in", "at").</summary>
    public required IReadOnlyList<string> PlaceBefore { get; init; }
}

/// <summary>One medium's codes in <c>event-codes.json</c>.</summary>
public sealed record MediumCodeEntry
{
    public required string Medium { get; init; }

    /// <summary>The CAMEO code (one of <see cref="Model.EventCodes.Cameos"/>).</summary>
    public required string Cameo { get; init; }

    /// <summary>The PLOVER mode (one of <see cref="Model.EventCodes.Modes"/>), or null for none.</summary>
    public string? Mode { get; init; }
}
