namespace Extractor.Core.Facts.Gazetteer;

/// <summary>A government body or international organization named in a text.</summary>
/// <param name="Start">Offset of the name in the text (UTF-16 code units).</param>
/// <param name="Length">Length of the name as written (<c>UN</c>, <c>foreign ministry</c>).</param>
/// <param name="Name">The organization's usual English name: <c>United Nations</c> for <c>UN</c>, <c>Foreign Ministry</c> for <c>foreign ministry</c>.</param>
/// <param name="Country">The country it belongs to, from the name itself (<c>State Department</c>) or from a country
/// written right before or after it (<c>Japan's Foreign Ministry</c>, <c>Ministry of Foreign Affairs of Japan</c>);
/// null for an international organization or when the text does not say.</param>
/// <param name="IsInternational">True for bodies of several states (<c>United Nations</c>, <c>NATO</c>, <c>European Commission</c>).</param>
public sealed record OrganizationMention(int Start, int Length, string Name, Country? Country, bool IsInternational)
{
    /// <summary>The offset just past the name.</summary>
    public int End => Start + Length;
}
