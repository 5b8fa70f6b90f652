namespace Extractor.Core.Model;

/// <summary>
/// The two values of <see cref="Interaction.Medium"/> the fact stage gives without a cue (SPEC §5):
/// talks held at a place are in person, talks no word says how are unspecified. The whole list,
/// in the order media win, is data (<c>media</c> in <c>cues.json</c>), checked to hold these two.
/// </summary>
public static class Media
{
    public const string InPerson = "in-person";
    public const string Unspecified = "unspecified";
}
