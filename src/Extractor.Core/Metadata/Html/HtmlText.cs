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

    /// <summary>
    /// The lines of a document mirrored by the cleaner, whose text nodes are already decoded: the
    /// text a dump of the page would hold, cut at its newlines (so a text that ends with a block
    /// ends with an empty line, as <see cref="string.Split(char, StringSplitOptions)"/> would give).
    /// </summary>
    public static List<string> Lines(DomNode root)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        Append(root, line, lines);
        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Adds the node's text to <paramref name="line"/>, the line being written; a block ends the line before and after it.</summary>
    private static void Append(DomNode node, StringBuilder line, List<string> lines)
    {
        if (node.Text is { } text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                if (char.IsWhiteSpace(text[0]) && line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }

                // The cleaner collapsed every whitespace run to one space: the words are the text
                // without its edge spaces.
                line.Append(text.AsSpan().Trim(' '));
                if (char.IsWhiteSpace(text[^1]))
                {
                    line.Append(' ');
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
            EndLine(line, lines);
        }

        foreach (var child in node.Children)
        {
            Append(child, line, lines);
        }

        if (block)
        {
            EndLine(line, lines);
        }
    }

    /// <summary>Ends the line being written, without its trailing spaces; an empty line is not ended (no blank lines).</summary>
    private static void EndLine(StringBuilder line, List<string> lines)
    {
        while (line.Length > 0 && line[^1] == ' ')
        {
            line.Length--;
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
            line.Clear();
        }
    }
}
