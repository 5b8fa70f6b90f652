using System.Text.RegularExpressions;
using Extractor.Core.Model;

namespace Extractor.Core.Input;

/// <summary>Tells HTML source from a text dump by its content (SPEC §2).</summary>
public static partial class FormatDetector
{
    public static InputFormat Detect(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = content.AsSpan(0, Math.Min(content.Length, 8192)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        // A page saved without its opening tags starts with what its head holds: a style sheet
        // long enough to fill the window looked at below (laweekly.com), a script, a link.
        if (HeadElementFirst().IsMatch(head))
        {
            return InputFormat.Html;
        }

        // Fragments and pages with a preamble: enough structural tags to be markup, not prose.
        return StructuralTag().Count(head.ToString()) >= 3 ? InputFormat.Html : InputFormat.Text;
    }

    [GeneratedRegex(@"<(?:html|head|body|div|p|meta|title|script|article|span|a\s)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex StructuralTag();

    [GeneratedRegex(@"^<(?:style|script|link|meta|head|body)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex HeadElementFirst();
}
