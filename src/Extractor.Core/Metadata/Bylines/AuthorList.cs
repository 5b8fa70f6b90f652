namespace Extractor.Core.Metadata.Bylines;

/// <summary>Tidies a list of authors gathered from several credits of one page.</summary>
internal static class AuthorList
{
    /// <summary>
    /// Drops repeats and any credit that holds another whole (<c>Anna MeninShare</c> beside
    /// <c>Anna Menin</c>, <c>Sobre Carlos Nadalim</c> beside <c>Carlos Nadalim</c>): a page that
    /// prints a name twice with widget text glued on credits one person.
    /// </summary>
    public static List<string> Tidy(IEnumerable<string> authors, string? outlet)
    {
        var list = authors.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count == 0)
        {
            return list;
        }

        var squashed = list.ToDictionary(a => a, Squash, StringComparer.Ordinal);
        list.RemoveAll(a => list.Any(b => !ReferenceEquals(a, b) && b.Length < a.Length && squashed[a].Contains(squashed[b], StringComparison.Ordinal)));
        if (outlet is not null)
        {
            var o = Squash(outlet);
            list.RemoveAll(a => squashed[a] is var s && (s == o || (s.Length > 3 && o.Contains(s, StringComparison.Ordinal)) || s.Contains(o, StringComparison.Ordinal)));
        }

        return list;
    }

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
