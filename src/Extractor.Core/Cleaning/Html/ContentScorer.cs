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

    /// <summary>How far up from the chosen container the other parts of a split article are looked for.</summary>
    private const int PartScopeLevels = 6;

    private const int MinPartLength = 200;

    /// <summary>What two paragraphs of prose score: enough for a part of a split article however long the rest.</summary>
    private const double MinPartScore = 15;

    /// <summary>Plain text from which a container's content class word counts in full.</summary>
    private const int MinPositiveText = 200;

    /// <summary>How many elements before the body are looked at for the article's header.</summary>
    private const int HeaderSiblings = 3;

    /// <summary>How many wrappers up from the body its header is looked for beside.</summary>
    private const int HeaderWrapperLevels = 3;

    /// <summary>Text beyond which an element before the body is more than a header.</summary>
    private const int MaxHeaderLength = 1500;

    /// <summary>
    /// The chosen nodes, in document order; empty when the page has no scoring paragraph.
    /// <paramref name="header"/>: the elements just before the body that are its header (headline,
    /// byline, lead), to be read as a header: only their lead is article text.
    /// </summary>
    public static List<DomNode> Choose(List<DomNode> elementsInOrder, out List<DomNode> header)
    {
        header = [];
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
        // The ancestor that holds several of the best candidates is the article: it is not left for
        // a parent that scores a little higher on what stands beside the article (a box of teasers
        // with a sentence each, case shared-ancestor-not-climbed). A top candidate that is no such
        // ancestor climbs while its parents score higher.
        var shared = PreferSharedAncestor(top, candidates);
        top = shared == top ? ClimbWhileParentScoresHigher(top) : shared;
        var core = top;
        while (top.Parent is { } p && p.Tag is not ("body" or "html" or "#document") && ElementChildren(p) == 1)
        {
            top = p;
        }

        var chosen = WithSiblings(top);
        header = HeaderBefore(top, chosen);
        return WithSameClassParts(core, candidates, chosen, elementsInOrder);
    }

    /// <summary>
    /// The article's header standing beside its body rather than in it (a "header" div with the
    /// headline, the byline and the lead, or the lead's own box, before the body's container):
    /// the few elements right before the body, up to one already chosen, one mostly links or one
    /// longer than a header (case lead-beside-body). When the body is a column inside the
    /// article's layout, the header stands before one of the column's wrappers instead: it is
    /// looked for there too, a few levels up, and taken when it holds the headline (case
    /// header-beside-body-wrapper). Their lead paragraph is article text in every language; the
    /// paragraph filter keeps nothing else of a header.
    /// </summary>
    private static List<DomNode> HeaderBefore(DomNode top, List<DomNode> chosen)
    {
        var header = ElementsBefore(top, chosen, out var pastChosen);
        if (pastChosen && !header.Exists(HoldsHeadline))
        {
            header = [];
        }

        var wrapper = top;
        for (var level = 0; header.Count == 0 && level < HeaderWrapperLevels && wrapper.Parent is { Tag: not ("body" or "html" or "#document") } parent; level++)
        {
            wrapper = parent;
            var before = ElementsBefore(wrapper, chosen, out _);
            if (before.Exists(HoldsHeadline))
            {
                header = before;
            }
        }

        return header;
    }

    /// <summary>
    /// The few elements right before <paramref name="node"/> that can be a header. Parts chosen
    /// right before it (the body's byline box, taken in beside it) are passed over
    /// (<paramref name="pastChosen"/>): the header stands before them, and is taken from there only
    /// when it holds the headline (case header-before-chosen-byline).
    /// </summary>
    private static List<DomNode> ElementsBefore(DomNode node, List<DomNode> chosen, out bool pastChosen)
    {
        pastChosen = false;
        var siblings = node.Parent?.Children;
        var at = siblings?.IndexOf(node) ?? -1;
        List<DomNode> header = [];
        for (var i = at - 1; i >= 0 && header.Count < HeaderSiblings; i--)
        {
            var sibling = siblings![i];
            if (sibling.IsText || sibling.Removed || sibling.TextLength == 0)
            {
                continue;
            }

            if (chosen.Contains(sibling) && header.Count == 0)
            {
                pastChosen = true;
                continue;
            }

            if (chosen.Contains(sibling) || sibling.LinkDensity > 0.3 || sibling.TextLength > MaxHeaderLength)
            {
                break;
            }

            header.Insert(0, sibling);
        }

        return header;
    }

    private static bool HoldsHeadline(DomNode node)
    {
        var stack = new Stack<DomNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.Tag == "h1")
            {
                return true;
            }

            foreach (var child in current.Children)
            {
                if (!child.IsText && !child.Removed)
                {
                    stack.Push(child);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The chosen nodes and the header's, in document order: the header stands right before the
    /// body's container; a header element that holds a chosen part is left out.
    /// </summary>
    public static List<DomNode> WithHeader(List<DomNode> chosen, List<DomNode> header)
    {
        if (header.Count == 0)
        {
            return chosen;
        }

        header.RemoveAll(h => chosen.Exists(c => IsAncestor(h, c)));
        var at = chosen.IndexOf(header.Count == 0 ? chosen[0] : NextSibling(header[^1]) ?? chosen[0]);
        var all = new List<DomNode>(chosen.Count + header.Count);
        all.AddRange(chosen);
        all.InsertRange(Math.Max(0, at), header);
        return all;
    }

    private static DomNode? NextSibling(DomNode node)
    {
        var siblings = node.Parent!.Children;
        for (var i = siblings.IndexOf(node) + 1; i < siblings.Count; i++)
        {
            if (!siblings[i].IsText && !siblings[i].Removed && siblings[i].TextLength > 0)
            {
                return siblings[i];
            }
        }

        return null;
    }

    /// <summary>
    /// An article split into several containers of the same class by a picture, a video or an
    /// advert box in between ("article-text" … figure … "article-text"), each wrapped apart so
    /// that they are not siblings: the other parts are the candidates with mostly the chosen
    /// one's class names, near it (a common ancestor a few levels up, the same &lt;article&gt;) that
    /// score as paragraphs of prose do (case article-split-by-picture).
    /// </summary>
    private static List<DomNode> WithSameClassParts(DomNode core, List<DomNode> candidates, List<DomNode> chosen, List<DomNode> elementsInOrder)
    {
        if (core.ClassAndId.Length == 0)
        {
            return chosen;
        }

        var names = ClassNames(core.ClassAndId);

        // Generic CMS classes ("field--name-body") are shared by sidebar boxes: a part must
        // score a good share of the chosen one and hold more than a box's line or two. Two
        // paragraphs of prose are always enough: the part after a picture in a long article is
        // often short (case article-split-by-picture).
        var threshold = Math.Clamp(core.Score * 0.3, 10, MinPartScore);
        var scope = core;
        for (var i = 0; i < PartScopeLevels && scope.Parent is { Tag: not ("body" or "html" or "#document") } parent; i++)
        {
            scope = parent;
        }

        var article = NearestArticle(core);
        HashSet<DomNode>? parts = null;
        foreach (var c in candidates)
        {
            if (c == core || c.Score < threshold || c.TextLength < MinPartLength || c.LinkDensity > 0.3 || !SameComponent(c.ClassAndId, names)
                || !IsAncestor(scope, c) || NearestArticle(c) != article || chosen.Exists(n => n == c || IsAncestor(n, c) || IsAncestor(c, n)))
            {
                continue;
            }

            // A page laid out twice (desktop and mobile) holds the article twice: a copy, or a
            // container larger than the chosen one, is no part of it.
            if (c.TextLength > core.TextLength || (FirstLongText(c) is { } first && chosen.Exists(n => HoldsText(n, first))))
            {
                continue;
            }

            (parts ??= [.. chosen]).Add(c);
        }

        return parts is null ? chosen : elementsInOrder.FindAll(parts.Contains);
    }

    private static string[] ClassNames(string classAndId) => classAndId.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The same first class name and most class names in common ("article-text c-gray-1" and
    /// "article-text c-gray-1 no-review"):
    /// one name shared with a generic CMS prefix ("crayon article-texte" and "crayon forum-texte",
    /// the article and its comments) is not enough.
    /// </summary>
    private static bool SameComponent(string classAndId, string[] names)
    {
        var other = ClassNames(classAndId);
        var shared = other.Count(names.Contains);
        return other.Length > 0 && other[0] == names[0] && shared * 2 >= names.Length + other.Length - shared;
    }

    private static string? FirstLongText(DomNode node)
    {
        var stack = new Stack<DomNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.IsText && current.Text!.Length >= MinParagraphLength * 2)
            {
                return current.Text;
            }

            for (var i = current.Children.Count - 1; i >= 0; i--)
            {
                if (!current.Children[i].Removed)
                {
                    stack.Push(current.Children[i]);
                }
            }
        }

        return null;
    }

    private static bool HoldsText(DomNode node, string text)
    {
        var stack = new Stack<DomNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.IsText && string.Equals(current.Text, text, StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var child in current.Children)
            {
                stack.Push(child);
            }
        }

        return false;
    }

    private static DomNode? NearestArticle(DomNode node)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
        {
            if (p.Tag == "article")
            {
                return p;
            }
        }

        return null;
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
        double score = node.Tag switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        // A content word on a box with a line or two ("ogm-main-media-container" around a picture
        // and its caption) says little of the article: the bonus grows with the box's plain text,
        // full from a paragraph's worth, so such a box cannot outscore the body (case
        // content-word-on-picture-box).
        if ((node.Signal & AttributeSignal.Positive) != 0)
        {
            score += 25.0 * Math.Min(1.0, (double)(node.TextLength - node.LinkLength) / MinPositiveText);
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
                if (c == ancestor || IsAncestor(ancestor, c))
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
