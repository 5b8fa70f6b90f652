using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts;

/// <summary>One entry of the cue list: words that report an interaction, and how it took place.</summary>
/// <param name="Medium">The medium the words say (SPEC §5), <c>unspecified</c> when they say none.</param>
/// <param name="IsVerb">A past-tense verb ("met"), as opposed to a noun ("meeting").</param>
/// <param name="TakesObject">The counterpart may follow directly ("met Kishida").</param>
/// <param name="MayBePlural">Can report separate talks with each counterpart ("telephone conversations with A and B").</param>
/// <param name="IsWeak">Alone a poor sign of an interaction (congratulations, condolences).</param>
/// <param name="Needs">Lower-case words, one of which every match contains: the pattern is tried only where one occurs.</param>
public sealed record CueDefinition(string Medium, bool IsVerb, bool TakesObject, bool MayBePlural, bool IsWeak, IReadOnlyList<string> Needs)
{
    private readonly LazyRegex _pattern = null!;

    internal CueDefinition(LazyRegex pattern, string medium, bool isVerb, bool takesObject, bool mayBePlural, bool isWeak, IReadOnlyList<string> needs)
        : this(medium, isVerb, takesObject, mayBePlural, isWeak, needs) => _pattern = pattern;

    /// <summary>Matches the cue words (constructed when first used: most cues never meet their needed words).</summary>
    public Regex Pattern => _pattern.Value;
}
