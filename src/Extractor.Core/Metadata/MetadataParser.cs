using Extractor.Core.Cleaning;
using Extractor.Core.Model;

namespace Extractor.Core.Metadata;

/// <summary>Placeholder until the metadata stage is built: finds nothing, and says so.</summary>
public sealed class MetadataParser : IMetadataParser
{
    public PageMetadata Parse(SourcePage page, CleanedPage cleaned) =>
        PageMetadata.Empty with { Warnings = ["no publication date found"] };
}
