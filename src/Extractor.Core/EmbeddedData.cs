namespace Extractor.Core;

/// <summary>
/// The files shipped as embedded resources (<c>Resources/**/*.json</c>: the lexicons and the record
/// schema): one place that turns a path under <c>Resources/</c> into its manifest name and opens it.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>Opens <paramref name="path"/>, '/'-separated under <c>Resources/</c> (<c>Facts/topics.json</c>).</summary>
    public static Stream Open(string path)
    {
        // MSBuild names an embedded resource after the root namespace and its folder, dots for slashes.
        var name = "Extractor.Core.Resources." + path.Replace('/', '.');
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the built-in data file Resources/{path} is missing from the assembly");
    }

    /// <summary>The bytes of <paramref name="path"/>, '/'-separated under <c>Resources/</c>.</summary>
    public static byte[] ReadBytes(string path)
    {
        using var stream = Open(path);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static string ReadText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return reader.ReadToEnd();
    }
}
