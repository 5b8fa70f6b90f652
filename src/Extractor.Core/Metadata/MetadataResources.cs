using System.Text.Json;

namespace Extractor.Core.Metadata;

/// <summary>Opens the metadata stage's embedded data files (<c>Resources/Metadata/*.json</c>).</summary>
internal static class MetadataResources
{
    public static JsonDocument Open(string fileName) => EmbeddedData.ReadJson("Metadata/" + fileName);

    /// <summary>The strings of a JSON array property, or an empty list.</summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];
}
