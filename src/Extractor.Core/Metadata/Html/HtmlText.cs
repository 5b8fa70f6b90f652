using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace Extractor.Core.Metadata.Html;

/// <summary>
/// The visible text of an HTML page as lines, one per block element, the way a browser's text
/// dump prints it, so the text rules (date lines, bylines, datelines, footers) also read HTML.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "option", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "article", "header", "footer", "figure",
        "figcaption", "td", "th", "dd", "dt", "blockquote", "pre", "address", "nav", "aside", "ul", "ol", "table", "form", "main",
        "hr", "time", "dl", "caption", "body", "html", "label",
    };

    public static string Lines(HtmlDocument doc)
    {
        var sb = new StringBuilder();
        Append(doc.DocumentNode, sb, 0);
        return sb.ToString();
    }

    private static void Append(HtmlNode node, StringBuilder sb, int depth)
    {
        if (depth > 400)
        {
            return;
        }

        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                var text = WebUtility.HtmlDecode(node.InnerText);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    if (char.IsWhiteSpace(text[0]) && sb.Length > 0 && sb[^1] != '\n' && sb[^1] != ' ')
                    {
                        sb.Append(' ');
                    }

                    AppendCollapsed(text, sb);
                    if (char.IsWhiteSpace(text[^1]))
                    {
                        sb.Append(' ');
                    }
                }

                return;
            case HtmlNodeType.Comment:
                return;
        }

        if (Skipped.Contains(node.Name))
        {
            return;
        }

        var block = Blocks.Contains(node.Name);
        if (block)
        {
            NewLine(sb);
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, sb, depth + 1);
        }

        if (block)
        {
            NewLine(sb);
        }
    }

    /// <summary>The words of <paramref name="text"/>, one space between them, appended without splitting.</summary>
    private static void AppendCollapsed(string text, StringBuilder sb)
    {
        var wordStart = -1;
        var first = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!space && wordStart < 0)
            {
                wordStart = i;
            }
            else if (space && wordStart >= 0)
            {
                if (!first)
                {
                    sb.Append(' ');
                }

                sb.Append(text, wordStart, i - wordStart);
                first = false;
                wordStart = -1;
            }
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }
    }
}
