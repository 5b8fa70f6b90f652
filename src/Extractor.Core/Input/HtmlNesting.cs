namespace Extractor.Core.Input;

/// <summary>
/// Estimates how deeply an HTML page nests its elements, without building a tree. HTML parsers and
/// tree walkers recurse per level, and a stack overflow kills the process (it cannot be caught),
/// so a page nested deeper than a sane limit is refused before any parser sees it.
/// </summary>
/// <remarks>
/// The count is an upper bound of what a parser builds: void elements (<c>br</c>, <c>img</c>) and
/// elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c>) are not counted, nor is
/// markup inside comments, scripts and styles.
/// </remarks>
internal static class HtmlNesting
{
    /// <summary>
    /// Void elements, and elements whose end tag may be left out (parsers close them implicitly).
    /// A set bucketed by length and first letter: most tags (div, span, a) are ruled out with no
    /// character compared. A switch over the lower-cased name for every tag was a fifth of this scan.
    /// </summary>
    private static readonly AsciiNameSet Uncounted = new(
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "basefont", "bgsound", "frame", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
        "colgroup", "rb", "rt", "rtc", "rp");

    /// <summary>Whether the element <paramref name="name"/> (any case) is not counted.</summary>
    internal static bool IsUncounted(ReadOnlySpan<char> name) => Uncounted.Contains(name);

    /// <summary>True when the elements nest deeper than <paramref name="limit"/> levels somewhere.</summary>
    public static bool Exceeds(string html, int limit)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (i + 1 < html.Length && html[i + 1] == '!' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var commentEnd = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = commentEnd < 0 ? html.Length : commentEnd + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            // A name opens with a letter: a '<' before anything else opens no tag.
            if (start >= html.Length || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var end = start + AsciiNames.TagNameLength(html.AsSpan(start));
            var name = html.AsSpan(start, end - start);
            var close = html.IndexOf('>', end);
            if (close < 0)
            {
                return false;
            }

            var selfClosing = html[close - 1] == '/';
            i = close + 1;
            if (closing)
            {
                if (!IsUncounted(name))
                {
                    depth = Math.Max(0, depth - 1);
                }

                continue;
            }

            // Only a five- or six-letter name starting with an 's' can be a style or a script: those are tested first.
            if (name.Length is 5 or 6 && (name[0] | 0x20) == 's' && RawTextEnd(name) is { } marker)
            {
                i = SkipPast(html, i, marker);
                continue;
            }

            if (!selfClosing && !IsUncounted(name) && ++depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end-tag marker of a script or style element's name, in any case; null for any other name.</summary>
    private static string? RawTextEnd(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script"
        : name.Equals("style", StringComparison.OrdinalIgnoreCase) ? "</style"
        : null;

    /// <summary>
    /// Just past the next end tag <paramref name="marker"/> (<c>&lt;/script</c>), in any case, or the
    /// end. Hops from '&lt;' to '&lt;' (a vectorised search) and compares there: a case-blind
    /// IndexOf over the whole of a script is several times slower.
    /// </summary>
    private static int SkipPast(string html, int from, string marker)
    {
        var at = from;
        while ((at = html.IndexOf('<', at)) >= 0)
        {
            if (string.Compare(html, at, marker, 0, marker.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return at + marker.Length;
            }

            at++;
        }

        return html.Length;
    }
}
