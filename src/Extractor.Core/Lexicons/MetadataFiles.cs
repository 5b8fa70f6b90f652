namespace Extractor.Core.Lexicons;

// The metadata stage's lexicon files (Resources/Metadata), as read from JSON. A property is a key
// of the file in camelCase; adding a key to a file is adding a property here.

/// <summary><c>agencies.json</c>: the news agencies whose credit the tool reports.</summary>
public sealed record AgenciesFile
{
    public string? About { get; init; }

    public required IReadOnlyList<AgencyEntry> Agencies { get; init; }

    /// <summary>The wording of a credit, by where it stands on a line.</summary>
    public required AgencyCreditWords Credits { get; init; }
}

/// <summary>The words of an agency credit (<c>agencies.json</c>'s <c>credits</c>), matched ignoring case.</summary>
public sealed record AgencyCreditWords
{
    /// <summary>Words that may open a line that is only a credit (<c>Source: Xinhua</c>).</summary>
    public required IReadOnlyList<string> LineOpeners { get; init; }

    /// <summary>What follows an agency that contributed (<c>Reuters contributed to this report</c>).</summary>
    public required IReadOnlyList<string> Contributed { get; init; }

    /// <summary>What precedes agencies that reported (<c>Additional reporting by Reuters</c>).</summary>
    public required IReadOnlyList<string> ReportedBy { get; init; }

    /// <summary>What opens a credit closing a line (<c>with inputs from PTI</c>); a closing ':' is required.</summary>
    public required IReadOnlyList<string> TailOpeners { get; init; }

    /// <summary>What a credit may open with before the agency's name (<c>from</c>, <c>with inputs from</c>).</summary>
    public required IReadOnlyList<string> LeadingWords { get; init; }

    /// <summary>Words of a credit label, also plural, then a label follower or <c>:</c> (<c>Photo by</c>).</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>Words that may follow a label before the agency (<c>by</c> of <c>Photo by</c>); a colon always may.</summary>
    public required IReadOnlyList<string> LabelFollowers { get; init; }

    /// <summary>Words after an agency's name that name the credited picture (<c>AP Photo</c>), also plural.</summary>
    public required IReadOnlyList<string> MediaWords { get; init; }

    /// <summary>Words that join two agencies in one credit (<c>AFP and Reuters</c>).</summary>
    public required IReadOnlyList<string> JoinWords { get; init; }
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

    /// <summary>Phrases in which a site names itself (<c>access to all of {name}</c>); <c>{name}</c> stands for the name.</summary>
    public IReadOnlyList<string> SelfNaming { get; init => field = value ?? []; } = [];

    /// <summary>Words that are no outlet's name in a self-naming phrase (<c>Our</c>, <c>Newsletter</c>).</summary>
    public IReadOnlyList<string> SelfNamingNotNames { get; init => field = value ?? []; } = [];

    /// <summary>Last words of a publication's name (<c>Post</c>, <c>Times</c>, <c>News</c>).</summary>
    public IReadOnlyList<string> NameHeads { get; init => field = value ?? []; } = [];

    /// <summary>Formulas of a page that reproduces another body's release (<c>reproduced in full below</c>).</summary>
    public IReadOnlyList<string> Republished { get; init => field = value ?? []; } = [];

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

    /// <summary>Words that open a byline, by language (<c>By</c>, <c>von</c>, <c>par</c>).</summary>
    public IReadOnlyList<string> ByWords { get; init => field = value ?? []; } = [];

    /// <summary>Words that join two people in a credit, by language (<c>and</c>, <c>und</c>, <c>og</c>).</summary>
    public IReadOnlyList<string> JoinWords { get; init => field = value ?? []; } = [];

    /// <summary>Lower-case words a name may hold between its capitalised words (<c>von</c>, <c>bin</c>).</summary>
    public IReadOnlyList<string> NameParticles { get; init => field = value ?? []; } = [];

    /// <summary>Words no credit naming a person opens with (<c>The</c>).</summary>
    public IReadOnlyList<string> NotNameOpeners { get; init => field = value ?? []; } = [];

    /// <summary>A relative time printed after a name (<c>3 minutes ago</c>).</summary>
    public RelativeTimeWords RelativeTime { get; init => field = value ?? new(); } = new();

    /// <summary>Small words left dangling at the end of a name cut from widget text, dropped.</summary>
    public IReadOnlyList<string> TrailingConnectors { get; init => field = value ?? []; } = [];

    /// <summary>Small words a job title may hold between its job words (<c>of</c>, <c>&amp;</c>).</summary>
    public IReadOnlyList<string> TitleJoinWords { get; init => field = value ?? []; } = [];
}

/// <summary>The words of a relative time: its units (<c>minute</c>, also plural) and the word after them (<c>ago</c>).</summary>
public sealed record RelativeTimeWords
{
    public IReadOnlyList<string> Units { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> After { get; init => field = value ?? []; } = [];
}

/// <summary><c>datelines.json</c>: capitalised openings that are not places.</summary>
public sealed record DatelinesFile
{
    public string? About { get; init; }

    public IReadOnlyList<string> NotPlaces { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> NotPlaceFirstWords { get; init => field = value ?? []; } = [];

    /// <summary>Cities a dateline may name in title case before only a colon or a dash (<c>New Delhi:</c>).</summary>
    public IReadOnlyList<string> Places { get; init => field = value ?? []; } = [];
}

/// <summary><c>dates.json</c>: the date grammar's words by language.</summary>
public sealed record DatesFile
{
    public string? About { get; init; }

    /// <summary>Twelve lists, January first: each month's names and abbreviations.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Months { get; init; }

    public required DateLabelWords Labels { get; init; }

    /// <summary>Words an element's class, id or itemprop holds when it prints a date.</summary>
    public IReadOnlyList<string> DateMarks { get; init => field = value ?? []; } = [];

    /// <summary>Time-zone abbreviations of countries that write a numeric date month first (<c>01/08/2022 08:01 PM EST</c>).</summary>
    public IReadOnlyList<string> MonthFirstZones { get; init => field = value ?? []; } = [];
}

/// <summary>The words that introduce a date line, by what they say the date is.</summary>
public sealed record DateLabelWords
{
    public IReadOnlyList<string> Published { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Updated { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Generic { get; init => field = value ?? []; } = [];

    /// <summary>Labels of dates that are not the page's: a member's joining, the current time, a rule's validity.</summary>
    public IReadOnlyList<string> Other { get; init => field = value ?? []; } = [];
}

/// <summary><c>timezones.json</c>: time-zone abbreviations and their UTC offsets (null: not trusted).</summary>
public sealed record TimezonesFile
{
    public string? About { get; init; }

    public required IReadOnlyDictionary<string, string?> Zones { get; init; }
}
