using System.Reflection;

namespace Extractor.Core.Facts;

/// <summary>Opens the fact stage's embedded data files (<c>Resources/Facts/*.json</c>).</summary>
internal static class FactResources
{
    /// <summary>
    /// Reads one file. The csproj names resources after their folder, and MSBuild writes that
    /// folder with the platform's separator, so the name is matched with either separator.
    /// </summary>
    public static string Read(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var wanted = "Extractor.Core.Resources.Facts." + fileName;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => string.Equals(n.Replace('/', '.').Replace('\\', '.'), wanted, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the embedded resource {wanted} is missing from the assembly");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
