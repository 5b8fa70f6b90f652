namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Marks page furniture as removed, in this order: elements that never hold article text (nav,
/// aside, footer, forms' controls…), hidden elements, figures (their captions are read apart), and
/// elements whose class/id words say furniture. A node holding at least half of the page's
/// plain (non-link) text is never removed by a tag or a weak word: some sites wrap the whole page
/// in a &lt;form&gt; or a "header-wrapper" (case <c>form-wrapping-whole-page</c>).
/// </summary>
internal static class Pruner
{
    public static void Prune(DomNode root, List<DomNode> elementsInOrder, BoilerplateLexicon lexicon)
    {
        var body = elementsInOrder.Find(e => e.Tag == "body") ?? root;
        var pagePlain = Math.Max(1, body == root ? SumPlain(root) : body.TextLength - body.LinkLength);
        var headlineBoxes = HeadlineAncestors(elementsInOrder);
        foreach (var node in elementsInOrder)
        {
            if (node.Parent is { Removed: true })
            {
                node.Removed = true;
                continue;
            }

            if (node.Tag is "html" or "body")
            {
                continue;
            }

            var plain = node.TextLength - node.LinkLength;
            var holdsPage = plain >= pagePlain / 2;
            // An article's own header holds its lead paragraph beside the headline and byline,
            // which the paragraph filter takes out (case lead-in-article-header); only its
            // furniture (share buttons, date boxes) goes, by its class words below.
            if (lexicon.RemovedTags.Contains(node.Tag) && !(node.Tag == "header" && HasAncestor(node, "article")))
            {
                // A second <head> in the page leaves the parser's first one open around the body
                // (case body-inside-head): a head that holds the body is no head.
                node.Removed = !holdsPage || node.Tag is "script" or "style" || (node.Tag == "head" && !ContentScorer.IsAncestor(node, body));
            }
            else if (node.Tag is "figure" or "figcaption" || IsHidden(node))
            {
                node.Removed = !holdsPage;
            }
            else if (node.Tag is "tr" or "td" or "th" or "tbody" or "thead" or "tfoot" or "blockquote")
            {
                // Row classes name the data ("player-2020"), not furniture (case table-rows-kept);
                // a quoted post ("twitter-tweet") is part of what the article says.
                continue;
            }
            else if ((node.Signal & AttributeSignal.Comments) != 0)
            {
                node.Removed = true;
            }
            else if ((node.Signal & AttributeSignal.StrongNegative) != 0)
            {
                node.Removed = !holdsPage;
            }
            else if ((node.Signal & AttributeSignal.Negative) != 0)
            {
                node.Removed = !holdsPage && (node.Signal & AttributeSignal.Positive) == 0 && !KeptDespiteWeakWord(node, plain, headlineBoxes);
            }
        }
    }

    /// <summary>What a weak furniture word does not remove: the word names the element's frame or role, not furniture.</summary>
    private static bool KeptDespiteWeakWord(DomNode node, int plain, HashSet<DomNode> headlineBoxes) =>
        IsInlineInSentence(node)
        || IsLeadParagraph(node, plain)
        || headlineBoxes.Contains(node)
        || IsLeadBesideHeadline(node, plain, headlineBoxes)
        || WrapsKeptParent(node, plain)
        || HoldsProse(node, plain);

    /// <summary>
    /// The elements that hold an &lt;h1&gt;. A weak furniture word on such a box ("mdl-page-header",
    /// "article-header") names the article's header, where its lead stands beside the headline:
    /// the box stays, its own furniture goes by its own words, and the paragraph filter keeps only
    /// the lead of it (case lead-in-header-box).
    /// </summary>
    private static HashSet<DomNode> HeadlineAncestors(List<DomNode> elementsInOrder)
    {
        var boxes = new HashSet<DomNode>();
        foreach (var node in elementsInOrder)
        {
            if (node.Tag != "h1")
            {
                continue;
            }

            for (var p = node.Parent; p is not null && boxes.Add(p); p = p.Parent)
            {
            }
        }

        return boxes;
    }

    /// <summary>
    /// A box of prose whose words name a lead (<c>leadTokens</c>: &lt;div class="teaser-text"&gt;) standing
    /// right after the headline or after the box that holds it: the article's standfirst, where
    /// "teaser" on a box elsewhere names a box of other stories (case lead-box-after-headline).
    /// </summary>
    private static bool IsLeadBesideHeadline(DomNode node, int plain, HashSet<DomNode> headlineBoxes)
    {
        if (!IsLeadProse(node, plain) || node.Parent is not { } parent)
        {
            return false;
        }

        // The element siblings before it, nearest first: it follows the headline (or its box) with at most one element between.
        var siblings = parent.Children;
        var seen = 0;
        for (var i = siblings.IndexOf(node) - 1; i >= 0 && seen < 2; i--)
        {
            var sibling = siblings[i];
            if (sibling.IsText)
            {
                continue;
            }

            if (sibling.Tag == "h1" || headlineBoxes.Contains(sibling))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    /// <summary>Plain text a wrapper must hold, in paragraphs, to be prose rather than a byline, a credit or a tag list.</summary>
    private const int MinWrappedProse = 200;

    /// <summary>Characters of whitespace or stray text a wrapper's parent may hold besides it.</summary>
    private const int WrapperSlack = 8;

    /// <summary>
    /// The inner wrapper of a box already judged on the same weak word and kept for its content
    /// word ("widget-container" in "widget text-editor", page builders' markup around every text
    /// block): when it holds what its parent holds and that is prose, the parent's verdict stands
    /// (case text-widget-wrapper-kept).
    /// </summary>
    private static bool WrapsKeptParent(DomNode node, int plain) =>
        plain >= MinWrappedProse && node.Paragraphs > 0 && node.LinkDensity < 0.2
        && node.Parent is { Removed: false } parent
        && (parent.Signal & AttributeSignal.Negative) != 0
        && parent.TextLength - parent.LinkLength - plain <= WrapperSlack;

    /// <summary>Plain text of a lead (a paragraph or a box of one) that is prose rather than a byline, a date or a label.</summary>
    private const int MinLeadText = 120;

    /// <summary>
    /// A paragraph element of prose whose words name a lead (<c>leadTokens</c>: &lt;p class="teaser"&gt;
    /// holding the article's standfirst, as German and many other sites write it): on the paragraph
    /// itself "teaser" names its role in the article, where on a box it names a box of other
    /// stories. Other weak words on a paragraph of prose ("ad-disclosure") still remove it (case
    /// lead-paragraph-with-weak-word).
    /// </summary>
    private static bool IsLeadParagraph(DomNode node, int plain) =>
        node.Tag == "p" && (node.Signal & (AttributeSignal.Caption | AttributeSignal.Credit)) == 0 && IsLeadProse(node, plain);

    /// <summary>Prose (a lead's length, few links) on an element whose class names a lead.</summary>
    private static bool IsLeadProse(DomNode node, int plain) =>
        (node.Signal & AttributeSignal.Lead) != 0 && plain >= MinLeadText && node.LinkDensity < 0.2;

    /// <summary>Plain text beyond which a box with few links is prose, whatever weak word it carries.</summary>
    private const int MinProseBox = 1500;

    /// <summary>
    /// A box of prose: much plain text, few links. A weak furniture word on it names its frame,
    /// not its content (Blogger's "date-outer" around the posts of one day); the furniture such
    /// words mark (bylines, dates, captions, tag lists, bios) is short or mostly links (case
    /// weak-word-on-prose-box).
    /// </summary>
    private static bool HoldsProse(DomNode node, int plain) => plain >= MinProseBox && node.LinkDensity < 0.25;

    /// <summary>Characters of other text an inline element's parent must hold for the element to be part of a sentence.</summary>
    private const int SentenceContext = 40;

    /// <summary>
    /// A link or span inside running text ("&lt;a class="atm-tag-link"&gt;kauzy Dozimetr&lt;/a&gt;, v níž…",
    /// "&lt;a id="auto-tag_donna-kelce"&gt;Donna Kelce&lt;/a&gt; has praised…") is a word of the sentence,
    /// whatever its class says: a weak furniture word ("tag", "author", "date") on it names what it
    /// links to, and cutting it leaves the sentence without its subject (case tag-link-in-sentence).
    /// Inline elements that only wrap it, as editors nest them for a colour or a weight
    /// ("&lt;strong&gt;&lt;span style…&gt;&lt;a&gt;word&lt;/a&gt;&lt;/span&gt;&lt;/strong&gt;"), are looked
    /// through to the sentence (case linked-word-span-in-sentence). A photo credit in a caption
    /// ("(Image: GETTY)") stays furniture.
    /// </summary>
    internal static bool IsInlineInSentence(DomNode node)
    {
        if ((node.Signal & (AttributeSignal.Credit | AttributeSignal.Caption)) != 0
            || node.Tag is not ("a" or "span" or "em" or "strong" or "b" or "i" or "u" or "mark" or "abbr" or "cite" or "q"))
        {
            return false;
        }

        var parent = node.Parent;
        while (parent is not null && parent.TextLength == node.TextLength && IsInlineWrapper(parent.Tag))
        {
            parent = parent.Parent;
        }

        return parent is not null
            && parent.Tag is "p" or "span" or "em" or "strong" or "b" or "i" or "li" or "blockquote" or "q"
            && parent.TextLength - node.TextLength >= SentenceContext;
    }

    /// <summary>Inline elements that editors wrap around a word for its look (colour, font, weight).</summary>
    private static bool IsInlineWrapper(string tag) =>
        tag is "span" or "strong" or "b" or "em" or "i" or "u" or "font" or "small" or "mark";

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

    private static int SumPlain(DomNode root)
    {
        var sum = 0;
        foreach (var child in root.Children)
        {
            sum += child.IsText ? child.Text!.Length : child.TextLength - child.LinkLength;
        }

        return sum;
    }

    /// <summary>Hidden from readers: the hidden attribute, display:none or visibility:hidden.</summary>
    public static bool IsHidden(DomNode node)
    {
        var source = node.Source;
        if (source is null || !source.HasAttributes)
        {
            return false;
        }

        if (source.Attributes["hidden"] is not null)
        {
            return true;
        }

        var style = source.Attributes["style"]?.Value;
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
