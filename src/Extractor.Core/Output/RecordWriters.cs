namespace Extractor.Core.Output;

/// <summary>Picks the writer for a format and explode mode.</summary>
public static class RecordWriters
{
    /// <summary>Formats that can write one row per interaction or participant (SPEC §2).</summary>
    public static bool CanExplode(OutputFormat format) => format != OutputFormat.Json;

    public static IRecordWriter Create(Stream stream, OutputFormat format, ExplodeMode explode, bool includeText)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (explode != ExplodeMode.None && !CanExplode(format))
        {
            throw new ArgumentException("--explode needs csv, tsv or jsonl", nameof(explode));
        }

        return format switch
        {
            OutputFormat.Json => new JsonRecordWriter(stream, lines: false),
            OutputFormat.Jsonl when explode == ExplodeMode.None => new JsonRecordWriter(stream, lines: true),
            OutputFormat.Jsonl => new JsonRowWriter(stream, explode, includeText),
            OutputFormat.Csv => new DelimitedRecordWriter(stream, FieldStyle.Csv, explode, includeText),
            OutputFormat.Tsv => new DelimitedRecordWriter(stream, FieldStyle.Tsv, explode, includeText),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}
