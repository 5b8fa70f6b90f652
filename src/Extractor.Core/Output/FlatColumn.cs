namespace Extractor.Core.Output;

/// <summary>
/// One column of csv, tsv and exploded jsonl: its SPEC §4 name and how to read it off a row. The
/// value is a string, an int, a list of strings, or null.
/// </summary>
/// <param name="Name">The column name in the header (csv, tsv) or the property name (jsonl).</param>
/// <param name="Value">Reads the column's value from a row.</param>
public sealed record FlatColumn(string Name, Func<FlatRow, object?> Value);
