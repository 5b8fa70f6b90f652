namespace Extractor.Core.Cleaning.Html;

/// <summary>One paragraph of output: its text, the element that framed it, and how much of it is link text.</summary>
internal sealed record TextBlock(string Text, string Tag, int LinkChars)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    public bool IsHeading => HtmlTags.Heading.Contains(Tag);
}
