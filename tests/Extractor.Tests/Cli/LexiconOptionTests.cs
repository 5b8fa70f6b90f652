using System.Text.Json;
using Extractor.Core.Lexicons;
using Extractor.Tests.Lexicons;

namespace Extractor.Tests.Cli;

/// <summary>--lexicons and --export-lexicons end to end: a user extends the tool's knowledge with files alone.</summary>
public sealed class LexiconOptionTests
{
    private static readonly string Seeds = TempCorpus.SeedsDirectory;

    // A page whose outlet, topic and medium the built-in lexicons do not know.
    private const string Page = """
        The Lexicon Gazette

        Ministers trade semaphore signals over fisheries

        Published : Jan 26, 2022 - 19:47

        SEOUL, Jan. 26 (Yonhap) -- South Korean Foreign Minister Chung Eui-yong exchanged semaphore signals with Japanese Foreign Minister Yoshimasa Hayashi on Wednesday, discussing fisheries quotas and krill stocks in the seas between the two countries.

        The two ministers agreed to keep in close contact on the matter, the ministry in Seoul said in a statement released after the exchange.

        lexicongazette.example
        """;

    [Test]
    public void Exported_lexicons_loaded_back_give_byte_identical_records()
    {
        using var dir = new TempCorpus();
        var export = CliRunner.Run("--export-lexicons", dir.Root);
        Assert.That(export.ExitCode, Is.EqualTo(0), export.ToString);
        Assert.That(LexiconSet.Files.All(f => File.Exists(dir.Path(f))), Is.True);
        var builtIn = CliRunner.Run(Seeds, "-f", "jsonl", "-q");
        var loaded = CliRunner.Run(Seeds, "-f", "jsonl", "-q", "--lexicons", dir.Root);
        Assert.Multiple(() =>
        {
            Assert.That(loaded.ExitCode, Is.EqualTo(0), loaded.ToString);
            Assert.That(loaded.StdoutBytes, Is.EqualTo(builtIn.StdoutBytes));
        });
    }

    [Test]
    public void An_outlet_a_topic_and_a_new_medium_come_from_the_lexicon_folder_alone()
    {
        using var corpus = new TempCorpus();
        var page = corpus.Write("pages/gazette.txt", Page);
        var before = Interactions(CliRunner.Run(page, "-f", "jsonl", "-q"), out var beforeOutlet);
        Assert.Multiple(() =>
        {
            Assert.That(beforeOutlet, Is.Not.EqualTo("The Lexicon Gazette"));
            Assert.That(before.Select(i => i.GetProperty("medium").GetString()), Has.No.Member("semaphore"));
        });

        var lexicons = corpus.Path("lexicons");
        Edit(lexicons, "Facts/cues.json", "\"media\": [", "\"media\": [\"semaphore\", ");
        Edit(lexicons, "Facts/cues.json", "\"cues\": [", "\"cues\": [\n    { \"pattern\": \"semaphore\\\\s+signals?\", \"needs\": [\"semaphore\"], \"medium\": \"semaphore\", \"kind\": \"noun\" },");
        Edit(lexicons, "Facts/event-codes.json", "\"mediumCodes\": [", "\"mediumCodes\": [\n    { \"medium\": \"semaphore\", \"cameo\": \"041\", \"mode\": \"phone\" },");
        Edit(lexicons, "Facts/topics.json", "\"topics\": [", "\"topics\": [\n    { \"label\": \"fisheries\", \"terms\": [\"fisheries\", \"krill\"] },");
        Edit(lexicons, "Metadata/outlets.json", "\"outlets\": [", "\"outlets\": [\n    { \"name\": \"The Lexicon Gazette\", \"aliases\": [\"lexicongazette.example\"] },");

        var result = CliRunner.Run(page, "-f", "jsonl", "-q", "--lexicons", lexicons);
        var after = Interactions(result, out var outlet);
        var schema = CliRunner.Run("--schema", "--lexicons", lexicons);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString);
            Assert.That(outlet, Is.EqualTo("The Lexicon Gazette"));
            Assert.That(after, Has.Length.EqualTo(1));
            Assert.That(after[0].GetProperty("medium").GetString(), Is.EqualTo("semaphore"));
            Assert.That(after[0].GetProperty("cameo").GetString(), Is.EqualTo("041"));
            Assert.That(after[0].GetProperty("topics").EnumerateArray().Select(t => t.GetString()), Has.Member("fisheries"));
            Assert.That(schema.Stdout, Does.Contain("\"enum\": [\"phone\", \"video\", \"in-person\", \"written\", \"unspecified\", \"semaphore\"]"));
        });
    }

    // Each kind of cross-reference broken: a usage error, nothing on standard output, one line naming the file, the entry and the fault.
    [TestCase("Facts/cues.json", "\"medium\": \"written\"", "\"medium\": \"telepathy\"", "cues[10] (", "medium \"telepathy\" is not in media")]
    [TestCase("Facts/cues.json", "\"needs\": [\"video\"]", "\"needs\": [\"audio\"]", "cues[0] (", "needs word \"audio\" is not in the pattern")]
    [TestCase("Facts/organizations.json", "\"country\": \"KOR\"", "\"country\": \"XYZ\"", "\"Unification Ministry\"", "country \"XYZ\" is no code of countries.json")]
    [TestCase("Cleaning/Html/boilerplate.json", "\"removedTags\": [\n    \"script\",", "\"removedTags\": [", "strippedTags \"script\"", "not in removedTags")]
    [TestCase("Facts/event-codes.json", "\"medium\": \"video\"", "\"medium\": \"telepathy\"", "mediumCodes[1] (", "medium \"telepathy\" is not in cues.json's media")]
    public void A_broken_lexicon_is_a_usage_error_on_one_line(string path, string find, string replace, string entry, string fault)
    {
        using var dir = new TempCorpus();
        var file = LexiconSetTests.Break(dir, path, find, replace);
        var result = CliRunner.Run(Seeds, "--lexicons", dir.Root);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString);
            Assert.That(result.StdoutBytes, Is.Empty);
            Assert.That(result.StderrLines, Has.Length.EqualTo(1));
            Assert.That(result.Stderr, Does.StartWith($"extract: --lexicons {file}: {entry}").And.Contain(fault));
        });
    }

    [Test]
    public void A_missing_lexicon_folder_is_a_usage_error()
    {
        var result = CliRunner.Run(Seeds, "--lexicons", "no/such/lexicons");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Is.EqualTo("extract: --lexicons no/such/lexicons: no such directory\n"));
        });
    }

    private static void Edit(string root, string path, string find, string replace)
    {
        var file = Path.Combine(root, path);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var source = typeof(LexiconSet).Assembly.GetManifestResourceStream("Extractor.Core.Resources." + path.Replace('/', '.'))!;
            using var target = File.Create(file);
            source.CopyTo(target);
        }

        var text = File.ReadAllText(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"{path} holds no {find}");
        File.WriteAllText(file, text[..at] + replace + text[(at + find.Length)..]);
    }

    private static JsonElement[] Interactions(CliResult result, out string? outlet)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        outlet = json.RootElement.GetProperty("outlet").GetString();
        return [.. json.RootElement.GetProperty("interactions").EnumerateArray().Select(e => e.Clone())];
    }
}
