namespace Extractor.Core.Facts.Gazetteer;

/// <summary>A government or diplomatic role in a text, as written: <c>Deputy Foreign Minister</c>.</summary>
/// <param name="Start">Offset of the title in the text (UTF-16 code units).</param>
/// <param name="Length">Length of the title.</param>
/// <param name="Title">The text of the title as the page writes it.</param>
public sealed record TitleMention(int Start, int Length, string Title)
{
    /// <summary>The title in the singular, as written otherwise: <c>Foreign Minister</c> for <c>Foreign Ministers</c>.</summary>
    public string Singular { get; init; } = Title;

    /// <summary>
    /// The core role as written, without modifiers or complements: <c>Spokesperson</c> in <c>NSC Spokesperson</c>,
    /// <c>Minister</c> in <c>First Vice Foreign Minister</c>, <c>Secretary of State</c> in <c>Deputy Secretary of State</c>;
    /// for joined titles, the first one's.
    /// </summary>
    public string Core { get; init; } = Title;

    /// <summary>True when the core role is written in the plural (<c>the Foreign Ministers of ...</c>).</summary>
    public bool IsPlural { get; init; }

    /// <summary>The offset just past the title.</summary>
    public int End => Start + Length;
}
