namespace Extractor.Cli;

/// <summary>A usage error (SPEC §2): one line naming the problem, exit status 2, nothing on standard output.</summary>
internal sealed class UsageException(string message) : Exception(message);
