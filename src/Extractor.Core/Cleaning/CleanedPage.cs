using Extractor.Core.Cleaning.Html;
using HtmlAgilityPack;

namespace Extractor.Core.Cleaning;

/// <summary>
/// What the cleaner hands on: the article body as paragraphs, the headline, captions, and the
/// lines it took out of the body so the metadata stage can read bylines and date lines.
/// </summary>
/// <param name="Title">The headline, or null when none was found.</param>
/// <param name="Paragraphs">The article body, in order; joined by a blank line they are the record's text.</param>
/// <param name="Captions">Photo captions, each once.</param>
/// <param name="HeaderLines">Lines (or HTML elements' text) removed between the headline and the body: bylines, date lines.</param>
/// <param name="BoilerplateLines">Every other line removed as boilerplate (menus, footer, widgets), in page order.</param>
/// <param name="Html">The parsed document for HTML input (shared so it is parsed once), else null.</param>
/// <param name="Warnings">What the cleaner could not do.</param>
public sealed record CleanedPage(
    string? Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> HeaderLines,
    IReadOnlyList<string> BoilerplateLines,
    HtmlDocument? Html,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The cleaner's mirror of <see cref="Html"/> (text decoded and collapsed), and its elements in
    /// document order, so the metadata stage reads the page without walking the parse again.
    /// </summary>
    internal DomTree? Tree { get; init; }

    /// <summary>Where <see cref="Title"/> came from (a <see cref="Model.ProvenanceSource"/> value), or null.</summary>
    public string? TitleSource { get; init; }

    /// <summary>The body text: paragraphs joined by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
