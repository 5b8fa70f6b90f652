using System.Collections.Frozen;
using System.Text;
using Extractor.Core.Cleaning.Html;

namespace Extractor.Core.Metadata.Html;

/// <summary>
/// The visible text of an HTML page as lines, one per block element, the way a browser's text
/// dump prints it, so the text rules (date lines, bylines, datelines, footers) also read HTML.
/// It walks the cleaner's mirror of the page (<see cref="DomNode"/>), which stops at the same depth
/// and has no comments.
/// </summary>
internal static class HtmlText
{
    // Tag names in the mirror are lower case.
    private static readonly FrozenSet<string> Skipped = new[]
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "option", "button",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "article", "header", "footer", "figure",
        "figcaption", "td", "th", "dd", "dt", "blockquote", "pre", "address", "nav", "aside", "ul", "ol", "table", "form", "main",
        "hr", "time", "dl", "caption", "body", "html", "label",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The lines of a document mirrored by the cleaner, whose text nodes are already decoded.</summary>
    public static string Lines(DomNode root)
    {
        var sb = new StringBuilder();
        Append(root, sb);
        return sb.ToString();
    }

    private static void Append(DomNode node, StringBuilder sb)
    {
        if (node.Text is { } text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                if (char.IsWhiteSpace(text[0]) && sb.Length > 0 && sb[^1] != '\n' && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                // The cleaner collapsed every whitespace run to one space: the words are the text
                // without its edge spaces.
                sb.Append(text.AsSpan().Trim(' '));
                if (char.IsWhiteSpace(text[^1]))
                {
                    sb.Append(' ');
                }
            }

            return;
        }

        if (Skipped.Contains(node.Tag))
        {
            return;
        }

        var block = Blocks.Contains(node.Tag);
        if (block)
        {
            NewLine(sb);
        }

        foreach (var child in node.Children)
        {
            Append(child, sb);
        }

        if (block)
        {
            NewLine(sb);
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
