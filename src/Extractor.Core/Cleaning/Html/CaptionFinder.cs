using System.Text;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Collects photo captions around the article: &lt;figcaption&gt; and elements whose class names a
/// caption, inside the article's neighbourhood (its &lt;article&gt; ancestor, or two levels above
/// the chosen body), without the photo credit; each caption once (case <c>caption-in-figure</c>).
/// </summary>
internal static class CaptionFinder
{
    private const int MaxCaptionLength = 600;

    public static List<string> Find(List<DomNode> chosen)
    {
        var captions = new List<string>();
        if (chosen.Count == 0)
        {
            return captions;
        }

        var scope = Scope(chosen[0]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<DomNode>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.IsText)
            {
                continue;
            }

            if (node.Tag == "figcaption" || (node.Tag != "figure" && node.Tag != "img" && (node.Signal & AttributeSignal.Caption) != 0 && node.TextLength < MaxCaptionLength))
            {
                var text = TextWithoutCredit(node);
                if (text.Length > 0 && text.Length < MaxCaptionLength && seen.Add(text))
                {
                    captions.Add(text);
                }

                continue;
            }

            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }

        return captions;
    }

    private static DomNode Scope(DomNode first)
    {
        var scope = first.Parent ?? first;
        for (var p = scope; p is not null && p.Tag is not ("body" or "html" or "#document"); p = p.Parent)
        {
            if (p.Tag is "article" or "main")
            {
                return p;
            }
        }

        for (var i = 0; i < 2 && scope.Parent is { Tag: not ("body" or "html" or "#document") } parent; i++)
        {
            scope = parent;
        }

        return scope;
    }

    private static string TextWithoutCredit(DomNode caption)
    {
        var sb = new StringBuilder();
        var stack = new Stack<DomNode>();
        stack.Push(caption);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.IsText)
            {
                sb.Append(node.Text);
                continue;
            }

            if (node != caption && ((node.Signal & AttributeSignal.Credit) != 0 || Pruner.IsHidden(node)))
            {
                continue;
            }

            if (HtmlTags.Block.Contains(node.Tag) || node.Tag == "br")
            {
                sb.Append(' ');
            }

            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }

        return DomBuilder.Collapse(sb.ToString()).Trim();
    }
}
