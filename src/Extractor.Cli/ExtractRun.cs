using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Extractor.Core.Input;
using Extractor.Core.Output;
using Extractor.Core.Pipeline;

namespace Extractor.Cli;

/// <summary>
/// One run: pages in input order through the pipeline to the writer, an error line per failed page,
/// the progress bar and the summary line. Returns 0 when every page gave a record, else 1.
/// </summary>
internal sealed class ExtractRun(RunSettings settings)
{
    private readonly TextWriter _error = Console.Error;

    public int Execute()
    {
        var clock = Stopwatch.StartNew();
        AtomicOutputFile? file;
        try
        {
            file = settings.OutputPath is null ? null : new AtomicOutputFile(settings.OutputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder exists (checked with the options) but takes no new file: read-only,
            // /proc or /sys, no permission. A usage error like a missing folder.
            var folder = Path.GetDirectoryName(Path.GetFullPath(settings.OutputPath!));
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "it takes no new files" : IoErrorText.Reason(e);
            _error.WriteLine($"extract: --output {settings.OutputPath}: cannot create a file in {folder}: {reason}");
            return 2;
        }

        using var output = file;
        IEnumerable<PageInput> inputs = new CorpusEnumerator(settings.Include, settings.Exclude, settings.OutputPath).Enumerate(settings.Paths);
        ProgressBar? bar = null;
        if (settings.ShowProgress)
        {
            // The bar needs the total; the file list is small next to the pages themselves.
            var list = inputs.ToList();
            inputs = list;
            bar = new ProgressBar(_error, list.Count);
            bar.Update(0, force: true);
        }

        using var onInterrupt = file is null ? null : PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => file.Abandon());
        using var onTerminate = file is null ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => file.Abandon());
        using var stdout = file is null ? StandardOutput.Open() : null;
        using var stdin = settings.Paths.Contains("-") ? Console.OpenStandardInput() : null;
        var runner = new CorpusRunner(new ExtractionPipeline(settings.Pipeline), settings.Pipeline.Jobs);
        int pages = 0, records = 0;
        try
        {
            using (var writer = RecordWriters.Create(file?.Stream ?? stdout!, settings.Format, settings.Explode, settings.Pipeline.IncludeText))
            {
                foreach (var page in runner.Run(inputs, stdin))
                {
                    pages++;
                    if (page.Record is not null)
                    {
                        records++;
                        writer.Write(page.Record);
                    }
                    else
                    {
                        bar?.Clear();
                        _error.WriteLine($"extract: {page.Source}: {page.Error}");
                    }

                    bar?.Update(pages);
                }

                writer.Complete();
            }

            file?.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The output went away (a closed pipe, a full disk): nothing more can be written, and
            // the temporary output file is deleted as `file` is disposed.
            bar?.Clear();
            _error.WriteLine($"extract: {settings.OutputPath ?? "standard output"}: {IoErrorText.Reason(e)}");
            return 1;
        }

        if (bar is not null)
        {
            bar.Update(pages, force: true);
            bar.Clear();
        }

        if (!settings.Quiet)
        {
            _error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"extract: {Count(pages, "page")}, {Count(records, "record")}, {pages - records} failed, {clock.Elapsed.TotalSeconds:0.00} s"));
        }

        return records == pages ? 0 : 1;
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
