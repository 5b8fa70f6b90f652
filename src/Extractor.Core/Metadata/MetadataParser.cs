using Extractor.Core.Cleaning;
using Extractor.Core.Cleaning.Html;
using Extractor.Core.Lexicons;
using Extractor.Core.Metadata.Html;
using Extractor.Core.Metadata.Text;
using Extractor.Core.Model;
using HtmlAgilityPack;

namespace Extractor.Core.Metadata;

/// <summary>
/// The metadata stage (SPEC §3): dates, outlet, authors, agencies and dateline, from what the
/// page prints. HTML is read from its structured sources first, then its visible text
/// (<see cref="HtmlMetadataReader"/>); a text dump from its lines (<see cref="TextMetadataReader"/>).
/// Each part lives in its own folder; this class only puts them in order.
/// </summary>
public sealed class MetadataParser : IMetadataParser
{
    public const string NoDate = "no publication date found";

    private readonly MetadataLexicon _lexicon;
    private readonly BoilerplateLexicon _boilerplate;

    public MetadataParser()
        : this(LexiconSet.BuiltIn)
    {
    }

    public MetadataParser(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicon = new MetadataLexicon(lexicons);
        _boilerplate = lexicons.HtmlBoilerplate;
    }

    public PageMetadata Parse(SourcePage page, CleanedPage cleaned)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(cleaned);
        return page.Format == InputFormat.Html ? ParseHtml(page, cleaned) : ParseText(page, cleaned);
    }

    private PageMetadata ParseText(SourcePage page, CleanedPage cleaned)
    {
        var layout = TextLayout.From(page.Content, cleaned);
        var text = TextMetadataReader.Read(layout, cleaned, _lexicon);
        return new PageMetadata(
            text.Published?.ToIso(),
            text.Updated?.ToIso(),
            text.Outlet,
            text.Authors,
            OwnStory(text.Agencies, text.Outlet),
            text.Dateline?.Place,
            text.Dateline?.Date,
            text.Published is null ? [NoDate] : text.DateWarning is { } dateWarning ? [dateWarning] : [])
        {
            PublishedSource = text.Published is null ? null : text.PublishedSource,
            UpdatedSource = text.UpdatedSource,
            AuthorsSource = text.Authors.Count == 0 ? null : ProvenanceSource.Byline,
            ReleaseSource = text.Outlet is null ? text.ReleaseSource : null,
        };
    }

    /// <summary>
    /// The agencies a page credits; on an agency's own page that credits none, the agency: its
    /// story is its own (news g132, Sputnik's page naming itself in "Check out Sputnik's gallery").
    /// </summary>
    private IReadOnlyList<string> OwnStory(IReadOnlyList<string> agencies, string? outlet) =>
        agencies.Count == 0 && outlet is not null && _lexicon.Agencies.NameOf(outlet) is { } own ? [own] : agencies;

    private PageMetadata ParseHtml(SourcePage page, CleanedPage cleaned)
    {
        var doc = cleaned.Html;
        var tree = cleaned.Tree;

        // The cleaner parses the page with its scripts stripped; JSON-LD stays, but a page whose
        // meta tags and JSON-LD were all lost on the way (a "<meta" inside a comment or script, a
        // document without a tree) is read from a fresh parse of its whole source.
        if (doc is null || tree is null || (!tree.Elements.Exists(e => e.Tag is "meta" or "script") && page.Content.Contains("<meta", StringComparison.OrdinalIgnoreCase)))
        {
            doc = new HtmlDocument { OptionMaxNestedChildNodes = 2000 };
            try
            {
                doc.LoadHtml(page.Content);
            }
            catch (ArgumentException)
            {
                // Nesting too deep to parse: read the page's text as a text dump instead.
                return ParseText(page, cleaned);
            }

            tree = DomTree.Build(doc, _boilerplate);
        }

        var html = HtmlMetadataReader.Read(tree, cleaned, page.Content, _lexicon);
        var warnings = html.Published is null ? html.Warnings.Prepend(NoDate).ToArray() : html.Warnings;
        return new PageMetadata(
            html.Published?.ToIso(),
            html.Updated?.ToIso(),
            html.Outlet,
            html.Authors,
            OwnStory(html.Agencies, html.Outlet),
            html.Dateline?.Place,
            html.Dateline?.Date,
            warnings)
        {
            Url = PageUrl.From(tree),
            PublishedSource = html.Published is null ? null : html.PublishedSource,
            UpdatedSource = html.Updated is null ? null : html.UpdatedSource,
            AuthorsSource = html.Authors.Count == 0 ? null : html.AuthorsSource,
        };
    }
}
