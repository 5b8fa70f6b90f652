namespace Extractor.Core.Cleaning.Html;

/// <summary>What an element's class and id words say about it.</summary>
[Flags]
internal enum AttributeSignal
{
    None = 0,
    Negative = 1,
    StrongNegative = 2,
    Positive = 4,

    /// <summary>Reader comments: never the article, however much text they hold.</summary>
    Comments = 8,

    /// <summary>A photo caption.</summary>
    Caption = 16,

    /// <summary>A photo credit or byline inside a caption.</summary>
    Credit = 32,

    /// <summary>The article's lead, when the word is on a paragraph (<c>&lt;p class="teaser"&gt;</c>).</summary>
    Lead = 64,
}
