namespace Extractor.Core.Facts;

/// <summary>Opens the fact stage's embedded data files (<c>Resources/Facts/*.json</c>).</summary>
internal static class FactResources
{
    /// <summary>Reads one file of <c>Resources/Facts/</c>.</summary>
    public static string Read(string fileName) => EmbeddedData.ReadText("Facts/" + fileName);
}
