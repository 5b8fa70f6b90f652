namespace Extractor.Core.Output;

/// <summary>The two delimited formats of SPEC §4.</summary>
public enum FieldStyle
{
    /// <summary>RFC 4180: comma, CRLF, a field quoted when it needs it; CsvHelper escapes formula injection.</summary>
    Csv,

    /// <summary>Tab, LF, never quoted: backslashes, tabs and line breaks in a value are written <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>.</summary>
    Tsv,
}
