using Extractor.Core.Cleaning;
using Extractor.Core.Metadata.Dates;
using Extractor.Core.Metadata.Text;
using Extractor.Core.Model;

namespace Extractor.Core.Metadata;

/// <summary>
/// The metadata stage (SPEC §3): dates, outlet, authors, agencies and dateline, from what the
/// page prints. Each part lives in its own folder; this class only puts them in order.
/// </summary>
public sealed class MetadataParser : IMetadataParser
{
    public PageMetadata Parse(SourcePage page, CleanedPage cleaned)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(cleaned);
        var warnings = new List<string>();
        var layout = TextLayout.From(page.Content, cleaned);
        var dates = TextDates.Find(layout);
        if (dates.Published is null)
        {
            warnings.Add("no publication date found");
        }

        return PageMetadata.Empty with
        {
            Published = dates.Published?.ToIso(),
            Updated = dates.Updated?.ToIso(),
            Warnings = warnings,
        };
    }
}
