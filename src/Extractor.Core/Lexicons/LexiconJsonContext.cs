using System.Text.Json.Serialization;

namespace Extractor.Core.Lexicons;

/// <summary>
/// Reads the lexicon files: keys in camelCase, comments and trailing commas allowed, and a key no
/// record knows, a missing required key or a null where a value is needed is an error (a typo in a
/// user's file must not be ignored silently).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(CuesFile))]
[JsonSerializable(typeof(TopicsFile))]
[JsonSerializable(typeof(CountriesFile))]
[JsonSerializable(typeof(OrganizationsFile))]
[JsonSerializable(typeof(TitlesFile))]
[JsonSerializable(typeof(EventCodesFile))]
[JsonSerializable(typeof(HtmlBoilerplateFile))]
[JsonSerializable(typeof(TextBoilerplateFile))]
[JsonSerializable(typeof(StopwordsFile))]
[JsonSerializable(typeof(AgenciesFile))]
[JsonSerializable(typeof(OutletsFile))]
[JsonSerializable(typeof(BylinesFile))]
[JsonSerializable(typeof(DatelinesFile))]
[JsonSerializable(typeof(TimezonesFile))]
[JsonSerializable(typeof(DatesFile))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
