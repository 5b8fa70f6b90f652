namespace Extractor.Core.Facts;

/// <summary>A sentence of the cleaned text: its text verbatim and where it starts (UTF-16 offset).</summary>
public sealed record Sentence(int Start, string Text)
{
    public int End => Start + Text.Length;
}
