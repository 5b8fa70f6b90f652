using System.Net;
using System.Text;
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
        var root = new DomNode(doc.DocumentNode, "#document", null, null);
        // Class lists repeat across a page; classify each distinct one once.
        var signals = new Dictionary<string, AttributeSignal>(StringComparer.Ordinal);
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
                    var element = new DomNode(node, node.Name, null, parent);
                    if (node.HasAttributes)
                    {
                        string? cls = null, id = null;
                        var attributes = node.Attributes;
                        for (var a = 0; a < attributes.Count; a++)
                        {
                            var attribute = attributes[a];
                            var name = attribute.OriginalName;
                            if (name is null)
                            {
                                continue;
                            }

                            if (name.Equals("class", StringComparison.OrdinalIgnoreCase))
                            {
                                cls ??= RawValue(source, attribute);
                            }
                            else if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
                            {
                                id ??= RawValue(source, attribute);
                            }
                        }

                        if (cls is not null || id is not null)
                        {
                            element.ClassAndId = id is null ? cls! : cls is null ? id : cls + " " + id;
                            if (!signals.TryGetValue(element.ClassAndId, out var signal))
                            {
                                signal = lexicon.Classify(element.ClassAndId);
                                signals[element.ClassAndId] = signal;
                            }

                            element.Signal = signal;
                        }
                    }

                    if (node.Name == "script" && node.Attributes["type"]?.Value?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        jsonLdScripts.Add(node);
                    }

                    parent.Children.Add(element);
                    elementsInOrder.Add(element);
                    // Kept JSON-LD scripts (and anything the stripper missed) are data, not text.
                    if (element.Depth < MaxDepth && node.Name is not ("script" or "style" or "noscript" or "template"))
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
    /// An attribute's text as written: class and id values need no entity decoding, and
    /// HtmlAgilityPack's decoding of every value read costs a pass over it.
    /// </summary>
    private static string RawValue(string source, HtmlAttribute attribute)
    {
        var start = attribute.ValueStartIndex;
        var length = attribute.ValueLength;
        return start >= 0 && length >= 0 && start + length <= source.Length
            ? source.Substring(start, length)
            : attribute.Value ?? "";
    }

    private static void PushChildren(Stack<(HtmlNode, DomNode)> stack, HtmlNode node, DomNode parent)
    {
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push((children[i], parent));
        }
    }

    /// <summary>Decodes entities and collapses whitespace runs to one space (keeping an edge space as a word boundary).</summary>
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

        var sb = new StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw)
        {
            if (IsSpace(c))
            {
                if (!space)
                {
                    sb.Append(' ');
                }

                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }

        return sb.ToString();
    }

    private static bool IsAllSpace(string s)
    {
        foreach (var c in s)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

    private static bool NeedsCollapse(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ')
            {
                if (i + 1 < s.Length && IsSpace(s[i + 1]))
                {
                    return true;
                }
            }
            else if (IsSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
