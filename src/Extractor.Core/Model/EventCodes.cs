namespace Extractor.Core.Model;

/// <summary>The CAMEO codes and PLOVER values an interaction can carry (README, "Event codes").</summary>
public static class EventCodes
{
    /// <summary>CAMEO 040: consult, not specified below.</summary>
    public const string CameoConsult = "040";

    /// <summary>CAMEO 041: discuss by telephone (also video).</summary>
    public const string CameoPhone = "041";

    /// <summary>CAMEO 042: make a visit (the first participant visits the second).</summary>
    public const string CameoVisitMade = "042";

    /// <summary>CAMEO 043: host a visit (reported from the host's side; the visitor is still first).</summary>
    public const string CameoVisitHosted = "043";

    /// <summary>CAMEO 044: meet at a third location.</summary>
    public const string CameoThirdPlace = "044";

    public const string PloverConsult = "CONSULT";

    public const string ModePhone = "phone";
    public const string ModeVisit = "visit";
    public const string ModeThirdParty = "third-party";
    public const string ModeMultilateral = "multilateral";

    /// <summary>Every CAMEO code an interaction can carry: the record schema's enum.</summary>
    public static IReadOnlyList<string> Cameos { get; } = [CameoConsult, CameoPhone, CameoVisitMade, CameoVisitHosted, CameoThirdPlace];

    /// <summary>Every PLOVER mode an interaction can carry besides none: the record schema's enum.</summary>
    public static IReadOnlyList<string> Modes { get; } = [ModePhone, ModeVisit, ModeThirdParty, ModeMultilateral];
}
