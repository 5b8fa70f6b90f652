using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Core.Input;

/// <summary>
/// Shell-style globs for <c>--include</c>/<c>--exclude</c>, matched against '/'-separated relative
/// paths: <c>*</c> and <c>?</c> stay within a path segment, <c>**</c> crosses segments. A glob
/// without '/' matches the file name at any depth (<c>*.html</c> matches <c>a/b/c.html</c>).
/// </summary>
public static class Glob
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string glob, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(glob);
        ArgumentNullException.ThrowIfNull(relativePath);
        return Cache.GetOrAdd(glob, Compile).IsMatch(relativePath);
    }

    private static Regex Compile(string glob)
    {
        var pattern = new StringBuilder("^");
        if (!glob.Contains('/', StringComparison.Ordinal))
        {
            pattern.Append("(?:.*/)?");
        }

        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                pattern.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                pattern.Append("[^/]*");
            }
            else if (c == '?')
            {
                pattern.Append("[^/]");
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
