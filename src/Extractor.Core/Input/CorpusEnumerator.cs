namespace Extractor.Core.Input;

/// <summary>
/// Turns the command line's PATH arguments into pages to read (SPEC §2): files as named,
/// directories walked recursively in ordinal order of their relative paths, '-' as standard input.
/// </summary>
/// <param name="include">Globs of the files read in directories; null or empty: the default endings.</param>
/// <param name="exclude">Globs of the files skipped in directories.</param>
/// <param name="output">
/// The <c>-o</c> file: left out of the walk, with its temporary files (<see cref="Output.AtomicOutputFile.IsTemporaryOf"/>),
/// so a run into a folder it reads never reads its own output.
/// </param>
public sealed class CorpusEnumerator(IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null, string? output = null)
{
    private readonly string? _outputReal = output is null ? null : RealPath.Of(output);

    private static readonly string[] DefaultEndings = [".txt", ".text", ".htm", ".html", ".xhtml", ".warc"];

    private static readonly EnumerationOptions ListingOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.None,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Checks every path exists before any is read; returns the first that does not.</summary>
    public static string? FindMissing(IEnumerable<string> paths) =>
        paths.FirstOrDefault(p => p != "-" && !File.Exists(p) && !Directory.Exists(p));

    public IEnumerable<PageInput> Enumerate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new PageInput("stdin", "-", null);
            }
            else if (Directory.Exists(path))
            {
                foreach (var page in Walk(path, path, ""))
                {
                    yield return page;
                }
            }
            else
            {
                var source = path.Replace('\\', '/');
                yield return new PageInput(PageIds.FromRelativePath(Path.GetFileName(path)), source, path);
            }
        }
    }

    /// <summary>
    /// The pages of a manifest's entries (<see cref="Manifest"/>): a file's id is its name as the
    /// manifest writes it, without format endings; a folder is walked as a PATH argument.
    /// </summary>
    public IEnumerable<PageInput> Enumerate(IEnumerable<ManifestEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (Directory.Exists(entry.Path))
            {
                foreach (var page in Walk(entry.Path, entry.Path, ""))
                {
                    yield return page;
                }
            }
            else
            {
                yield return new PageInput(PageIds.FromRelativePath(entry.Name), entry.Path.Replace('\\', '/'), entry.Path);
            }
        }
    }

    // Depth-first, each folder's entries sorted by name with '/' after folder names: that visits
    // files in exactly the ordinal order of their relative paths ("a.txt" < "a/b.txt" < "a0.txt"),
    // holding one listing per level instead of the whole corpus's paths (memory stays flat).
    // Symbolic links to folders are not followed, so a link cycle cannot loop.
    private IEnumerable<PageInput> Walk(string root, string folder, string prefix)
    {
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", ListingOptions)
            .Where(e => e is FileInfo || e.LinkTarget is null)
            .Select(e => (Entry: e, Key: prefix + e.Name + (e is DirectoryInfo ? "/" : "")))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
        foreach (var (entry, key) in entries)
        {
            if (entry is DirectoryInfo)
            {
                foreach (var page in Walk(root, entry.FullName, key))
                {
                    yield return page;
                }
            }
            else if (Selected(key) && !IsOutput(entry))
            {
                yield return new PageInput(PageIds.FromRelativePath(key), Path.Join(root, key).Replace('\\', '/'), Path.Join(root, key), Listed: true);
            }
        }
    }

    // The name is compared first, so only a file named like the output costs a path resolution.
    private bool IsOutput(FileSystemInfo entry)
    {
        var name = Path.GetFileName(_outputReal);
        if (name is null || !(entry.Name == name || Output.AtomicOutputFile.IsTemporaryOf(name, entry.Name)))
        {
            return false;
        }

        return entry.Name == name
            ? RealPath.Of(entry.FullName) == _outputReal
            : RealPath.Of(Path.GetDirectoryName(entry.FullName)!) == Path.GetDirectoryName(_outputReal);
    }

    private bool Selected(string relative)
    {
        var included = include is { Count: > 0 }
            ? include.Any(g => Glob.IsMatch(g, relative))
            : HasDefaultEnding(relative);
        return included && !(exclude ?? []).Any(g => Glob.IsMatch(g, relative));
    }

    private static bool HasDefaultEnding(string relative)
    {
        var name = relative.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? relative[..^3] : relative;
        return DefaultEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
