namespace Extractor.Core.Input;

/// <summary>
/// A path with every symbolic link in it resolved (as realpath(3) gives it), to tell whether two
/// spellings name the same file: <c>-o</c> onto an input, or the output inside a walked folder.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        for (var links = 0; links < MaxLinks; links++)
        {
            var root = Path.GetPathRoot(full) ?? "";
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            var resolved = false;
            for (var i = 0; i < parts.Length && !resolved; i++)
            {
                var next = Path.Join(current, parts[i]);
                string? target;
                try
                {
                    target = new FileInfo(next).LinkTarget;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    target = null;
                }

                if (target is null)
                {
                    current = next;
                    continue;
                }

                // A link's target is relative to the folder holding the link.
                full = Path.GetFullPath(Path.Join(Path.GetFullPath(target, current), string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..])));
                resolved = true;
            }

            if (!resolved)
            {
                return full;
            }
        }

        return full;
    }
}
