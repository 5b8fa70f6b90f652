namespace Extractor.Core.Lexicons;

// The metadata stage's lexicon files (Resources/Metadata), as read from JSON. A property is a key
// of the file in camelCase; adding a key to a file is adding a property here.

/// <summary><c>agencies.json</c>: the news agencies whose credit the tool reports.</summary>
public sealed record AgenciesFile
{
    public string? About { get; init; }

    public required IReadOnlyList<AgencyEntry> Agencies { get; init; }
}

/// <summary>One agency: the name a record gives and the forms pages print.</summary>
public sealed record AgencyEntry
{
    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init => field = value ?? []; } = [];
}

/// <summary><c>outlets.json</c>: the publications the tool recognises.</summary>
public sealed record OutletsFile
{
    public string? About { get; init; }

    public required IReadOnlyList<OutletEntry> Outlets { get; init; }
}

/// <summary>One outlet: its own name, its other self-names and its signature formulas.</summary>
public sealed record OutletEntry
{
    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init => field = value ?? []; } = [];

    public IReadOnlyList<OutletSignature> Signatures { get; init => field = value ?? []; } = [];
}

/// <summary>A formula only the outlet's own pages print, with its weight.</summary>
public sealed record OutletSignature
{
    public required string Pattern { get; init; }

    public required int Weight { get; init; }
}

/// <summary><c>bylines.json</c>: words that mark a byline part as not a person.</summary>
public sealed record BylinesFile
{
    public string? About { get; init; }

    public IReadOnlyList<string> NotPeople { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> JobWords { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> NotNameWords { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> CutWords { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> DeskWords { get; init => field = value ?? []; } = [];
}

/// <summary><c>datelines.json</c>: capitalised openings that are not places.</summary>
public sealed record DatelinesFile
{
    public string? About { get; init; }

    public IReadOnlyList<string> NotPlaces { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> NotPlaceFirstWords { get; init => field = value ?? []; } = [];
}

/// <summary><c>timezones.json</c>: time-zone abbreviations and their UTC offsets (null: not trusted).</summary>
public sealed record TimezonesFile
{
    public string? About { get; init; }

    public required IReadOnlyDictionary<string, string?> Zones { get; init; }
}
