using Extractor.Core.Model;

namespace Extractor.Core.Pipeline;

/// <summary>The outcome for one page: a record, or the reason it could not be processed.</summary>
public sealed record PageResult(string Source, Record? Record, string? Error)
{
    /// <summary>The MinHash signature of the page's article text, for the copy index; null when too short or failed.</summary>
    public Corpus.TextSignature? Signature { get; init; }

    public bool Succeeded => Record is not null;
}
