using System.Buffers;
using System.Globalization;
using System.Text;

namespace Extractor.Core.Output;

/// <summary>
/// Writes a text or list column of csv/tsv: lists joined with <c>"; "</c> (SPEC §4), and for tsv the
/// escapes CsvHelper cannot do without quoting.
/// </summary>
internal static class FieldText
{
    public const string ListSeparator = "; ";

    // Spreadsheet formula starters (CsvHelper's InjectionOptions list, minus the tab and CR that
    // tsv escapes anyway).
    private static readonly char[] InjectionStarts = ['=', '@', '+', '-'];

    private static readonly SearchValues<char> CsvSpecials = SearchValues.Create("\r\n\",");

    /// <summary>A column's value as the text of its field: null is empty, a list is joined.</summary>
    public static string Format(object? value, FieldStyle style)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            int n => n.ToString(CultureInfo.InvariantCulture),
            IEnumerable<string> list => string.Join(ListSeparator, list),
            _ => throw new InvalidOperationException($"no field form for a value of type {value.GetType().Name}"),
        };
        return style == FieldStyle.Tsv ? EscapeTsv(text) : text;
    }

    /// <summary>
    /// Whether a csv field must be quoted (RFC 4180): it holds a CR, LF, quote or comma, or starts
    /// or ends with white space. Applies to every column alike, whatever its name.
    /// </summary>
    public static bool NeedsCsvQuotes(string? field) =>
        !string.IsNullOrEmpty(field)
        && (field.AsSpan().IndexOfAny(CsvSpecials) >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));

    /// <summary>
    /// A backslash, tab, LF and CR inside a value become <c>\\</c>, <c>\t</c>, <c>\n</c>,
    /// <c>\r</c> (so a literal <c>\t</c> in the text stays two characters); a value that a
    /// spreadsheet would run as a formula gets a leading apostrophe, as CsvHelper does for csv
    /// (CsvHelper's own escape would quote the field, and tsv is never quoted).
    /// </summary>
    public static string EscapeTsv(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        if (text.Length > 0 && InjectionStarts.Contains(text[0]))
        {
            builder.Append('\'');
        }

        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                '\t' => builder.Append("\\t"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
