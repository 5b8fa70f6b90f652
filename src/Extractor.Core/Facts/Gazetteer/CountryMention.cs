namespace Extractor.Core.Facts.Gazetteer;

/// <summary>A country named in a text: the span as written (a possessive <c>'s</c> included) and the country.</summary>
/// <param name="Start">Offset of the mention in the text (UTF-16 code units).</param>
/// <param name="Length">Length of the mention, including a possessive <c>'s</c>.</param>
/// <param name="Country">The country named.</param>
/// <param name="Kind">How it is named; <see cref="MentionKind.Possessive"/> when followed by <c>'s</c>.</param>
public sealed record CountryMention(int Start, int Length, Country Country, MentionKind Kind)
{
    /// <summary>The kind of the form itself, also for a possessive (<c>Seoul's</c>: <see cref="MentionKind.Capital"/>).</summary>
    public MentionKind BaseKind { get; init; } = Kind;

    /// <summary>
    /// True for forms that often name something else or another country (<c>Korea</c>, <c>Korean</c>, <c>Congo</c>,
    /// <c>Brussels</c>, <c>Jerusalem</c>, <c>Georgia</c>): the gazetteer resolves them conservatively and says so here.
    /// </summary>
    public bool Ambiguous { get; init; }

    /// <summary>The offset just past the mention.</summary>
    public int End => Start + Length;
}
