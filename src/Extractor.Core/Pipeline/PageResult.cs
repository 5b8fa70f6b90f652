using Extractor.Core.Model;

namespace Extractor.Core.Pipeline;

/// <summary>The outcome for one page: a record, or the reason it could not be processed.</summary>
public sealed record PageResult(string Source, Record? Record, string? Error)
{
    public bool Succeeded => Record is not null;
}
