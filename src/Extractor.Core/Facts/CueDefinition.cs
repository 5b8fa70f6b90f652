using System.Text.RegularExpressions;

namespace Extractor.Core.Facts;

/// <summary>One entry of the cue list: words that report an interaction, and how it took place.</summary>
/// <param name="Pattern">Matches the cue words.</param>
/// <param name="Medium">The medium the words say (SPEC §5), <c>unspecified</c> when they say none.</param>
/// <param name="IsVerb">A past-tense verb ("met"), as opposed to a noun ("meeting").</param>
/// <param name="TakesObject">The counterpart may follow directly ("met Kishida").</param>
/// <param name="MayBePlural">Can report separate talks with each counterpart ("telephone conversations with A and B").</param>
/// <param name="IsWeak">Alone a poor sign of an interaction (congratulations, condolences).</param>
/// <param name="Needs">Lower-case words, one of which every match contains: the pattern is tried only where one occurs.</param>
public sealed record CueDefinition(Regex Pattern, string Medium, bool IsVerb, bool TakesObject, bool MayBePlural, bool IsWeak, IReadOnlyList<string> Needs);
