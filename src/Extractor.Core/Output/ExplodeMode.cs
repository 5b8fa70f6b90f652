namespace Extractor.Core.Output;

/// <summary>What one row (or JSON line) stands for (SPEC §4 <c>--explode</c>).</summary>
public enum ExplodeMode
{
    /// <summary>One row per document; the interaction columns describe the main interaction.</summary>
    None,

    /// <summary>One row per interaction, a document without any still getting one row.</summary>
    Interactions,

    /// <summary>One row per participant of each interaction, with the participant's own columns.</summary>
    Participants,
}
