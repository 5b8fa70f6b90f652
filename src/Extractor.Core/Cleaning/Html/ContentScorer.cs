namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Finds the element that holds the article: every paragraph-like element gives a score (one,
/// plus its commas, plus up to three for its length) to its ancestors, less the further up they
/// are; a container's score is then scaled by the share of its text that is not links. The best
/// container wins, moves up to a parent that clearly holds more of the article, and takes along
/// siblings that score nearly as well (articles split by an inserted advert).
/// </summary>
internal static class ContentScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    /// <summary>The chosen nodes, in document order; empty when the page has no scoring paragraph.</summary>
    public static List<DomNode> Choose(List<DomNode> elementsInOrder)
    {
        var candidates = new List<DomNode>();
        foreach (var node in elementsInOrder)
        {
            if (node.Removed)
            {
                continue;
            }

            int length, commas;
            DomNode? first;
            if (HtmlTags.Paragraph.Contains(node.Tag))
            {
                (length, commas, first) = (node.TextLength - node.LinkLength, node.Commas, node.Parent);
            }
            else if (node.Tag is "div" or "section" or "article" or "main" or "span" or "font" or "center" or "td" or "li")
            {
                // Text written straight into a container (paragraphs split by <br>): a container
                // with nothing else is a paragraph of its parent; with block children too, its
                // own text is a paragraph of its own (case div-text-with-br).
                var hasBlocks = false;
                (length, commas) = InlineText(node, ref hasBlocks);
                first = hasBlocks ? node : node.Parent;
            }
            else
            {
                continue;
            }

            if (length < MinParagraphLength)
            {
                continue;
            }

            var score = 1.0 + commas + Math.Min(length / 100, 3);
            var ancestor = first;
            for (var level = 0; level < AncestorLevels && ancestor is not null && ancestor.Tag != "#document"; level++)
            {
                if (!ancestor.IsCandidate)
                {
                    ancestor.IsCandidate = true;
                    ancestor.Score = BaseScore(ancestor);
                    candidates.Add(ancestor);
                }

                ancestor.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                ancestor = ancestor.Parent;
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        foreach (var c in candidates)
        {
            c.Score *= 1 - c.LinkDensity;
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var top = candidates[0];
        top = PreferSharedAncestor(top, candidates);
        top = ClimbWhileParentScoresHigher(top);
        while (top.Parent is { } p && p.Tag is not ("body" or "html" or "#document") && ElementChildren(p) == 1)
        {
            top = p;
        }

        return WithSiblings(top);
    }

    /// <summary>Length (links left out) and commas of the text a container holds outside its block children.</summary>
    private static (int Length, int Commas) InlineText(DomNode node, ref bool hasBlocks)
    {
        int length = 0, commas = 0;
        foreach (var child in node.Children)
        {
            if (child.IsText)
            {
                length += child.Text!.Length;
                commas += child.Commas;
            }
            else if (child.Removed)
            {
                continue;
            }
            else if (HtmlTags.Block.Contains(child.Tag))
            {
                hasBlocks |= child.TextLength > 0;
            }
            else
            {
                length += child.TextLength - child.LinkLength;
                commas += child.Commas;
            }
        }

        return (length, commas);
    }

    private static double BaseScore(DomNode node)
    {
        var score = node.Tag switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if ((node.Signal & AttributeSignal.Positive) != 0)
        {
            score += 25;
        }

        if ((node.Signal & AttributeSignal.Negative) != 0)
        {
            score -= 25;
        }

        return score;
    }

    /// <summary>When several of the best candidates share an ancestor, the article is that ancestor.</summary>
    private static DomNode PreferSharedAncestor(DomNode top, List<DomNode> ranked)
    {
        var close = new List<DomNode>();
        for (var i = 1; i < Math.Min(5, ranked.Count); i++)
        {
            if (ranked[i].Score >= top.Score * 0.75)
            {
                close.Add(ranked[i]);
            }
        }

        if (close.Count < 3)
        {
            return top;
        }

        for (var ancestor = top.Parent; ancestor is not null && ancestor.Tag is not ("body" or "html" or "#document"); ancestor = ancestor.Parent)
        {
            var containing = 0;
            foreach (var c in close)
            {
                if (IsAncestor(ancestor, c))
                {
                    containing++;
                }
            }

            if (containing >= 3)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static DomNode ClimbWhileParentScoresHigher(DomNode top)
    {
        var last = top.Score;
        var threshold = last / 3;
        for (var parent = top.Parent; parent is not null && parent.Tag is not ("body" or "html" or "#document"); parent = parent.Parent)
        {
            if (!parent.IsCandidate)
            {
                continue;
            }

            if (parent.Score < threshold)
            {
                break;
            }

            if (parent.Score > last)
            {
                return parent;
            }

            last = parent.Score;
        }

        return top;
    }

    private static List<DomNode> WithSiblings(DomNode top)
    {
        if (top.Parent is null || top.Parent.Tag is "#document" or "html")
        {
            return [top];
        }

        var threshold = Math.Max(10, top.Score * 0.2);
        var chosen = new List<DomNode>();
        foreach (var sibling in top.Parent.Children)
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }

            if (sibling.IsText || sibling.Removed)
            {
                continue;
            }

            var bonus = sibling.ClassAndId.Length > 0 && sibling.ClassAndId == top.ClassAndId ? top.Score * 0.2 : 0;
            if (sibling.IsCandidate && sibling.Score + bonus >= threshold)
            {
                chosen.Add(sibling);
            }
            else if (sibling.Tag == "p")
            {
                var length = sibling.TextLength;
                var density = sibling.LinkDensity;
                if ((length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && EndsSentence(sibling)))
                {
                    chosen.Add(sibling);
                }
            }
        }

        return chosen;
    }

    private static bool EndsSentence(DomNode node)
    {
        var last = LastText(node);
        return last is not null && last.TrimEnd().EndsWith('.');
    }

    private static string? LastText(DomNode node)
    {
        var current = node;
        while (current.Children.Count > 0)
        {
            current = current.Children[^1];
        }

        return current.Text;
    }

    private static int ElementChildren(DomNode node)
    {
        var n = 0;
        foreach (var child in node.Children)
        {
            if (!child.IsText && !child.Removed)
            {
                n++;
            }
            else if (child.IsText && child.Text!.Trim().Length > 0)
            {
                return 2;
            }
        }

        return n;
    }

    public static bool IsAncestor(DomNode ancestor, DomNode node)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
