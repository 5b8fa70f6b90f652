using System.Text;

namespace Extractor.Tests.Output;

/// <summary>
/// Strict readers for the delimited formats, written for the tests so that nothing forgives a
/// malformed row: csv by RFC 4180 (a field is quoted or holds no quote, comma, CR or LF; rows end
/// in CRLF; anything else throws), tsv by SPEC §4 (rows end in LF, fields split on tab, and the
/// escapes <c>\\ \t \n \r</c> undone; any other backslash sequence throws).
/// </summary>
internal static class StrictDelimited
{
    public static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            field.Clear();
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("csv: a quoted field is not closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"csv: a quote inside an unquoted field at {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            row.Add(field.ToString());
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i += 2;
                rows.Add([.. row]);
                row.Clear();
                continue;
            }

            throw new FormatException(i < text.Length
                ? $"csv: a bare line break or junk after a field at {i}: {Excerpt(text, i)}"
                : "csv: the last row does not end in CRLF");
        }

        return rows;
    }

    public static List<string[]> ReadTsv(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("tsv: the last row does not end in LF");
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            throw new FormatException("tsv: a raw carriage return");
        }

        return [.. text.Split('\n')[..^1].Select(line => line.Split('\t').Select(UnescapeTsv).ToArray())];
    }

    public static string UnescapeTsv(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\')
            {
                builder.Append(value[i]);
                continue;
            }

            if (++i == value.Length)
            {
                throw new FormatException($"tsv: a lone backslash ends {value}");
            }

            builder.Append(value[i] switch
            {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => throw new FormatException($"tsv: an unknown escape \\{value[i]} in {Excerpt(value, i)}"),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Drops the apostrophe the writers put before a spreadsheet formula starter (csv also marks a
    /// leading tab or CR; tsv escapes those instead). Call it on a tsv value after the escapes are undone.
    /// </summary>
    public static string UnescapeFormula(string value, string format) =>
        value.Length > 1 && value[0] == '\'' && (format == "csv" ? "=@+-\t\r" : "=@+-").Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;

    private static string Excerpt(string text, int at) => text[Math.Max(0, at - 30)..Math.Min(text.Length, at + 30)];
}
