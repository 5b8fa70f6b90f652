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
    public static JsonLdArticle None { get; } = new(null, null, [], [], null);
}
