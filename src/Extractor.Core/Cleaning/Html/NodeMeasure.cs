using System.Buffers;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Sums text length, link text, commas and paragraph counts up the tree, leaving out removed
/// nodes. Walks the elements in reverse document order, so children are done before parents
/// without recursion.
/// </summary>
internal static class NodeMeasure
{
    public static void Measure(List<DomNode> elementsInOrder)
    {
        for (var i = elementsInOrder.Count - 1; i >= 0; i--)
        {
            var node = elementsInOrder[i];
            int text = 0, link = 0, commas = 0, paragraphs = 0;
            foreach (var child in node.Children)
            {
                if (child.IsText)
                {
                    text += child.Text!.Length;
                    commas += child.Commas;
                }
                else if (!child.Removed)
                {
                    text += child.TextLength;
                    link += child.LinkLength;
                    commas += child.Commas;
                    paragraphs += child.Paragraphs;
                }
            }

            node.TextLength = text;
            node.LinkLength = node.Tag == "a" ? text : link;
            node.Commas = commas;
            node.Paragraphs = paragraphs + (node.Tag == "p" ? 1 : 0);
        }
    }

    private static readonly SearchValues<char> Commas = SearchValues.Create(",，、،");

    /// <summary>Commas of Latin, CJK and Arabic script: a clause count that is not English-only.</summary>
    public static int CountCommas(string text)
    {
        // Hops from comma to comma (a vectorised search) instead of testing every character.
        var n = 0;
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(Commas)) >= 0)
        {
            n++;
            rest = rest[(at + 1)..];
        }

        return n;
    }
}
