using System.Buffers;
using System.Net;
using HtmlAgilityPack;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Mirrors the parsed document into <see cref="DomNode"/>s with an explicit stack (no recursion,
/// so deeply nested pages cannot overflow the call stack). Comments are skipped; text is decoded
/// and its whitespace collapsed once here.
/// </summary>
internal static class DomBuilder
{
    /// <summary>Nodes nested deeper than this are left out: no article is written that deep.</summary>
    public const int MaxDepth = 400;

    /// <summary>Mirrors the document; JSON-LD scripts met on the way are added to <c>jsonLdScripts</c>.</summary>
    public static DomNode Build(HtmlDocument doc, BoilerplateLexicon lexicon, List<DomNode> elementsInOrder, List<HtmlNode> jsonLdScripts)
    {
        var source = doc.Text;
        var root = new DomNode(doc.DocumentNode, "#document", null, null, doc.DocumentNode.HasChildNodes ? doc.DocumentNode.ChildNodes.Count : 0);
        var signals = new Dictionary<string, AttributeSignal>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[256];
        var stack = new Stack<(HtmlNode Node, DomNode Parent)>();
        PushChildren(stack, doc.DocumentNode, root);
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    var text = Collapse(((HtmlTextNode)node).Text);
                    if (text.Length > 0)
                    {
                        parent.Children.Add(new DomNode(node, "#text", text, parent));
                    }

                    break;
                case HtmlNodeType.Element:
                    var name = node.Name;
                    // Kept JSON-LD scripts (and anything the stripper missed) are data, not text.
                    var walked = parent.Depth + 1 < MaxDepth && name is not ("script" or "style" or "noscript" or "template");
                    var element = new DomNode(node, name, null, parent, walked && node.HasChildNodes ? node.ChildNodes.Count : 0);
                    if (node.HasAttributes && ClassAndId(source, node.Attributes, buffer) is { Length: > 0 } key)
                    {
                        // Class lists repeat across a page: each distinct one is kept and classified once.
                        if (!signals.TryGetValue(key, out var known, out var signal))
                        {
                            known = key.ToString();
                            signal = lexicon.Classify(known);
                            signals.Dictionary[known] = signal;
                        }

                        element.ClassAndId = known;
                        element.Signal = signal;
                    }

                    if (name == "script" && node.Attributes["type"]?.Value?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        jsonLdScripts.Add(node);
                    }

                    parent.Children.Add(element);
                    elementsInOrder.Add(element);
                    if (walked)
                    {
                        PushChildren(stack, node, element);
                    }

                    break;
                default:
                    break;
            }
        }

        return root;
    }

    /// <summary>
    /// The class and id values as written, space-separated, in <paramref name="buffer"/> (a new
    /// string when they do not fit); empty when the element has neither. Class and id values need no entity
    /// decoding, and HtmlAgilityPack's decoding of every value read costs a pass over it.
    /// </summary>
    private static ReadOnlySpan<char> ClassAndId(string source, HtmlAttributeCollection attributes, char[] buffer)
    {
        ReadOnlySpan<char> cls = default, id = default;
        bool hasClass = false, hasId = false;
        for (var a = 0; a < attributes.Count; a++)
        {
            var attribute = attributes[a];
            var name = attribute.OriginalName;
            if (name is null)
            {
                continue;
            }

            if (!hasClass && name.Equals("class", StringComparison.OrdinalIgnoreCase))
            {
                cls = RawValue(source, attribute);
                hasClass = true;
            }
            else if (!hasId && name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                id = RawValue(source, attribute);
                hasId = true;
            }
        }

        if (!hasId)
        {
            return cls;
        }

        if (!hasClass)
        {
            return id;
        }

        var length = cls.Length + 1 + id.Length;
        if (length > buffer.Length)
        {
            return string.Concat(cls, " ", id);
        }

        cls.CopyTo(buffer);
        buffer[cls.Length] = ' ';
        id.CopyTo(buffer.AsSpan(cls.Length + 1));
        return buffer.AsSpan(0, length);
    }

    /// <summary>
    /// An attribute's value as written in <paramref name="source"/> (the parsed text), without
    /// HtmlAgilityPack's entity decoding; the decoded value when the node was not parsed from it.
    /// </summary>
    internal static ReadOnlySpan<char> RawValue(string source, HtmlAttribute attribute)
    {
        var start = attribute.ValueStartIndex;
        var length = attribute.ValueLength;
        return start >= 0 && length >= 0 && start + length <= source.Length
            ? source.AsSpan(start, length)
            : attribute.Value ?? "";
    }

    private static void PushChildren(Stack<(HtmlNode, DomNode)> stack, HtmlNode node, DomNode parent)
    {
        // ChildNodes makes an empty collection for a childless node; HasChildNodes does not.
        if (!node.HasChildNodes)
        {
            return;
        }

        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push((children[i], parent));
        }
    }

    /// <summary>
    /// Decodes entities, drops the invisible formatting characters (<see cref="IsInvisible"/>) and
    /// collapses whitespace runs to one space (keeping an edge space as a word boundary).
    /// </summary>
    public static string Collapse(string raw)
    {
        if (raw.Contains('&', StringComparison.Ordinal))
        {
            raw = WebUtility.HtmlDecode(raw);
        }

        if (!NeedsCollapse(raw))
        {
            return raw;
        }

        if (IsAllSpace(raw))
        {
            return " ";
        }

        // The collapsed text is never longer than the raw: it is written into a buffer on the
        // stack (a pooled one for a long text) and copied out once, where a StringBuilder
        // allocated and cleared a buffer of the raw length and then copied it.
        char[]? rented = null;
        var collapsed = raw.Length <= CollapseStackChars
            ? stackalloc char[CollapseStackChars]
            : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var length = 0;
        var space = false;
        foreach (var c in raw)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (IsSpace(c))
            {
                if (!space)
                {
                    collapsed[length++] = ' ';
                }

                space = true;
            }
            else
            {
                collapsed[length++] = c;
                space = false;
            }
        }

        var text = new string(collapsed[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return text;
    }

    /// <summary>Texts up to this long are collapsed in a buffer on the stack.</summary>
    private const int CollapseStackChars = 256;

    private static bool IsAllSpace(string s) => !s.AsSpan().ContainsAnyExcept(Spaces);

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

    /// <summary>
    /// The characters <see cref="IsSpace"/> holds but the plain space: the Unicode White_Space
    /// characters (what <see cref="char.IsWhiteSpace(char)"/> tests) and the zero-width space.
    /// </summary>
    internal const string OtherSpaceCharacters =
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> Spaces = SearchValues.Create(" " + OtherSpaceCharacters);

    private static readonly SearchValues<char> OtherSpacesAndInvisibles = SearchValues.Create(OtherSpaceCharacters + InvisibleCharacters);

    /// <summary>Whether the text holds whitespace other than single plain spaces, or an invisible character (two vectorised searches).</summary>
    private static bool NeedsCollapse(string s) => s.AsSpan().ContainsAny(OtherSpacesAndInvisibles) || s.Contains("  ", StringComparison.Ordinal);

    /// <summary>
    /// The soft hyphen (&amp;shy;, a place where a long word may break: "be&amp;shy;lieb&amp;shy;te"),
    /// the word joiner and the zero-width no-break space: hints to the layout that print nothing,
    /// and that a reader copying the text does not get (the text-dump reader drops them too). Left
    /// in, they split the word for a search ("beliebte" is not found). The zero-width joiners of
    /// emoji and of Persian and Indic scripts shape what is printed and stay.
    /// </summary>
    private static bool IsInvisible(char c) => Invisibles.Contains(c);

    private static readonly SearchValues<char> Invisibles = SearchValues.Create(InvisibleCharacters);

    /// <summary>The characters of <see cref="IsInvisible"/>: soft hyphen, word joiner, zero-width no-break space.</summary>
    private const string InvisibleCharacters = "\u00AD\u2060\uFEFF";
}
