namespace Extractor.Core.Cleaning.Text;

/// <summary>What a single line of a text dump looks like on its own, before its neighbours are seen.</summary>
public enum LineKind
{
    /// <summary>A sentence or paragraph: long enough, sentence-shaped, with function words.</summary>
    Prose,

    /// <summary>A longer line that reads like language but does not end a sentence (a subheading, a teaser, a list item).</summary>
    Phrase,

    /// <summary>A short line: a menu item, a label, a name, a headline in a list.</summary>
    Label,

    /// <summary>Only symbols or digits: separators, counters, a lone "|".</summary>
    Symbol,

    /// <summary>A widget label or page-furniture phrase ("MOST POPULAR", "Back To Top", "Read more:").</summary>
    Widget,

    /// <summary>A label that opens another section of the page ("Related articles", "MOST POPULAR").</summary>
    Section,

    /// <summary>A label that opens the comments ("10 Comments", "Leave a Reply").</summary>
    CommentsStart,

    /// <summary>A row of share buttons ("Share Tweet Email").</summary>
    Share,

    /// <summary>A line carrying a relative timestamp ("3 minutes ago").</summary>
    Timestamp,

    /// <summary>A date or time line ("Published : Jan 26, 2022 - 19:47").</summary>
    DateLine,

    /// <summary>A byline ("By Yonhap").</summary>
    Byline,

    /// <summary>A footer line: copyright, address, telephone, registration.</summary>
    Footer,

    /// <summary>A photo caption or an image credit.</summary>
    Caption,

    /// <summary>Headlines and cut-off teasers run together on one long line (a ticker, a "more news" strip).</summary>
    Teasers,

    /// <summary>A press-release lead-in ("The below is attributable to Spokesperson Ned Price:").</summary>
    LeadIn,
}
