namespace Extractor.Core.Facts.Gazetteer;

/// <summary>A country as SPEC §3 writes it: its common English short name and ISO 3166-1 alpha-3 code.</summary>
/// <param name="Name">Common English short name: <c>South Korea</c>, <c>United States</c>, <c>Russia</c>.</param>
/// <param name="Code">ISO 3166-1 alpha-3 code (<c>KOR</c>); <c>XKX</c> for Kosovo, the user-assigned code in common use.</param>
public sealed record Country(string Name, string Code);
