using Extractor.Core.Model;

namespace Extractor.Core.Cleaning;

/// <summary>The clean stage: a side-effect-free function from a page to its article body.</summary>
public interface ICleaner
{
    CleanedPage Clean(SourcePage page);
}
