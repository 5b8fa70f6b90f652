using System.Text.Json;

namespace Extractor.Core.Facts.Gazetteer;

/// <summary>Reads the gazetteer's embedded JSON resources (<c>Resources/Facts/*.json</c>).</summary>
internal static class GazetteerResources
{
    public static JsonDocument Load(string fileName) => EmbeddedData.ReadJson("Facts/" + fileName);

    public static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!)
            : [];

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool Bool(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
