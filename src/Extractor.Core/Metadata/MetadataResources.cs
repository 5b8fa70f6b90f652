using System.Reflection;
using System.Text.Json;

namespace Extractor.Core.Metadata;

/// <summary>Opens the metadata stage's embedded data files (<c>Resources/Metadata/*.json</c>).</summary>
internal static class MetadataResources
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonDocument Open(string fileName)
    {
        // The csproj names resources after their folder, whose separator differs by build OS.
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n =>
            n.StartsWith("Extractor.Core.Resources.Metadata", StringComparison.Ordinal) && n.EndsWith(fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource Metadata/{fileName} is missing");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonDocument.Parse(stream, Options);
    }

    /// <summary>The strings of a JSON array property, or an empty list.</summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];
}
