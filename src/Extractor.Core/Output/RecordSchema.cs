using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Output;

/// <summary>
/// The JSON Schema (draft 2020-12) of one record as <c>json</c> and <c>jsonl</c> write it, printed by
/// <c>--schema</c>. Hand-written (embedded <c>Resources/Output/record.schema.json</c>, the medium's enum
/// built from the lexicons' media) so it can
/// say what a generator cannot: enums, date patterns, lists never null; the tests validate real
/// output against it and check its fields against the record's.
/// </summary>
public static partial class RecordSchema
{
    private static readonly string Template = EmbeddedData.ReadText("Output/record.schema.json");

    /// <summary>The schema with the built-in lexicons' media.</summary>
    public static string Text { get; } = For(LexiconSet.BuiltIn);

    /// <summary>
    /// The schema of the records made with <paramref name="lexicons"/>: the medium's enum is their media list,
    /// in the order SPEC §3 documents (the template's: phone, video, in-person, written, unspecified), then a
    /// medium the lexicons add, in their order. The lexicons' own order is which medium wins, not a reading order.
    /// </summary>
    public static string For(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        return MediumEnum().Replace(Template, m => m.Groups["head"].Value + "[" + string.Join(", ", Ordered(DocumentedMedia(m.Groups["list"].Value), lexicons.Media).Select(Quoted)) + "]", 1);
    }

    /// <summary>The media in the documented order: those of <paramref name="documented"/> the set holds, then the set's others.</summary>
    internal static IReadOnlyList<string> Ordered(IReadOnlyList<string> documented, IReadOnlyList<string> media) =>
        [.. documented.Where(m => media.Contains(m, StringComparer.Ordinal)), .. media.Where(m => !documented.Contains(m, StringComparer.Ordinal))];

    private static string[] DocumentedMedia(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim('"')).ToArray();

    private static string Quoted(string s) => "\"" + JsonEncodedText.Encode(s).ToString() + "\"";

    [GeneratedRegex(@"(?<head>""medium"":\s*\{\s*""enum"":\s*)\[(?<list>[^\]]*)\]")]
    private static partial Regex MediumEnum();
}
