namespace Extractor.Core.Metadata.Html;

/// <summary>
/// What a page's JSON-LD says about its article (schema.org NewsArticle and kin).
/// <see cref="OtherPublished"/> is a date from a block of another type or from JSON too broken to
/// parse: weaker evidence, ranked below the meta tags.
/// </summary>
internal sealed record JsonLdArticle(
    string? DatePublished,
    string? DateModified,
    IReadOnlyList<string> PersonAuthors,
    IReadOnlyList<string> OrganizationAuthors,
    string? Publisher,
    string? OtherPublished = null)
{
    /// <summary>
    /// Names credited through a site's placeholder account (<c>"@id": "…/author/admin/"</c>, name
    /// "Ilanga D"): no person wrote under them, here or in the page's byline elements.
    /// </summary>
    public IReadOnlyList<string> PlaceholderAuthors { get; init; } = [];

    public static JsonLdArticle None { get; } = new(null, null, [], [], null);
}
