namespace Extractor.Core.Cleaning.Text;

/// <summary>One non-blank line of a text dump with what is known about it.</summary>
/// <param name="Index">Position among the page's non-blank lines.</param>
/// <param name="Text">The line, trimmed, with its spaces collapsed.</param>
/// <param name="Key">The folded line (<see cref="LineClassifier.Fold"/>), for spotting repeats.</param>
/// <param name="Shape">Its measurements.</param>
/// <param name="Kind">What it looks like on its own.</param>
/// <param name="BlankBefore">A blank line separates it from the line before.</param>
/// <param name="Occurrences">How many lines of the page have the same key.</param>
/// <param name="PreviousCopy">Index of the previous line with the same key, or -1.</param>
public sealed record PageLine(
    int Index,
    string Text,
    string Key,
    LineShape Shape,
    LineKind Kind,
    bool BlankBefore,
    int Occurrences,
    int PreviousCopy)
{
    /// <summary>The same line appeared just before (a caption or headline printed twice).</summary>
    public bool RepeatsPrevious => PreviousCopy >= 0 && PreviousCopy == Index - 1;

    /// <summary>The same line appeared earlier on the page, not right before (a repeated block or menu).</summary>
    public bool RepeatsEarlier => PreviousCopy >= 0 && PreviousCopy < Index - 1;
}
