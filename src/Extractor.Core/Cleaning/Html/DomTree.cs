using HtmlAgilityPack;

namespace Extractor.Core.Cleaning.Html;

/// <summary>A parsed document mirrored by <see cref="DomBuilder"/>: its root and its elements in document order.</summary>
internal sealed record DomTree(DomNode Root, List<DomNode> Elements, List<HtmlNode> JsonLdScripts)
{
    public static DomTree Build(HtmlDocument doc, BoilerplateLexicon lexicon)
    {
        var elements = new List<DomNode>();
        var scripts = new List<HtmlNode>();
        var root = DomBuilder.Build(doc, lexicon, elements, scripts);
        return new DomTree(root, elements, scripts);
    }
}
