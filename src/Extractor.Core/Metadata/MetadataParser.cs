using Extractor.Core.Cleaning;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Outlets;
using Extractor.Core.Metadata.Text;
using Extractor.Core.Model;

namespace Extractor.Core.Metadata;

/// <summary>
/// The metadata stage (SPEC §3): dates, outlet, authors, agencies and dateline, from what the
/// page prints. Each part lives in its own folder; this class only puts them in order.
/// </summary>
public sealed class MetadataParser : IMetadataParser
{
    private readonly AgencyList _agencies = AgencyList.BuiltIn;
    private readonly OutletList _outlets = OutletList.BuiltIn;

    public PageMetadata Parse(SourcePage page, CleanedPage cleaned)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(cleaned);
        var warnings = new List<string>();
        var layout = TextLayout.From(page.Content, cleaned);
        var text = TextMetadataReader.Read(layout, cleaned, _agencies, _outlets);
        if (text.Published is null)
        {
            warnings.Add("no publication date found");
        }

        return new PageMetadata(
            text.Published?.ToIso(),
            text.Updated?.ToIso(),
            text.Outlet,
            text.Authors,
            text.Agencies,
            text.Dateline?.Place,
            text.Dateline?.Date,
            warnings);
    }
}
