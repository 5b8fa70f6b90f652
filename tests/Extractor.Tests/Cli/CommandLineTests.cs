using System.Text;
using System.Text.Json;

namespace Extractor.Tests.Cli;

/// <summary>End-to-end: the real command, its exit status, standard output and standard error (SPEC §2).</summary>
public sealed class CommandLineTests
{
    private static readonly string Seeds = TempCorpus.SeedsDirectory;

    [Test]
    public void Seeds_give_four_records_exit_0_and_the_summary_line()
    {
        var result = CliRunner.Run(Seeds);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetArrayLength(), Is.EqualTo(4));
            Assert.That(result.StderrLines, Has.Length.EqualTo(1));
            Assert.That(result.StderrLines[0], Does.Match(@"^extract: 4 pages, 4 records, 0 failed, \d+\.\d\d s$"));
        });
    }

    [Test]
    public void Quiet_writes_nothing_on_standard_error()
    {
        var result = CliRunner.Run(Seeds, "-q");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stderr, Is.Empty);
        });
    }

    [TestCase("--bogus", "unknown option '--bogus'")]
    [TestCase("--format=xml", "xml")]
    [TestCase("--jobs=0", "--jobs must be at least 1")]
    [TestCase("--jobs=x", "--jobs")]
    [TestCase("--explode=interactions", "--explode needs")]
    [TestCase("--progress=sometimes", "sometimes")]
    [TestCase("--input-format=pdf", "pdf")]
    public void Bad_options_are_usage_errors_with_one_line_and_nothing_on_stdout(string option, string named)
    {
        var result = CliRunner.Run(Seeds, option);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.StdoutBytes, Is.Empty);
            Assert.That(result.StderrLines, Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.StartWith("extract: ").And.Contain(named));
        });
    }

    [Test]
    public void A_path_that_does_not_exist_is_a_usage_error_naming_it()
    {
        var result = CliRunner.Run(Seeds, "no/such/dir");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.StdoutBytes, Is.Empty);
            Assert.That(result.Stderr, Is.EqualTo("extract: no/such/dir: no such file or directory\n"));
        });
    }

    [TestCase("{ not json", "not valid JSON")]
    [TestCase("{\"topics\": [{\"label\": \"x\"}]}", "no \"terms\"")]
    [TestCase("[]", "expected a JSON object")]
    public void A_bad_topics_file_is_a_usage_error(string content, string named)
    {
        using var corpus = new TempCorpus();
        var topics = corpus.Write("topics.json", content);
        var result = CliRunner.Run(Seeds, "--topics", topics);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.StdoutBytes, Is.Empty);
            Assert.That(result.StderrLines, Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.StartWith($"extract: --topics {topics}: ").And.Contain(named));
        });
    }

    [Test]
    public void A_missing_topics_file_is_a_usage_error()
    {
        var result = CliRunner.Run(Seeds, "--topics", "nowhere.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Is.EqualTo("extract: --topics nowhere.json: no such file\n"));
        });
    }

    [Test]
    public void A_good_topics_file_is_accepted()
    {
        using var corpus = new TempCorpus();
        var topics = corpus.Write("topics.json", """{ "topics": [ { "label": "nuclear", "terms": ["nuclear", "denucleari*"] } ] }""");
        var result = CliRunner.Run(Seeds, "--topics", topics, "-q");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
    }

    [Test]
    public void Help_lists_every_option_and_examples()
    {
        var result = CliRunner.Run("--help");
        Assert.That(result.ExitCode, Is.EqualTo(0));
        foreach (var option in new[] { "--include", "--exclude", "--input-format", "--format", "--output", "--explode", "--no-text", "--topics", "--jobs", "--progress", "--quiet", "--schema", "--version", "Examples:" })
        {
            Assert.That(result.Stdout, Does.Contain(option));
        }
    }

    [Test]
    public void Version_prints_the_version()
    {
        var result = CliRunner.Run("--version");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));
        });
    }

    [Test]
    public void Schema_prints_a_json_schema_and_exits_0()
    {
        var result = CliRunner.Run("--schema");
        Assert.That(result.ExitCode, Is.EqualTo(0));
        using var schema = JsonDocument.Parse(result.Stdout);
        Assert.That(schema.RootElement.GetProperty("$schema").GetString(), Does.Contain("json-schema.org"));
    }

    [Test]
    public void Dash_reads_one_page_from_standard_input_with_id_stdin()
    {
        var page = File.ReadAllBytes(Directory.GetFiles(Seeds).Order(StringComparer.Ordinal).First());
        var result = CliRunner.Run(["-", "-f", "jsonl"], stdin: page);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        using var record = JsonDocument.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(record.RootElement.GetProperty("id").GetString(), Is.EqualTo("stdin"));
            Assert.That(record.RootElement.GetProperty("source").GetString(), Is.EqualTo("-"));
            Assert.That(record.RootElement.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(page))));
        });
    }

    [Test]
    public void No_path_with_redirected_standard_input_reads_it()
    {
        var result = CliRunner.Run(["-f", "jsonl", "-q"], stdin: Encoding.UTF8.GetBytes("Officials met in Seoul on Monday to discuss the economy and trade.\n"));
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        Assert.That(result.Stdout, Does.Contain("\"id\":\"stdin\""));
    }

    [Test]
    public void No_path_on_a_terminal_is_a_usage_error()
    {
        // script(1) gives the command a pseudo-terminal as standard input.
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Ignore("needs script(1) to provide a terminal");
        }

        var command = $"dotnet '{CliRunner.ExtractDll}' -q; echo \"exit=$?\"";
        var result = CliRunnerShell.Run("/usr/bin/script", "-qec", command, "/dev/null");
        Assert.That(result, Does.Contain("no PATH given and standard input is a terminal").And.Contain("exit=2"));
    }

    [Test]
    public void Files_named_explicitly_are_read_whatever_their_ending_and_ids_are_file_names()
    {
        using var corpus = new TempCorpus();
        var page = corpus.Write("notes/page.dat", "Plain text page about talks.\n");
        var seed = Directory.GetFiles(Seeds).Order(StringComparer.Ordinal).First();
        var result = CliRunner.Run(page, seed, "-f", "jsonl", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        var ids = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.That(ids, Is.EqualTo(new[] { "page.dat", Path.GetFileNameWithoutExtension(seed) }));
    }

    [Test]
    public void Directories_are_walked_recursively_in_ordinal_order_with_default_endings()
    {
        using var corpus = new TempCorpus();
        corpus.Write("b.txt", "b");
        corpus.Write("B/z.html", "<html><body><p>z</p></body></html>");
        corpus.Write("a/c.text", "c");
        corpus.WriteGzip("a/d.htm.gz", "<html><body><p>d</p></body></html>");
        corpus.Write("a/e.xhtml", "<html><body><p>e</p></body></html>");
        corpus.Write("a/skip.json", "{}");
        corpus.Write("a/skip.md", "# no");
        var result = CliRunner.Run(corpus.Root, "-f", "jsonl", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        Assert.That(Ids(result), Is.EqualTo(new[] { "B/z", "a/c", "a/d", "a/e", "b" }));
    }

    [Test]
    public void Include_and_exclude_change_the_files_read_in_directories()
    {
        using var corpus = new TempCorpus();
        corpus.Write("keep/one.txt", "1");
        corpus.Write("keep/two.md", "2");
        corpus.Write("drafts/three.txt", "3");
        // Each --include takes one GLOB: the PATH after it stays a PATH.
        var result = CliRunner.Run("--include", "*.txt", corpus.Root, "--include", "*.md", "--exclude", "drafts/**", "-f", "jsonl", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        Assert.That(Ids(result), Is.EqualTo(new[] { "keep/one", "keep/two.md" }));
    }

    [Test]
    public void Input_format_forces_the_format()
    {
        using var corpus = new TempCorpus();
        var page = corpus.Write("p.html", "<html><body><p>Hello there.</p></body></html>");
        var forced = CliRunner.Run(page, "--input-format", "text", "-f", "jsonl", "-q");
        var detected = CliRunner.Run(page, "-f", "jsonl", "-q");
        Assert.Multiple(() =>
        {
            Assert.That(forced.Stdout, Does.Contain("\"input_format\":\"text\""));
            Assert.That(detected.Stdout, Does.Contain("\"input_format\":\"html\""));
        });
    }

    [Test]
    public void Output_file_is_written_whole_and_no_temporary_file_is_left()
    {
        using var corpus = new TempCorpus();
        var target = corpus.Path("out/records.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "old");
        var result = CliRunner.Run(Seeds, "-o", target, "-q");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
            Assert.That(result.StdoutBytes, Is.Empty);
            Assert.That(JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetArrayLength(), Is.EqualTo(4));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(target)!), Is.EqualTo(new[] { target }));
        });
    }

    [Test]
    public void Output_file_after_a_usage_error_is_untouched()
    {
        using var corpus = new TempCorpus();
        var target = corpus.Write("records.json", "old");
        var result = CliRunner.Run(Seeds, "missing-path", "-o", target);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(File.ReadAllText(target), Is.EqualTo("old"));
            Assert.That(Directory.GetFiles(corpus.Root), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void Output_into_a_missing_directory_is_a_usage_error()
    {
        var result = CliRunner.Run(Seeds, "-o", "/no/such/dir/out.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.StartWith("extract: --output /no/such/dir/out.json: directory"));
        });
    }

    [Test]
    public void No_text_leaves_the_text_field_out()
    {
        var result = CliRunner.Run(Seeds, "--no-text", "-q");
        using var json = JsonDocument.Parse(result.Stdout);
        foreach (var record in json.RootElement.EnumerateArray())
        {
            Assert.That(record.TryGetProperty("text", out _), Is.False);
        }
    }

    [Test]
    public void Progress_always_draws_a_bar_on_standard_error_and_clears_it()
    {
        var result = CliRunner.Run(Seeds, "--progress", "always", "-j", "1");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stderr, Does.Contain("4/4 pages").And.Contain("pages/s").And.Contain("left"));
            Assert.That(result.Stderr.Split('\r')[^1], Does.Match(@"^ *extract: 4 pages, 4 records, 0 failed, \d+\.\d\d s\n$"));
        });
    }

    [Test]
    public void Progress_auto_draws_nothing_when_standard_error_is_not_a_terminal()
    {
        var result = CliRunner.Run(Seeds);
        Assert.That(result.Stderr, Does.Not.Contain("\r"));
    }

    [Test]
    public void Paths_starting_with_at_are_paths_not_response_files()
    {
        using var corpus = new TempCorpus();
        corpus.Write("@page.txt", "A page whose name starts with an at sign.");
        var result = CliRunner.Run(["@page.txt", "-f", "jsonl", "-q"], workingDirectory: corpus.Root);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
        Assert.That(Ids(result), Is.EqualTo(new[] { "@page" }));
    }

    internal static string?[] Ids(CliResult result) =>
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())
            .ToArray();
}
