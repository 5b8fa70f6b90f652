using System.Buffers;
using System.Runtime.CompilerServices;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Removes the elements of the lexicon's <c>strippedTags</c> (built in: scripts except JSON-LD, styles,
/// inline SVG, templates, navigation, and the controls below), comments, <c>&lt;link&gt;</c> tags other than the canonical address, form fields
/// (<c>input</c>), media sources (<c>source</c>), and controls and embeds (<c>select</c>,
/// <c>button</c>, <c>iframe</c>, <c>object</c>, <c>canvas</c>: the cleaner drops them and the
/// metadata stage skips them) from the page source before it is parsed. They are about 70% of a
/// news page's bytes and never article text, so the parser does less than a third of the work;
/// JSON-LD stays because the metadata stage reads it. Indentation and line breaks between tags go
/// too where a block element's tag is on either side: they render as nothing. A plain forward
/// scan: no backtracking, linear in the page size. An element is cut at its first end tag, so a
/// menu nested in a menu leaves the outer one's tail, which the cleaner then drops like any other.
/// In the start tags that stay, the attributes no stage reads go as well (<see cref="IsRead"/>).
/// </summary>
internal static class RawHtmlStripper
{
    // Case-blind searches in a tag; SearchValues runs them vectorised (a case-blind Contains
    // compares character by character under invariant globalization).
    private static readonly SearchValues<string> Canonical = SearchValues.Create(["canonical"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> JsonLd = SearchValues.Create(["ld+json"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Elements laid out as blocks, and the document's frame, whose tags swallow the whitespace
    /// next to them. Not <c>pre</c> or <c>textarea</c> (their whitespace is text), nor replaced
    /// elements such as <c>img</c>, which sit inline. A set bucketed by length and first letter:
    /// most inline tags (a, span, img) are ruled out with no character compared.
    /// </summary>
    private static readonly AsciiNameSet BlockNames = new(
        "html", "head", "body", "title", "meta", "link", "base", "script", "style",
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "ol", "p", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "ul", "caption", "colgroup", "col");

    /// <summary>
    /// Characters that end an attribute's name, and an unquoted value's. A name that opens with
    /// one is not plain: '?' among them, which the parser takes, like '/', for a tag's end.
    /// </summary>
    private static readonly SearchValues<char> NameEnds = SearchValues.Create(" \n\r\t\f=>/\"'<?");

    /// <summary>
    /// The whitespace of layout between tags (<see cref="IsSpace"/>): the indentation before a tag is
    /// found by one vectorised search back, not a character at a time.
    /// </summary>
    private static readonly SearchValues<char> LayoutSpaces = SearchValues.Create(" \n\r\t\f");

    private static readonly SearchValues<char> UnquotedEnds = SearchValues.Create(" \n\r\t\f>\"'<=`");

    /// <summary>
    /// The two lists of <see cref="Strip"/>, kept for the thread's next page: a page keeps thousands
    /// of stretches, and a new list grew a dozen times on each.
    /// </summary>
    [ThreadStatic]
    private static (List<Range> Kept, List<Range> Cuts)? t_lists;

    public static string Strip(string html, StrippedTags tags)
    {
        var (kept, cuts) = t_lists ??= ([], []);
        kept.Clear();
        cuts.Clear();
        // The kept stretches of the page (kept), copied once into a string of their total length at the end.
        var keptLength = 0;
        var pos = 0;
        var copied = 0;
        // Attributes cut from the current start tag (cuts); the last tag that lost some (its '<' and '>').
        int cutTag = -1, cutTagEnd = -1;
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (html[lt + 1] == '!' && string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                end = end < 0 ? html.Length : end + 3;
                Keep(copied, lt);
                copied = pos = end;
                continue;
            }

            // Layout whitespace between two tags, one of them a block element's ("</p>\n    <p>",
            // "<li>\n  <a"), renders as nothing, yet would be parsed into a text node of its own: a
            // third of a page's nodes.
            var gap = copied + 1 + html.AsSpan(copied, lt - copied).LastIndexOfAnyExcept(LayoutSpaces);

            if (gap < lt && gap > copied && html[gap - 1] == '>'
                && (IsBlockTag(html, lt + 1) || (gap - 1 == cutTagEnd ? IsBlockTag(html, cutTag + 1) : EndsBlockTag(html, gap - 1, copied))))
            {
                Keep(copied, gap);
                copied = lt;
            }

            // Empty elements that are never read: <link> tags (style sheets, preloads, icons, feeds: a
            // tenth of a page's attributes) but the canonical address, form fields, media sources.
            if (IsDroppedEmptyTag(html, lt + 1))
            {
                var tagEnd = html.IndexOf('>', lt + 1);
                if (tagEnd < 0)
                {
                    break;
                }

                if ((html[lt + 1] | 0x20) != 'l' || !html.AsSpan(lt, tagEnd - lt).ContainsAny(Canonical))
                {
                    Keep(copied, lt);
                    copied = tagEnd + 1;
                }

                pos = tagEnd + 1;
                continue;
            }

            var name = MatchRawElement(html, lt + 1, tags);
            if (name is null)
            {
                // An ordinary start tag: attributes nothing reads go, the rest are kept as written.
                var tagEnd = char.IsAsciiLetter(html[lt + 1]) ? UnreadAttributes(html, lt, cuts) : -1;
                if (tagEnd < 0)
                {
                    pos = lt + 1;
                    continue;
                }

                foreach (var cut in cuts)
                {
                    Keep(copied, cut.Start.Value);
                    copied = cut.End.Value;
                }

                if (cuts.Count > 0)
                {
                    (cutTag, cutTagEnd) = (lt, tagEnd);
                    cuts.Clear();
                }

                pos = tagEnd + 1;
                continue;
            }

            var openEnd = html.IndexOf('>', lt + 1 + name.Length);
            if (openEnd < 0)
            {
                break;
            }

            // A kept JSON-LD script, or a self-closed <svg/>, has no content to skip.
            if ((name == "script" && IsJsonLd(html.AsSpan(lt, openEnd - lt))) || html[openEnd - 1] == '/')
            {
                pos = openEnd + 1;
                continue;
            }

            var close = FindClose(html, openEnd + 1, name, tags);
            Keep(copied, lt);
            copied = pos = close;
        }

        if (copied == 0)
        {
            return html;
        }

        Keep(copied, html.Length);
        return string.Create(keptLength, (html, kept), static (span, state) =>
        {
            foreach (var range in state.kept)
            {
                state.html.AsSpan(range).CopyTo(span);
                span = span[(range.End.Value - range.Start.Value)..];
            }
        });

        void Keep(int from, int to)
        {
            if (to > from)
            {
                kept.Add(from..to);
                keptLength += to - from;
            }
        }
    }

    /// <summary>
    /// Finds the attributes of the start tag at <paramref name="lt"/> that no stage reads and adds
    /// each, with the whitespace before it, to <paramref name="cuts"/>; returns the index of the
    /// tag's '&gt;'. A tag that is not plainly formed (a stray quote, a value running off the
    /// page, a '&lt;' in a name) is left as it is: -1, and no cuts.
    /// </summary>
    /// <summary>
    /// An attribute longer than this goes even when a stage reads its name: no class list, meta
    /// content or date is that long, and such a value (an inlined image, a generated blob) would
    /// otherwise be copied by the parser and every stage that reads the attribute, megabytes a time.
    /// </summary>
    private const int MaxReadAttributeChars = 64 * 1024;

    private static int UnreadAttributes(string html, int lt, List<Range> cuts)
    {
        var p = lt + 1 + AsciiNames.TagNameLength(html.AsSpan(lt + 1));
        var tag = html.AsSpan(lt + 1, p - lt - 1);
        while (true)
        {
            var before = p;
            while (p < html.Length && IsSpace(html[p]))
            {
                p++;
            }

            if (p >= html.Length)
            {
                break;
            }

            if (html[p] == '>')
            {
                return p;
            }

            if (html[p] == '/' && p + 1 < html.Length && html[p + 1] == '>')
            {
                return p + 1;
            }

            if (p == before)
            {
                break;
            }

            var nameLength = html.AsSpan(p).IndexOfAny(NameEnds);
            if (nameLength <= 0)
            {
                break;
            }

            var attributeName = html.AsSpan(p, nameLength);
            p += nameLength;
            var q = p;
            while (q < html.Length && IsSpace(html[q]))
            {
                q++;
            }

            if (q < html.Length && html[q] == '=')
            {
                q++;
                while (q < html.Length && IsSpace(html[q]))
                {
                    q++;
                }

                if (q >= html.Length)
                {
                    break;
                }

                if (html[q] is '"' or '\'')
                {
                    var close = html.IndexOf(html[q], q + 1);
                    if (close < 0 || close + 1 >= html.Length || !(IsSpace(html[close + 1]) || html[close + 1] is '>' or '/'))
                    {
                        break;
                    }

                    p = close + 1;
                }
                else
                {
                    // Unquoted: up to a space or the tag's end; a quote, '<', '=' or '`' in it is not plain.
                    var valueLength = html.AsSpan(q).IndexOfAny(UnquotedEnds);
                    if (valueLength <= 0 || !(IsSpace(html[q + valueLength]) || html[q + valueLength] == '>'))
                    {
                        break;
                    }

                    p = q + valueLength;
                }
            }

            if (p - before > MaxReadAttributeChars
                || (!IsRead(attributeName) && !(tag.Equals("link", StringComparison.OrdinalIgnoreCase) && attributeName.Equals("href", StringComparison.OrdinalIgnoreCase))))
            {
                cuts.Add(before..p);
            }
        }

        cuts.Clear();
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f';

    /// <summary>
    /// Whether some stage reads the attribute: class and id (the cleaner's signals, bylines), the
    /// hidden attribute and style (hidden elements), the meta and microdata names and values, rel
    /// (bylines, the canonical link), datetime and pubdate (time elements), type (JSON-LD
    /// scripts); a <c>&lt;link&gt;</c> keeps its href as well. The rest (links' targets, image
    /// sources, data-*, aria-*, event handlers: 43% of the attributes the parser saw on the bench
    /// pages) are never read. A stage that comes to read another attribute must be added here.
    /// </summary>
    private static bool IsRead(ReadOnlySpan<char> name) => ReadNames.Contains(name);

    /// <summary>
    /// The names of <see cref="IsRead"/>. A set bucketed by length and first letter: most unread
    /// names (href, src, alt, data-*, aria-*) are ruled out with no character compared, where a
    /// switch over the lower-cased name compared every one.
    /// </summary>
    private static readonly AsciiNameSet ReadNames = new(
        "class", "id", "hidden", "style", "content", "property", "name", "itemprop", "http-equiv", "rel", "datetime", "pubdate", "type");

    /// <summary>Whether a start or end tag of a block element (whose edges swallow whitespace) begins at <paramref name="at"/> (just after '&lt;').</summary>
    private static bool IsBlockTag(string html, int at)
    {
        if (at < html.Length && html[at] == '/')
        {
            at++;
        }

        var end = at;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        return end > at && end < html.Length && html[end] is '>' or '/' or ' ' or '\n' or '\r' or '\t' or '\f'
            && BlockNames.Contains(html.AsSpan(at, end - at));
    }

    /// <summary>Whether the tag that ends at <paramref name="gt"/> (its '&gt;') is a block element's, so that the whitespace after it starts a line and renders as nothing.</summary>
    private static bool EndsBlockTag(string html, int gt, int from)
    {
        var lt = html.LastIndexOf('<', gt, gt - from + 1);
        return lt >= 0 && IsBlockTag(html, lt + 1);
    }

    private static bool IsDroppedEmptyTag(string html, int at) => (html[at] | 0x20) switch
    {
        'l' => IsTag(html, at, "link"),
        'i' => IsTag(html, at, "input"),
        's' => IsTag(html, at, "source"),
        _ => false,
    };

    /// <summary>Whether a start tag named <paramref name="name"/> begins at <paramref name="at"/> (just after '&lt;').</summary>
    private static bool IsTag(string html, int at, string name)
    {
        // The name's end first: it rules out most tags without comparing their names.
        var after = at + name.Length;
        return after < html.Length
            && (html[after] == '>' || html[after] == '/' || char.IsWhiteSpace(html[after]))
            && string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>The raw element whose start tag begins at <paramref name="at"/> (just after '&lt;'), if any.</summary>
    private static string? MatchRawElement(string html, int at, StrippedTags tags)
    {
        // Most tags are a, div, li, span, p: one look at the first letter rules them out.
        if (at >= html.Length || !tags.FirstLetters.Contains(html[at]))
        {
            return null;
        }

        foreach (var name in tags.Names)
        {
            if (IsTag(html, at, name))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsJsonLd(ReadOnlySpan<char> startTag) => startTag.ContainsAny(JsonLd);

    /// <summary>The index just after the element's end tag, or the end of the page when it is never closed.</summary>
    private static int FindClose(string html, int from, string name, StrippedTags tags)
    {
        // "</" and the name in any case: one vectorised search, where the markup inside an SVG
        // drawing or a script has an end tag of its own every few characters.
        var at = html.AsSpan(from).IndexOfAny(tags.EndTag(name));
        if (at < 0)
        {
            return html.Length;
        }

        var gt = html.IndexOf('>', from + at + 2 + name.Length);
        return gt < 0 ? html.Length : gt + 1;
    }
}
