using System.CommandLine;
using System.CommandLine.Help;
using Extractor.Core.Lexicons;
using Extractor.Core.Input;
using Extractor.Core.Model;
using Extractor.Core.Output;
using Extractor.Core.Pipeline;

namespace Extractor.Cli;

/// <summary>
/// The command line of SPEC §2. Parsing stays here: the parse result is mapped to one
/// <see cref="RunSettings"/>, and every usage error becomes one line and exit status 2.
/// </summary>
internal sealed class ExtractCommand
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Files, directories (walked recursively), or - for standard input. None: standard input.",
    };

    private readonly Option<string[]> _include = new("--include")
    {
        Description = "In directories, read files matching GLOB (relative path; * ? **). Repeatable. Default: *.txt *.text *.htm *.html *.xhtml, each also .gz.",
        HelpName = "GLOB",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "In directories, skip files matching GLOB. Repeatable.",
        HelpName = "GLOB",
    };

    private readonly Option<string> _inputFormat = new("--input-format")
    {
        Description = "Page format: detect it from the content, or force text or html.",
        DefaultValueFactory = _ => "auto",
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "json",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write to FILE (via a temporary file renamed at the end) instead of standard output.",
        HelpName = "FILE",
    };

    private readonly Option<string> _explode = new("--explode")
    {
        Description = "One row per document, interaction or participant (csv, tsv, jsonl).",
        DefaultValueFactory = _ => "none",
    };

    private readonly Option<string?> _events = new("--events")
    {
        Description = "Also write FILE after the run: one row per distinct interaction across the corpus (same parties, compatible medium, dates within a day), in --format.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _noText = new("--no-text") { Description = "Leave the text field out." };

    private readonly Option<string?> _topics = new("--topics")
    {
        Description = "A topic lexicon (JSON) that replaces the built-in one.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _lexicons = new("--lexicons")
    {
        Description = "A folder of lexicon files (as --export-lexicons writes them) that replace the built-in ones of the same name.",
        HelpName = "DIR",
    };

    private readonly Option<string?> _exportLexicons = new("--export-lexicons")
    {
        Description = "Write the built-in lexicon files into DIR and exit.",
        HelpName = "DIR",
    };

    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "Pages processed in parallel; output order is input order whatever N is.",
        HelpName = "N",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<string> _progress = new("--progress")
    {
        Description = "Progress bar on standard error; auto: only when it is a terminal.",
        DefaultValueFactory = _ => "auto",
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "No summary line on standard error." };

    private readonly Option<bool> _schema = new("--schema") { Description = "Print the JSON Schema of a record and exit." };

    private readonly RootCommand _root;

    public ExtractCommand()
    {
        _inputFormat.AcceptOnlyFromAmong("auto", "text", "html");
        _format.AcceptOnlyFromAmong("json", "jsonl", "csv", "tsv");
        _explode.AcceptOnlyFromAmong("none", "interactions", "participants");
        _progress.AcceptOnlyFromAmong("auto", "always", "never");
        _root = new RootCommand("Extract clean article text, metadata and diplomatic interactions from saved news pages (text dumps or HTML).")
        {
            _paths, _include, _exclude, _inputFormat, _format, _output, _events, _explode, _noText, _topics, _lexicons, _jobs, _progress, _quiet, _schema, _exportLexicons,
        };
        var help = _root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!);
        _root.SetAction(Execute);
    }

    /// <summary>Parses <paramref name="args"/> and runs; returns the exit status.</summary>
    public int Invoke(string[] args)
    {
        // No response files: a PATH may start with '@'.
        var parsed = _root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            return UsageError($"{OneLine(parsed.Errors[0].Message)} (see extract --help)");
        }

        return parsed.Invoke();
    }

    // System.CommandLine lists allowed values one per line; the contract is one line.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');

    private static int UsageError(string message)
    {
        Console.Error.WriteLine($"extract: {message}");
        return 2;
    }

    private int Execute(ParseResult result)
    {
        if (result.GetValue(_exportLexicons) is { } export)
        {
            return ExportLexicons(export);
        }

        RunSettings settings;
        try
        {
            if (result.GetValue(_schema))
            {
                Console.Out.Write(RecordSchema.For(LoadLexicons(result)));
                Console.Out.Flush();
                return 0;
            }

            settings = Bind(result);
        }
        catch (UsageException e)
        {
            return UsageError(e.Message);
        }

        return new ExtractRun(settings).Execute();
    }

    private RunSettings Bind(ParseResult result)
    {
        var paths = result.GetValue(_paths) ?? [];
        foreach (var path in paths)
        {
            // System.CommandLine hands unknown options to PATH; a real file of that name still wins.
            if (path.Length > 1 && path[0] == '-' && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"unknown option '{path}' (see extract --help)");
            }
        }

        if (paths.Length == 0)
        {
            if (!Console.IsInputRedirected)
            {
                throw new UsageException("no PATH given and standard input is a terminal (see extract --help)");
            }

            paths = ["-"];
        }

        var missing = CorpusEnumerator.FindMissing(paths);
        if (missing is not null)
        {
            throw new UsageException($"{missing}: no such file or directory");
        }

        var format = Enum.Parse<OutputFormat>(result.GetValue(_format)!, ignoreCase: true);
        var explode = Enum.Parse<ExplodeMode>(result.GetValue(_explode)!, ignoreCase: true);
        if (explode != ExplodeMode.None && !RecordWriters.CanExplode(format))
        {
            throw new UsageException("--explode needs --format csv, tsv or jsonl (json keeps interactions nested)");
        }

        var jobs = result.GetValue(_jobs);
        if (jobs < 1)
        {
            throw new UsageException($"--jobs must be at least 1, not {jobs}");
        }

        var progress = Enum.Parse<ProgressMode>(result.GetValue(_progress)!, ignoreCase: true);
        return new RunSettings
        {
            Paths = paths,
            Include = result.GetValue(_include) ?? [],
            Exclude = result.GetValue(_exclude) ?? [],
            Format = format,
            Explode = explode,
            OutputPath = CheckOutput(result.GetValue(_output)),
            EventsPath = CheckOutput(result.GetValue(_events), "--events"),
            ShowProgress = progress == ProgressMode.Always || (progress == ProgressMode.Auto && !Console.IsErrorRedirected),
            Quiet = result.GetValue(_quiet),
            Pipeline = new ExtractorOptions
            {
                InputFormat = result.GetValue(_inputFormat) switch { "text" => InputFormat.Text, "html" => InputFormat.Html, _ => null },
                IncludeText = !result.GetValue(_noText),
                Lexicons = LoadLexicons(result),
                Jobs = jobs,
            },
        };
    }

    private static string? CheckOutput(string? path, string option = "--output")
    {
        if (path is null)
        {
            return null;
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} {path}: is a directory");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        return directory is null || !Directory.Exists(directory)
            ? throw new UsageException($"{option} {path}: directory {directory} does not exist")
            : path;
    }

    /// <summary>The built-in lexicons with the user's files in place of theirs; a file that fails a check is a usage error.</summary>
    private LexiconSet LoadLexicons(ParseResult result)
    {
        var directory = result.GetValue(_lexicons);
        var topics = result.GetValue(_topics);
        if (directory is null && topics is null)
        {
            return LexiconSet.BuiltIn;
        }

        if (topics is not null && !File.Exists(topics))
        {
            throw new UsageException($"--topics {topics}: no such file");
        }

        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UsageException($"--lexicons {directory}: no such directory");
        }

        try
        {
            return LexiconSet.Load(directory, topics);
        }
        catch (LexiconException e) when (topics is not null && e.File == topics)
        {
            throw new UsageException($"--topics {e.Message}");
        }
        catch (LexiconException e)
        {
            throw new UsageException($"--lexicons {e.Message}");
        }
    }

    private static int ExportLexicons(string directory)
    {
        try
        {
            LexiconSet.Export(directory);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UsageError($"--export-lexicons {directory}: {e.Message}");
        }
    }
}
