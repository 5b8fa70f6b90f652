using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Output;

/// <summary>
/// The JSON Schema (draft 2020-12) of one record as <c>json</c> and <c>jsonl</c> write it, printed by
/// <c>--schema</c>. Hand-written (embedded <c>Resources/Output/record.schema.json</c>, the medium's enum
/// filled in from the lexicons' media) so it can
/// say what a generator cannot: enums, date patterns, lists never null; the tests validate real
/// output against it and check its fields against the record's.
/// </summary>
public static partial class RecordSchema
{
    private static readonly string Template = EmbeddedData.ReadText("Output/record.schema.json");

    /// <summary>The schema with the built-in lexicons' media.</summary>
    public static string Text { get; } = For(LexiconSet.BuiltIn);

    /// <summary>The schema of the records made with <paramref name="lexicons"/>: the medium's enum is their media list.</summary>
    public static string For(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var media = string.Join(", ", lexicons.Media.Select(m => "\"" + JsonEncodedText.Encode(m).ToString() + "\""));
        return MediumEnum().Replace(Template, m => m.Groups["head"].Value + "[" + media + "]", 1);
    }

    [GeneratedRegex(@"(?<head>""medium"":\s*\{\s*""enum"":\s*)\[[^\]]*\]")]
    private static partial Regex MediumEnum();
}
