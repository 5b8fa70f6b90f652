using Extractor.Core.Input;
using Extractor.Core.Lexicons;
using Extractor.Core.Model;

namespace Extractor.Core.Pipeline;

/// <summary>Everything the pipeline needs from the command line, in one record.</summary>
public sealed record ExtractorOptions
{
    /// <summary>Forces the input format; null detects it from the content.</summary>
    public InputFormat? InputFormat { get; init; }

    /// <summary>False for <c>--no-text</c>: the record's text field is left out.</summary>
    public bool IncludeText { get; init; } = true;

    /// <summary>The lexicons every stage reads (<c>--lexicons</c>, <c>--topics</c>); built and checked once.</summary>
    public LexiconSet Lexicons { get; init; } = LexiconSet.BuiltIn;

    /// <summary>Pages larger than this, stored or decompressed, are refused with an error line.</summary>
    public long MaxPageBytes { get; init; } = PageReader.DefaultMaxBytes;

    /// <summary>Pages processed at once; output order never depends on it.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}
