namespace Extractor.Core.Input;

/// <summary>
/// Turns the command line's PATH arguments into pages to read (SPEC §2): files as named,
/// directories walked recursively in ordinal order of their relative paths, '-' as standard input.
/// </summary>
public sealed class CorpusEnumerator(IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null)
{
    private static readonly string[] DefaultEndings = [".txt", ".text", ".htm", ".html", ".xhtml"];

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
                foreach (var page in Walk(path))
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

    private IEnumerable<PageInput> Walk(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.None,
            ReturnSpecialDirectories = false,
        };
        var files = Directory.EnumerateFiles(directory, "*", options)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .Where(f => Selected(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            yield return new PageInput(PageIds.FromRelativePath(relative), full.Replace('\\', '/'), full);
        }
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
