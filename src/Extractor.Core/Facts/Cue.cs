namespace Extractor.Core.Facts;

/// <summary>Interaction words found in a sentence (offsets relative to the sentence).</summary>
public sealed record Cue(int Start, int Length, string Text, CueDefinition Definition)
{
    public int End => Start + Length;

    public string Medium => Definition.Medium;

    /// <summary>A plural noun ("conversations") that may stand for separate talks.</summary>
    public bool IsPlural => Definition.MayBePlural && Text.EndsWith('s');
}
