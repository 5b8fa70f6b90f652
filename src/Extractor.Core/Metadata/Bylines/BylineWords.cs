namespace Extractor.Core.Metadata.Bylines;

/// <summary>The byline word lists (embedded <c>bylines.json</c>), all matched ignoring case.</summary>
internal sealed record BylineWords(
    HashSet<string> NotPeople,
    HashSet<string> JobWords,
    HashSet<string> NotNameWords,
    HashSet<string> CutWords,
    HashSet<string> DeskWords)
{
    public static BylineWords Load()
    {
        using var doc = MetadataResources.Open("bylines.json");
        HashSet<string> Set(string name) => new(MetadataResources.Strings(doc.RootElement, name), StringComparer.OrdinalIgnoreCase);
        return new BylineWords(Set("notPeople"), Set("jobWords"), Set("notNameWords"), Set("cutWords"), Set("deskWords"));
    }
}
