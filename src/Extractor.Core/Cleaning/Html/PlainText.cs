using System.Text;

namespace Extractor.Core.Cleaning.Html;

/// <summary>The text of a subtree, whitespace collapsed, without recursion; removed parts are kept unless asked.</summary>
internal static class PlainText
{
    public static string Of(DomNode node, bool skipRemoved = false)
    {
        var sb = new StringBuilder();
        var stack = new Stack<DomNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.IsText)
            {
                sb.Append(current.Text);
                continue;
            }

            if (skipRemoved && current.Removed && current != node)
            {
                continue;
            }

            if (HtmlTags.Block.Contains(current.Tag) || current.Tag == "br")
            {
                sb.Append(' ');
            }

            for (var i = current.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(current.Children[i]);
            }
        }

        return DomBuilder.Collapse(sb.ToString()).Trim();
    }
}
