using System.Reflection;
using System.Text.Json;

namespace Extractor.Core.Facts.Gazetteer;

/// <summary>Reads the gazetteer's embedded JSON resources (<c>Resources/Facts/*.json</c>).</summary>
internal static class GazetteerResources
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonDocument Load(string fileName)
    {
        var assembly = typeof(GazetteerResources).Assembly;
        // The csproj names resources after their relative path; the folder separator differs by build OS.
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n =>
            n.EndsWith("Facts/" + fileName, StringComparison.Ordinal) || n.EndsWith("Facts\\" + fileName, StringComparison.Ordinal)
            || n.EndsWith("Facts." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the built-in resource Facts/{fileName} is missing from the assembly");
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the built-in resource {name} cannot be read");
        return JsonDocument.Parse(stream, Options);
    }

    public static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!)
            : [];

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool Bool(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
