using HtmlAgilityPack;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// A light mirror of one parsed node, with room for what the cleaner learns about it. The cleaner
/// never edits the parsed document (the metadata stage reads it whole); it marks these instead.
/// </summary>
internal sealed class DomNode
{
    /// <param name="childCapacity">
    /// Room for this many children (a parsed element's child count: no list grows as it is filled).
    /// A node with no room, a text node or a childless element, gets the shared empty list: most
    /// elements of a page (an <c>img</c>, a <c>br</c>, one nested too deep) have no child.
    /// </param>
    public DomNode(HtmlNode? source, string tag, string? text, DomNode? parent, int childCapacity = 0)
    {
        Source = source;
        Tag = tag;
        Text = text;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
        Children = text is null && childCapacity > 0 ? new List<DomNode>(childCapacity) : NoChildren;
        Commas = text is null ? 0 : NodeMeasure.CountCommas(text);
    }

    private static readonly List<DomNode> NoChildren = [];

    /// <summary>The parsed node (null for nodes the cleaner made up).</summary>
    public HtmlNode? Source { get; }

    /// <summary>Lower-case tag name, or <c>#text</c>.</summary>
    public string Tag { get; }

    /// <summary>For a text node: its decoded text, whitespace runs collapsed to one space.</summary>
    public string? Text { get; }

    public DomNode? Parent { get; }

    public int Depth { get; }

    /// <summary>Child nodes in order; nodes made without room for children share one empty list that is never added to.</summary>
    public List<DomNode> Children { get; }

    public bool IsText => Text is not null;

    /// <summary>The class and id values, space-separated ("" when neither is set).</summary>
    public string ClassAndId { get; set; } = "";

    public AttributeSignal Signal { get; set; }

    /// <summary>Taken out of the article: furniture, hidden, a caption, a link list.</summary>
    public bool Removed { get; set; }

    /// <summary>Characters of visible text in the subtree (removed parts excluded once pruned).</summary>
    public int TextLength { get; set; }

    /// <summary>Of <see cref="TextLength"/>, the characters inside links.</summary>
    public int LinkLength { get; set; }

    /// <summary>Commas (of any script) in the subtree's text (a text node's own, counted once when it is made).</summary>
    public int Commas { get; set; }

    /// <summary>Paragraph elements directly or indirectly inside.</summary>
    public int Paragraphs { get; set; }

    /// <summary>The content score gathered from the paragraphs below.</summary>
    public double Score { get; set; }

    public bool IsCandidate { get; set; }

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public string? Attribute(string name) => Source?.Attributes[name]?.Value;

    public override string ToString() => IsText ? $"#text {Text}" : $"<{Tag} {ClassAndId}>";
}
