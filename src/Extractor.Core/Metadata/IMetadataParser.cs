using Extractor.Core.Cleaning;
using Extractor.Core.Model;

namespace Extractor.Core.Metadata;

/// <summary>The metadata stage: reads dates, outlet, authors, agencies and dateline.</summary>
public interface IMetadataParser
{
    PageMetadata Parse(SourcePage page, CleanedPage cleaned);
}
