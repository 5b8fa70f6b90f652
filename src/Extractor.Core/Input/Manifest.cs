namespace Extractor.Core.Input;

/// <summary>One input of a manifest: where to read it, and the name its record ids start from.</summary>
/// <param name="Path">The file or folder to read: as written when absolute, else under the manifest's folder.</param>
/// <param name="Name">The path as the manifest writes it, '/'-separated (a file's id is this name without its format endings).</param>
public sealed record ManifestEntry(string Path, string Name);

/// <summary>
/// <c>--manifest FILE</c>: the inputs listed one per line, as Common Crawl's <c>warc.paths</c> lists
/// them. Blank lines and lines starting with <c>#</c> are skipped, and the ends of lines are
/// trimmed; a relative path is relative to the manifest's own folder, so a manifest and the files
/// it lists can move together (and a job started from any folder reads the same files).
/// </summary>
public static class Manifest
{
    public static IReadOnlyList<ManifestEntry> Parse(string text, string folder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folder);
        var entries = new List<ManifestEntry>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var name = line.Replace('\\', '/');
            entries.Add(Path.IsPathRooted(line)
                ? new ManifestEntry(line, Path.GetFileName(line))
                : new ManifestEntry(Path.Join(folder, line), name));
        }

        return entries;
    }

    /// <summary>Reads and parses a manifest file; the file's errors are the caller's (usage errors).</summary>
    public static IReadOnlyList<ManifestEntry> Read(string path) =>
        Parse(File.ReadAllText(path), Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".");
}
