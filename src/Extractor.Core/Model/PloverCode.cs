namespace Extractor.Core.Model;

/// <summary>
/// An interaction coded in PLOVER: the event type (always <c>CONSULT</c> here) and its mode (<c>phone</c>,
/// <c>visit</c>, <c>third-party</c>, <c>multilateral</c>, or null when none applies).
/// In csv and tsv it is written <c>CONSULT</c> or <c>CONSULT (phone)</c>.
/// </summary>
public sealed record PloverCode(string Event, string? Mode)
{
    public override string ToString() => Mode is null ? Event : $"{Event} ({Mode})";
}
