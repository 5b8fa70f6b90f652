namespace Extractor.Core.Model;

/// <summary>The values of <see cref="Interaction.Medium"/> (SPEC §5).</summary>
public static class Media
{
    public const string Phone = "phone";
    public const string Video = "video";
    public const string InPerson = "in-person";
    public const string Written = "written";
    public const string Unspecified = "unspecified";
}
