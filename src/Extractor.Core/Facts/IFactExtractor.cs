using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Core.Facts;

/// <summary>The fact stage: the interactions a page reports (SPEC §3, §5, §6).</summary>
public interface IFactExtractor
{
    /// <param name="text">The cleaned body; evidence offsets index into it.</param>
    /// <param name="title">The headline, a fallback source of parties.</param>
    /// <param name="metadata">Dates for resolving relative days.</param>
    IReadOnlyList<Interaction> Extract(string text, string? title, PageMetadata metadata);
}
