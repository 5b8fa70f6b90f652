using Extractor.Core.Cleaning;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Html;
using Extractor.Core.Metadata.Outlets;
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

    private readonly AgencyList _agencies = AgencyList.BuiltIn;
    private readonly OutletList _outlets = OutletList.BuiltIn;

    public PageMetadata Parse(SourcePage page, CleanedPage cleaned)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(cleaned);
        return page.Format == InputFormat.Html ? ParseHtml(page, cleaned) : ParseText(page, cleaned);
    }

    private PageMetadata ParseText(SourcePage page, CleanedPage cleaned)
    {
        var layout = TextLayout.From(page.Content, cleaned);
        var text = TextMetadataReader.Read(layout, cleaned, _agencies, _outlets);
        return new PageMetadata(
            text.Published?.ToIso(),
            text.Updated?.ToIso(),
            text.Outlet,
            text.Authors,
            text.Agencies,
            text.Dateline?.Place,
            text.Dateline?.Date,
            text.Published is null ? [NoDate] : []);
    }

    private PageMetadata ParseHtml(SourcePage page, CleanedPage cleaned)
    {
        var doc = cleaned.Html;

        // The cleaner may strip scripts and meta tags from its shared document; JSON-LD and meta
        // tags live there, so read a fresh parse when they are gone.
        if (doc is null || (doc.DocumentNode.SelectSingleNode("//meta|//script") is null && page.Content.Contains("<meta", StringComparison.OrdinalIgnoreCase)))
        {
            doc = new HtmlDocument { OptionMaxNestedChildNodes = 2000 };
            doc.LoadHtml(page.Content);
        }

        var html = HtmlMetadataReader.Read(doc, cleaned, _agencies, _outlets);
        var warnings = html.Published is null ? html.Warnings.Prepend(NoDate).ToArray() : html.Warnings;
        return new PageMetadata(
            html.Published?.ToIso(),
            html.Updated?.ToIso(),
            html.Outlet,
            html.Authors,
            html.Agencies,
            html.Dateline?.Place,
            html.Dateline?.Date,
            warnings);
    }
}
