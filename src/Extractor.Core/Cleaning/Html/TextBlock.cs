namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// One paragraph of output: its text, the element that framed it, how much of it is link text,
/// whether it stands in an article's &lt;header&gt; (where only the lead is article text), and
/// whether its element's class names a lead (<c>leadTokens</c>).
/// </summary>
internal sealed record TextBlock(string Text, string Tag, int LinkChars, bool InHeader = false, bool LeadClass = false)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    public bool IsHeading => HtmlTags.Heading.Contains(Tag);
}
