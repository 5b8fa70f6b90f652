using Extractor.Core.Output;
using Extractor.Core.Pipeline;

namespace Extractor.Cli;

/// <summary>Everything a run needs, mapped once from the parse result; the core sees only <see cref="Pipeline"/>.</summary>
internal sealed record RunSettings
{
    public required IReadOnlyList<string> Paths { get; init; }
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public required ExtractorOptions Pipeline { get; init; }
    public OutputFormat Format { get; init; } = OutputFormat.Json;
    public ExplodeMode Explode { get; init; } = ExplodeMode.None;
    public string? OutputPath { get; init; }

    /// <summary><c>--events FILE</c>: the events across the corpus, written after the run; null for none.</summary>
    public string? EventsPath { get; init; }
    public bool ShowProgress { get; init; }
    public bool Quiet { get; init; }
}
