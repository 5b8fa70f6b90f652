using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts;

/// <summary>One entry of the cue list: words that report an interaction, and how it took place.</summary>
public sealed class CueDefinition
{
    private readonly LazyRegex _pattern;

    internal CueDefinition(LazyRegex pattern, string medium, bool isVerb, bool takesObject, bool mayBePlural, bool isWeak, IReadOnlyList<string> needs)
    {
        _pattern = pattern;
        Medium = medium;
        IsVerb = isVerb;
        TakesObject = takesObject;
        MayBePlural = mayBePlural;
        IsWeak = isWeak;
        Needs = needs;
    }

    /// <summary>Matches the cue words (constructed when first used: most cues never meet their needed words).</summary>
    public Regex Pattern => _pattern.Value;

    /// <summary>The medium the words say (SPEC §5), <c>unspecified</c> when they say none.</summary>
    public string Medium { get; }

    /// <summary>A past-tense verb ("met"), as opposed to a noun ("meeting").</summary>
    public bool IsVerb { get; }

    /// <summary>The counterpart may follow directly ("met Kishida").</summary>
    public bool TakesObject { get; }

    /// <summary>Can report separate talks with each counterpart ("telephone conversations with A and B").</summary>
    public bool MayBePlural { get; }

    /// <summary>Alone a poor sign of an interaction (congratulations, condolences).</summary>
    public bool IsWeak { get; }

    /// <summary>Lower-case words, one of which every match contains: the pattern is tried only where one occurs.</summary>
    public IReadOnlyList<string> Needs { get; }
}
