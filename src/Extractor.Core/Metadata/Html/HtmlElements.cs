using HtmlAgilityPack;

namespace Extractor.Core.Metadata.Html;

/// <summary>
/// Every element of a document in document order, listed once by an iterative walk, for the
/// readers that each used an XPath query (<c>//meta</c>, <c>//time</c>, ...). XPath over
/// HtmlAgilityPack builds a navigator per node and was most of those readers' cost.
/// </summary>
internal static class HtmlElements
{
    public static List<HtmlNode> All(HtmlDocument doc)
    {
        var elements = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(doc.DocumentNode);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Element)
            {
                elements.Add(node);
            }

            var children = node.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return elements;
    }
}
