using System.Diagnostics;
using System.Text;

namespace Extractor.Tests.Cli;

/// <summary>
/// Runs the real built command, <c>dotnet extract.dll</c> from beside the test assembly, so the
/// tests go through the real argument parsing, standard streams and exit status.
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static string ExtractDll { get; } = Path.Combine(AppContext.BaseDirectory, "extract.dll");

    /// <param name="args">The arguments after <c>extract</c>.</param>
    /// <param name="workingDirectory">Defaults to the test assembly's folder (which holds <c>samples/</c>).</param>
    /// <param name="stdin">Bytes for standard input; standard input is always redirected (empty when null).</param>
    public static CliResult Run(IEnumerable<string> args, string? workingDirectory = null, byte[]? stdin = null)
    {
        var start = StartInfo(args, workingDirectory);
        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.BaseStream.Write(stdin);
            }
        }
        catch (IOException)
        {
            // The command may exit (a usage error) before reading its input.
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"extract {string.Join(' ', start.ArgumentList.Skip(1))} did not finish in {Timeout.TotalSeconds} s (a hang)");
        }

        copyOut.GetAwaiter().GetResult();
        return new CliResult(process.ExitCode, stdout.ToArray(), readErr.GetAwaiter().GetResult());
    }

    /// <summary>The command line <c>dotnet extract.dll ARGS</c>, every standard stream redirected.</summary>
    private static ProcessStartInfo StartInfo(IEnumerable<string> args, string? workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ExtractDll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    public static CliResult Run(params string[] args) => Run(args, null, null);

    /// <summary>
    /// Runs the command, reads <paramref name="bytesToRead"/> bytes of its standard output and then
    /// closes the pipe, as <c>extract ... | head -c N</c> does. Returns the bytes read before.
    /// </summary>
    public static CliResult RunClosingStandardOutput(int bytesToRead, params string[] args)
    {
        var start = StartInfo(args, null);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var readErr = process.StandardError.ReadToEndAsync();
        var head = new byte[bytesToRead];
        var read = 0;
        var stdout = process.StandardOutput.BaseStream;
        while (read < bytesToRead)
        {
            var n = stdout.Read(head, read, bytesToRead - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        stdout.Dispose();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the command did not finish after its standard output was closed (a hang)");
        }

        return new CliResult(process.ExitCode, head[..read], readErr.GetAwaiter().GetResult());
    }
}
