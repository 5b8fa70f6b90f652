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

        // Fragments and pages with a preamble: enough structural tags to be markup, not prose.
        return StructuralTag().Count(head.ToString()) >= 3 ? InputFormat.Html : InputFormat.Text;
    }

    [GeneratedRegex(@"<(?:html|head|body|div|p|meta|title|script|article|span|a\s)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex StructuralTag();
}
