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
    /// The name is lower-cased into a stack buffer and matched by a switch: a set lookup per tag
    /// was a quarter of this scan.
    /// </summary>
    private static bool IsUncounted(ReadOnlySpan<char> name)
    {
        if (name.Length > 8)
        {
            return false;
        }

        Span<char> lower = stackalloc char[8];
        return AsciiNames.TryLower(name, lower) && lower[..name.Length] switch
        {
            "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param" or "source"
                or "track" or "wbr" or "basefont" or "bgsound" or "frame" or "keygen" => true,
            "p" or "li" or "dt" or "dd" or "tr" or "td" or "th" or "option" or "optgroup" or "thead" or "tbody" or "tfoot"
                or "colgroup" or "rb" or "rt" or "rtc" or "rp" => true,
            _ => false,
        };
    }

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
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':' or '_'))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

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

            // Only a five- or six-letter name can be a style or a script: the length is tested first.
            if (name.Length is 5 or 6 && RawTextEnd(name) is { } marker)
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
