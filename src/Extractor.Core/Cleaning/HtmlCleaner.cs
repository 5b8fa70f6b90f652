using System.Net;
using Extractor.Core.Model;
using HtmlAgilityPack;

namespace Extractor.Core.Cleaning;

/// <summary>
/// Cleans an HTML page. First cut: drops scripts, styles and page chrome, keeps paragraph text,
/// and takes the headline from the first h1 or the title element.
/// </summary>
public sealed class HtmlCleaner : ICleaner
{
    public CleanedPage Clean(SourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = 2000 };
        doc.LoadHtml(page.Content);
        var paragraphs = new List<string>();
        var nodes = doc.DocumentNode.SelectNodes("//p");
        if (nodes is not null)
        {
            foreach (var p in nodes)
            {
                if (p.Ancestors().Any(a => a.Name is "nav" or "header" or "footer" or "aside" or "script" or "style"))
                {
                    continue;
                }

                var text = Normalize(p.InnerText);
                if (text.Length > 0)
                {
                    paragraphs.Add(text);
                }
            }
        }

        var h1 = doc.DocumentNode.SelectSingleNode("//h1") ?? doc.DocumentNode.SelectSingleNode("//title");
        var title = h1 is null ? null : Normalize(h1.InnerText);
        return new CleanedPage(string.IsNullOrEmpty(title) ? null : title, paragraphs, [], [], [], doc, []);
    }

    private static string Normalize(string html) =>
        string.Join(' ', WebUtility.HtmlDecode(html).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
