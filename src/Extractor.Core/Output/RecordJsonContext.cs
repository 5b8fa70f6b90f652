using System.Text.Json.Serialization;
using Extractor.Core.Model;

namespace Extractor.Core.Output;

/// <summary>Source-generated System.Text.Json metadata for the record (snake_case field names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Record))]
[JsonSerializable(typeof(IReadOnlyList<Record>))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
