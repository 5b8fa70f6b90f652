namespace Extractor.Core.Lexicons;

// The cleaner's lexicon files (Resources/Cleaning), as read from JSON. A property is a key of the
// file in camelCase; adding a key to a file is adding a property here.

/// <summary><c>Cleaning/Html/boilerplate.json</c>: class/id words, removed tags and furniture lines of HTML pages.</summary>
public sealed record HtmlBoilerplateFile
{
    public string? About { get; init; }

    public required IReadOnlyList<string> NegativeTokens { get; init; }

    public required IReadOnlyList<string> PositiveTokens { get; init; }

    public required IReadOnlyList<string> StrongNegativeTokens { get; init; }

    /// <summary>Elements dropped from the parsed page with all they hold.</summary>
    public required IReadOnlyList<string> RemovedTags { get; init; }

    /// <summary>Elements cut out of the markup before it is parsed (each one of <see cref="RemovedTags"/>).</summary>
    public required IReadOnlyList<string> StrippedTags { get; init; }

    public required IReadOnlyList<string> BoilerplateLines { get; init; }

    public required IReadOnlyList<string> CaptionTokens { get; init; }

    public required IReadOnlyList<string> CreditTokens { get; init; }

    public required IReadOnlyList<string> BylineStarts { get; init; }

    public required IReadOnlyList<string> CommentTokens { get; init; }

    /// <summary>
    /// Words that on a paragraph element name the article's lead ("teaser", "intro", "standfirst"):
    /// such a paragraph of prose stays, whatever weak furniture word it also carries.
    /// </summary>
    public IReadOnlyList<string> LeadTokens { get; init; } = [];

    /// <summary>
    /// Whole tokens that a listed prefix (comment*, share*, post*…) would catch but that name the
    /// content: an opinion piece is class "article-type-commentary", not reader comments.
    /// </summary>
    public IReadOnlyList<string> PrefixExceptions { get; init; } = [];

    /// <summary>
    /// Beginnings of class names that carry a post's own categories and tags (WordPress writes
    /// "category-newsletter", "tag-social-media" on the post's box): their words are the post's
    /// subject, not the page's furniture, and give no signal.
    /// </summary>
    public IReadOnlyList<string> TermClassPrefixes { get; init; } = [];
}

/// <summary><c>Cleaning/Text/boilerplate.json</c>: the words of page furniture in text dumps.</summary>
public sealed record TextBoilerplateFile
{
    public string? About { get; init; }

    public required IReadOnlyList<string> WidgetLabels { get; init; }

    public required IReadOnlyList<string> SectionLabels { get; init; }

    public required IReadOnlyList<string> CommentMarkers { get; init; }

    public required IReadOnlyList<string> WidgetPrefixes { get; init; }

    public required IReadOnlyList<string> CaptionMarkers { get; init; }

    public required IReadOnlyList<string> CaptionPrefixes { get; init; }

    public required IReadOnlyList<string> FooterMarkers { get; init; }

    /// <summary>Substrings of a rights line ("©", "all rights reserved"): a footer line whatever its shape.</summary>
    public required IReadOnlyList<string> RightsMarkers { get; init; }

    public required IReadOnlyList<string> ShareWords { get; init; }

    public required IReadOnlyList<string> LeadIns { get; init; }

    public required IReadOnlyList<string> BylinePrefixes { get; init; }

    public required IReadOnlyList<string> DateWords { get; init; }

    /// <summary>Time units of a byline clock ("minutes", "min", "Stunden").</summary>
    public required IReadOnlyList<string> RelativeTimeUnits { get; init; }

    /// <summary>Words for a count of one in a byline clock ("a", "an", "one").</summary>
    public IReadOnlyList<string> RelativeTimeCounts { get; init => field = value ?? []; } = [];

    /// <summary>Markers after count and unit ("ago", "назад").</summary>
    public IReadOnlyList<string> RelativeTimeAfter { get; init => field = value ?? []; } = [];

    /// <summary>Markers before count and unit ("vor", "il y a", "hace").</summary>
    public IReadOnlyList<string> RelativeTimeBefore { get; init => field = value ?? []; } = [];

    /// <summary>Lines that are a time on their own ("just now", "yesterday").</summary>
    public IReadOnlyList<string> RelativeTimeAlone { get; init => field = value ?? []; } = [];

    /// <summary>First words of an author box's heading before the author's name ("about ", "über "): "Über Moritz Bachmann".</summary>
    public IReadOnlyList<string> AuthorBoxOpenings { get; init => field = value ?? []; } = [];
}

/// <summary><c>Cleaning/Text/stopwords.json</c>: function words by language.</summary>
public sealed record StopwordsFile
{
    public string? About { get; init; }

    /// <summary>Language code → its function words, lower case.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Languages { get; init; }
}
