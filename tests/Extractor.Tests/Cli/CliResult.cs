using System.Text;

namespace Extractor.Tests.Cli;

/// <summary>What one run of the command gave.</summary>
internal sealed record CliResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stderr\n{Stderr}\n--- stdout (start)\n{Stdout[..Math.Min(Stdout.Length, 2000)]}";
}
