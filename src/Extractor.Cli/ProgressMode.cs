namespace Extractor.Cli;

/// <summary><c>--progress</c>: when the bar is drawn on standard error.</summary>
internal enum ProgressMode
{
    /// <summary>Only when standard error is a terminal.</summary>
    Auto,
    Always,
    Never,
}
