using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Extractor.Core.Corpus;
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
        IEnumerable<PageInput> inputs = new CorpusEnumerator(settings.Include, settings.Exclude).Enumerate(settings.Paths);
        ProgressBar? bar = null;
        if (settings.ShowProgress)
        {
            // The bar needs the total; the file list is small next to the pages themselves.
            var list = inputs.ToList();
            inputs = list;
            bar = new ProgressBar(_error, list.Count);
            bar.Update(0, force: true);
        }

        using var file = settings.OutputPath is null ? null : new AtomicOutputFile(settings.OutputPath);
        using var onInterrupt = file is null ? null : PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => file.Abandon());
        using var onTerminate = file is null ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => file.Abandon());
        using var stdout = file is null ? Console.OpenStandardOutput() : null;
        using var stdin = settings.Paths.Contains("-") ? Console.OpenStandardInput() : null;
        var runner = new CorpusRunner(new ExtractionPipeline(settings.Pipeline), settings.Pipeline.Jobs);
        int pages = 0, records = 0;
        var copies = new CopyIndex();
        var events = settings.EventsPath is null ? null : new EventIndex(settings.Pipeline.Lexicons.Topics.Labels);
        try
        {
            using var writer = RecordWriters.Create(file?.Stream ?? stdout!, settings.Format, settings.Explode, settings.Pipeline.IncludeText);
            foreach (var page in runner.Run(inputs, stdin))
            {
                pages++;
                if (page.Record is not null)
                {
                    records++;
                    // Pages arrive in input order, so a copy's first is always an earlier page, whatever -j is.
                    var record = page.Record with { CopyOf = copies.Add(page.Record.Id, page.Signature) };
                    writer.Write(record);
                    events?.Add(record);
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
        catch (IOException e)
        {
            // The output went away (a closed pipe, a full disk): nothing more can be written, and
            // the temporary output file is deleted as `file` is disposed.
            bar?.Clear();
            _error.WriteLine($"extract: {settings.OutputPath ?? "standard output"}: {e.Message}");
            return 1;
        }

        if (events is not null && !WriteEvents(events))
        {
            return 1;
        }

        file?.Commit();
        if (bar is not null)
        {
            bar.Update(pages, force: true);
            bar.Clear();
        }

        if (!settings.Quiet)
        {
            _error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"extract: {pages} pages, {records} records, {pages - records} failed, {clock.Elapsed.TotalSeconds:0.00} s"));
        }

        return records == pages ? 0 : 1;
    }

    // The events file is written whole after the run, through its own temporary file, like -o.
    private bool WriteEvents(EventIndex events)
    {
        try
        {
            using var output = new AtomicOutputFile(settings.EventsPath!);
            EventWriter.Write(output.Stream, settings.Format, events.Events());
            output.Commit();
            return true;
        }
        catch (IOException e)
        {
            _error.WriteLine($"extract: {settings.EventsPath}: {e.Message}");
            return false;
        }
    }
}
