using System.Text;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Turns the chosen part of the page into paragraphs, in order: each block element (p, heading,
/// list item, quote, table row…) gives one paragraph; inline text is joined; two &lt;br&gt; in a
/// row end a paragraph. Containers inside the article that are mostly links, or lists of
/// items with no prose (related-story lists, tag clouds), are left out
/// (case <c>related-list-inside-article</c>).
/// </summary>
internal sealed class BlockWriter
{
    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _current = new();
    private int _currentLinks;
    private string _currentTag = "p";
    private bool _currentLead;
    private int _pendingBreaks;
    private int _headerDepth;

    /// <summary>The paragraphs of <paramref name="roots"/>; those of <paramref name="header"/>'s nodes are marked as header lines.</summary>
    public static List<TextBlock> Write(IEnumerable<DomNode> roots, List<DomNode>? header = null)
    {
        var writer = new BlockWriter();
        foreach (var root in roots)
        {
            if (header is { Count: > 0 } && header.Contains(root))
            {
                writer.Flush();
                writer._headerDepth++;
                writer.Walk(root);
                writer.Flush();
                writer._headerDepth--;
                continue;
            }

            writer.Walk(root);
        }

        writer.Flush();
        return writer._blocks;
    }

    private void Walk(DomNode root)
    {
        // An <article> inside the article is another story's teaser (case nested-article-teasers).
        var inArticle = root.Tag == "article" || HasAncestor(root, "article");
        var stack = new Stack<(DomNode Node, bool Leaving, int InLink)>();
        stack.Push((root, false, 0));
        while (stack.Count > 0)
        {
            var (node, leaving, inLink) = stack.Pop();
            if (node.IsText)
            {
                Append(node.Text!, inLink > 0);
                continue;
            }

            if (leaving)
            {
                if (IsBlock(node))
                {
                    Flush();
                }

                _headerDepth -= node.Tag == "header" ? 1 : 0;
                continue;
            }

            // A header's picture caption is no lead (captions are read apart).
            if (node.Removed || (node != root && (IsJunkContainer(node, root) || (inArticle && node.Tag == "article" && node.TextLength * 2 < root.TextLength)))
                || (_headerDepth > 0 && (node.Signal & AttributeSignal.Caption) != 0))
            {
                continue;
            }

            if (node.Tag == "br")
            {
                _pendingBreaks++;
                if (_pendingBreaks >= 2)
                {
                    Flush();
                }
                else
                {
                    _current.Append(' ');
                }

                continue;
            }

            if (node.Tag is "td" or "th" && _current.Length > 0)
            {
                _current.Append(' ');
            }
            else if (IsBlock(node))
            {
                Flush();
                _currentTag = node.Tag;
                _currentLead = (node.Signal & AttributeSignal.Lead) != 0;
            }

            _headerDepth += node.Tag == "header" ? 1 : 0;
            stack.Push((node, true, inLink));
            var childLink = inLink + (node.Tag == "a" ? 1 : 0);
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((node.Children[i], false, childLink));
            }
        }
    }

    private static bool HasAncestor(DomNode node, string tag)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
        {
            if (p.Tag == tag)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Table cells stay on their row's line; every other block element breaks the paragraph.</summary>
    private static bool IsBlock(DomNode node) => node.Tag is not ("td" or "th") && HtmlTags.Block.Contains(node.Tag);

    private void Append(string text, bool inLink)
    {
        if (text.Length == 1 && text[0] == ' ')
        {
            if (_current.Length > 0)
            {
                _current.Append(' ');
            }

            return;
        }

        _pendingBreaks = 0;
        _current.Append(text);
        if (inLink)
        {
            _currentLinks += text.Trim().Length;
        }
    }

    private void Flush()
    {
        _pendingBreaks = 0;
        if (_current.Length == 0)
        {
            return;
        }

        var text = DomBuilder.Collapse(_current.ToString()).Trim();
        _current.Clear();
        if (text.Length > 0)
        {
            _blocks.Add(new TextBlock(text, _currentTag, Math.Min(_currentLinks, text.Length), _headerDepth > 0, _currentLead));
        }

        _currentLinks = 0;
    }

    /// <summary>
    /// A container inside the article that is furniture after all: mostly links, or more list
    /// items than paragraphs with no prose to speak of. Containers with many commas are prose.
    /// </summary>
    private static bool IsJunkContainer(DomNode node, DomNode root)
    {
        if (!HtmlTags.Container.Contains(node.Tag) || node.Commas >= 10 || node.TextLength == 0)
        {
            return false;
        }

        // A frame holding most of what was chosen is the article's, lists and all, unless it is
        // mostly links (test A_frame_holding_most_of_the_chosen_text_is_not_a_link_box).
        if (node.TextLength * 2 >= root.TextLength && node.LinkDensity <= 0.5)
        {
            return false;
        }

        // A span around a linked word of a sentence is the word, not a box of links (case
        // linked-word-span-in-sentence).
        if (node.Tag == "span" && Pruner.IsInlineInSentence(node))
        {
            return false;
        }

        var density = node.LinkDensity;
        var positive = (node.Signal & AttributeSignal.Positive) != 0;
        if (node.Tag is "ul" or "ol")
        {
            return density > 0.5;
        }

        if (density > 0.5 || (!positive && density > 0.2 && node.TextLength < 1000))
        {
            return true;
        }

        if (node.Tag is not "span")
        {
            var (items, paragraphs) = CountItems(node);
            return items > paragraphs + 2 && density > 0.1;
        }

        return false;
    }

    private static (int Items, int Paragraphs) CountItems(DomNode node)
    {
        int items = 0, paragraphs = 0;
        var stack = new Stack<DomNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            foreach (var child in current.Children)
            {
                if (child.IsText || child.Removed)
                {
                    continue;
                }

                if (child.Tag == "li")
                {
                    items++;
                }
                else if (child.Tag == "p")
                {
                    paragraphs++;
                }

                stack.Push(child);
            }
        }

        return (items, paragraphs);
    }
}
