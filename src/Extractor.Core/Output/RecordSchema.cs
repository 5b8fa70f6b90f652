
namespace Extractor.Core.Output;

/// <summary>
/// The JSON Schema (draft 2020-12) of one record as <c>json</c> and <c>jsonl</c> write it, printed by
/// <c>--schema</c>. Hand-written (embedded <c>Resources/Output/record.schema.json</c>) so it can
/// say what a generator cannot: enums, date patterns, lists never null; the tests validate real
/// output against it and check its fields against the record's.
/// </summary>
public static class RecordSchema
{
    public static string Text { get; } = EmbeddedData.ReadText("Output/record.schema.json");
}
