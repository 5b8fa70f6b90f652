using System.CommandLine;
using System.Diagnostics;
using Extractor.Core.Input;
using Extractor.Core.Model;
using Extractor.Core.Output;
using Extractor.Core.Pipeline;

// First cut of the command line: PATH..., --format json|jsonl, --jobs, --no-text, --input-format, --quiet.
var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "files, directories, or - for standard input" };
var format = new Option<string>("--format", "-f") { Description = "output format", DefaultValueFactory = _ => "json" };
format.AcceptOnlyFromAmong("json", "jsonl");
var jobs = new Option<int>("--jobs", "-j") { Description = "pages processed in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
var noText = new Option<bool>("--no-text") { Description = "leave the text field out" };
var inputFormat = new Option<string>("--input-format") { Description = "auto, text or html", DefaultValueFactory = _ => "auto" };
inputFormat.AcceptOnlyFromAmong("auto", "text", "html");
var quiet = new Option<bool>("--quiet", "-q") { Description = "no summary line on standard error" };
var root = new RootCommand("Extract clean article text, metadata and diplomatic interactions from news pages.")
{
    paths, format, jobs, noText, inputFormat, quiet,
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    Console.Error.WriteLine($"extract: {parsed.Errors[0].Message}");
    return 2;
}

root.SetAction(result =>
{
    var clock = Stopwatch.StartNew();
    var pathList = result.GetValue(paths) ?? [];
    if (pathList.Length == 0)
    {
        pathList = ["-"];
    }

    var missing = CorpusEnumerator.FindMissing(pathList);
    if (missing is not null)
    {
        Console.Error.WriteLine($"extract: {missing}: no such file or directory");
        return 2;
    }

    var options = new ExtractorOptions
    {
        InputFormat = result.GetValue(inputFormat) switch { "text" => InputFormat.Text, "html" => InputFormat.Html, _ => null },
        IncludeText = !result.GetValue(noText),
        Jobs = Math.Max(1, result.GetValue(jobs)),
    };
    var pipeline = new ExtractionPipeline(options);
    var runner = new CorpusRunner(pipeline, options.Jobs);
    using var stdout = Console.OpenStandardOutput();
    using var stdin = Console.OpenStandardInput();
    using var writer = new JsonRecordWriter(stdout, result.GetValue(format) == "jsonl");
    int pages = 0, records = 0;
    foreach (var page in runner.Run(new CorpusEnumerator().Enumerate(pathList), stdin))
    {
        pages++;
        if (page.Record is not null)
        {
            records++;
            writer.Write(page.Record);
        }
        else
        {
            Console.Error.WriteLine($"extract: {page.Source}: {page.Error}");
        }
    }

    writer.Complete();
    if (!result.GetValue(quiet))
    {
        Console.Error.WriteLine(FormattableString.Invariant($"extract: {pages} pages, {records} records, {pages - records} failed, {clock.Elapsed.TotalSeconds:0.00} s"));
    }

    return records == pages ? 0 : 1;
});
return parsed.Invoke();
