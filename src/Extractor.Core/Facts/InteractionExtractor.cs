using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Core.Facts;

/// <summary>Placeholder until the fact stage is built: reports no interactions.</summary>
public sealed class InteractionExtractor(TopicLexicon topics) : IFactExtractor
{
    public TopicLexicon Topics { get; } = topics;

    public IReadOnlyList<Interaction> Extract(string text, string? title, PageMetadata metadata) => [];
}
