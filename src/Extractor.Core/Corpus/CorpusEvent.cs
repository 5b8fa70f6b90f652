using Extractor.Core.Model;

namespace Extractor.Core.Corpus;

/// <summary>One distinct interaction across the corpus, with the reports of it (README, "Events").</summary>
public sealed record CorpusEvent(
    string EventId,
    string? Date,
    string Medium,
    string Cameo,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    int Reports,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<string> RecordIds,
    string? FirstPublished);
