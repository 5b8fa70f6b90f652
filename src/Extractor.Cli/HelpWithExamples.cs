using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Extractor.Cli;

/// <summary>The default help, then examples and the exit statuses.</summary>
internal sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
{
    private const string Epilogue = """
        Examples:
          extract samples/seeds                       all pages of a folder as one JSON array
          extract corpus -f jsonl -j 4 -o out.jsonl   one record per line, 4 pages at a time, to a file
          extract corpus -f csv --no-text --explode interactions > interactions.csv
          extract corpus --include '*.html' --exclude 'drafts/**' -f tsv
          zcat page.html.gz | extract - --input-format html
          extract corpus -f jsonl -o out.jsonl --events events.jsonl
          extract --schema                            the JSON Schema of a record

        Exit status: 0 every page gave a record; 1 some page failed (one line each on standard
        error: extract: PATH: REASON); 2 usage error (nothing on standard output).
        """;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var status = standard.Invoke(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Epilogue);
        return status;
    }
}
