using System.Diagnostics;

namespace Extractor.Tests.Cli;

/// <summary>Runs a helper program (such as script(1)) and returns everything it printed.</summary>
internal static class CliRunnerShell
{
    public static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish");
        }

        return output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
    }
}
