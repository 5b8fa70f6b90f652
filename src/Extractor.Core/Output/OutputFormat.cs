namespace Extractor.Core.Output;

/// <summary>The output formats of SPEC §4.</summary>
public enum OutputFormat
{
    Json,
    Jsonl,
    Csv,
    Tsv,
}
