using Extractor.Core.Cleaning.Html;
using Extractor.Core.Lexicons;
using Extractor.Core.Model;
using HtmlAgilityPack;

namespace Extractor.Core.Cleaning;

/// <summary>
/// Cleans an HTML page, in this order: strip scripts and styles from the source, parse once,
/// read the headline, mark page furniture, score containers to find the article, write its
/// paragraphs, filter them, and collect the photo captions around it. The parsed document is
/// handed on untouched for the metadata stage.
/// </summary>
public sealed class HtmlCleaner : ICleaner
{
    /// <summary>HtmlAgilityPack refuses documents nested deeper than this rather than overflow its stack.</summary>
    private const int MaxNesting = 2000;

    /// <summary>A JSON-LD articleBody shorter than this is a summary, not the article.</summary>
    private const int MinJsonLdBody = 200;

    /// <summary>
    /// How many times longer than the page's own text a JSON-LD articleBody must be to stand for
    /// it: the text found is then a lead or a teaser, and the article is rendered by scripts. No
    /// dev page's text is even half its articleBody (a body repeated twice in JSON-LD, fundus
    /// it__CorriereDellaSera_2025_02_04, comes nearest at 0.54).
    /// </summary>
    private const int ShortOfJsonLd = 4;

    private readonly BoilerplateLexicon _lexicon;

    public HtmlCleaner()
        : this(LexiconSet.BuiltIn)
    {
    }

    public HtmlCleaner(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicon = lexicons.HtmlBoilerplate;
    }

    public CleanedPage Clean(SourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var warnings = new List<string>();
        // No id index, no syntax-error list and no charset sniffing (the page is text already, decoded
        // by the reader): nothing reads them, and each costs time on every page.
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting, OptionUseIdAttribute = false, OptionCheckSyntax = false, OptionReadEncoding = false };
        try
        {
            doc.LoadHtml(RawHtmlStripper.Strip(page.Content, _lexicon.StrippedTags));
        }
#pragma warning disable CA1031 // HtmlAgilityPack throws a bare Exception on over-deep nesting; the page still gets a record.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new CleanedPage(null, [], [], [], [], null, ["HTML nested too deeply to parse; no article body found"]);
        }

        var tree = DomTree.Build(doc, _lexicon);
        var (root, elements) = (tree.Root, tree.Elements);
        var jsonLd = JsonLdArticle.Read(tree.JsonLdScripts);
        var title = TitleFinder.Find(elements, jsonLd, out var h1, out var titleSource);

        NodeMeasure.Measure(elements);
        Pruner.Prune(root, elements, _lexicon);
        NodeMeasure.Measure(elements);
        var chosen = ContentScorer.Choose(elements, out var header);
        var blocks = BlockWriter.Write(ContentScorer.WithHeader(chosen, header), header);
        var headerLines = new List<string>();
        var paragraphs = ParagraphFilter.Filter(blocks, title, h1, _lexicon, headerLines);
        var captions = CaptionFinder.Find(chosen);
        if (jsonLd.Body is { Length: >= MinJsonLdBody } body && paragraphs.Sum(p => p.Length) * ShortOfJsonLd < body.Length)
        {
            // Pages that render their text with scripts still state it in JSON-LD (case
            // body-from-json-ld); the page itself may print no more than its headline's lead
            // (case json-ld-body-beside-lead).
            paragraphs = JsonLdArticle.Paragraphs(body);
        }

        if (paragraphs.Count == 0)
        {
            warnings.Add("no article body found");
        }

        return new CleanedPage(title, paragraphs, captions, headerLines, [], doc, warnings) { Tree = tree, TitleSource = titleSource };
    }
}
