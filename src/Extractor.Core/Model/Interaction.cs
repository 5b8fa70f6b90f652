using System.Text.Json.Serialization;

namespace Extractor.Core.Model;

/// <summary>One reported communication between two or more parties (SPEC §3, Interaction).</summary>
/// <remarks>
/// <see cref="Cameo"/> and <see cref="Plover"/> are set by the event coder after the interaction is built
/// (<c>Facts/EventCoder.cs</c>); the explicit orders keep them right after <see cref="Medium"/> in every format.
/// </remarks>
public sealed record Interaction(
    [property: JsonPropertyOrder(-3)] string Medium,
    string? Date,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    string Evidence,
    int EvidenceStart)
{
    /// <summary>The CAMEO event code: <c>040</c>–<c>044</c> (see <see cref="EventCodes"/>).</summary>
    [JsonPropertyOrder(-2)]
    public string Cameo { get; init; } = EventCodes.CameoConsult;

    /// <summary>The PLOVER event and mode.</summary>
    [JsonPropertyOrder(-1)]
    public PloverCode Plover { get; init; } = new(EventCodes.PloverConsult, null);
}
