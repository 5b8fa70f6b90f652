using System.Text.Json;
using Extractor.Core.Lexicons;
using Extractor.Core.Output;
using Extractor.Core.Pipeline;
using Extractor.Tests.Cli;

namespace Extractor.Tests.Lexicons;

/// <summary>The lexicon set: the built-in files, exported and read back, and the checks a user's file must pass.</summary>
public sealed class LexiconSetTests
{
    [Test]
    public void Every_built_in_file_has_an_about_and_camel_case_keys()
    {
        using var dir = new TempCorpus();
        LexiconSet.Export(dir.Root);
        foreach (var path in LexiconSet.Files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(dir.Path(path)));
            Assert.That(json.RootElement.TryGetProperty("about", out var about) && about.GetString()!.Length > 20, Is.True, path);
            foreach (var key in Keys(json.RootElement).Where(k => !path.EndsWith("timezones.json", StringComparison.Ordinal) && !path.EndsWith("stopwords.json", StringComparison.Ordinal)))
            {
                Assert.That(key, Does.Match("^[a-z][a-zA-Z0-9]*$"), $"{path}: key {key}");
            }
        }
    }

    [Test]
    public void Exported_files_read_back_give_the_same_records_on_the_samples()
    {
        using var dir = new TempCorpus();
        LexiconSet.Export(dir.Root);
        var loaded = LexiconSet.Load(dir.Root);
        Assert.That(Records(loaded), Is.EqualTo(Records(LexiconSet.BuiltIn)));
        Assert.That(RecordSchema.For(loaded), Is.EqualTo(RecordSchema.Text));
    }

    // The load checks a user's cue patterns; the built-in ones are checked here, not at every start.
    [Test]
    public void Every_built_in_cue_pattern_is_a_regular_expression() =>
        Assert.DoesNotThrow(() => LexiconChecks.CheckPatterns(LexiconSet.BuiltIn.CuesData, "built-in " + LexiconSet.CuesPath));

    [Test]
    public void Export_refuses_to_overwrite_a_file()
    {
        using var dir = new TempCorpus();
        LexiconSet.Export(dir.Root);
        Assert.Throws<IOException>(() => LexiconSet.Export(dir.Root));
    }

    [Test]
    public void A_file_may_stand_by_its_name_alone_when_the_name_is_unique()
    {
        using var dir = new TempCorpus();
        dir.Write("topics.json", """{ "topics": [ { "label": "food", "terms": ["grain*"] } ] }""");
        Assert.That(LexiconSet.Load(dir.Root).Topics.Labels, Is.EqualTo(new[] { "food" }));
    }

    // Files are parsed from their bytes, which System.Text.Json refuses with a byte order mark; an editor may write one.
    [Test]
    public void A_file_may_start_with_a_byte_order_mark()
    {
        using var dir = new TempCorpus();
        dir.Write("topics.json", [.. System.Text.Encoding.UTF8.Preamble, .. """{ "topics": [ { "label": "food", "terms": ["grain*"] } ] }"""u8]);
        Assert.That(LexiconSet.Load(dir.Root).Topics.Labels, Is.EqualTo(new[] { "food" }));
    }

    [Test]
    public void A_file_that_names_no_lexicon_is_refused()
    {
        using var dir = new TempCorpus();
        dir.Write("boilerplate.json", "{}");
        var e = Assert.Throws<LexiconException>(() => LexiconSet.Load(dir.Root))!;
        Assert.That(e.Message, Does.Contain("names no lexicon file"));
    }

    [Test]
    public void The_schema_enum_is_the_media_list_in_the_documented_order()
    {
        using var json = JsonDocument.Parse(RecordSchema.Text);
        var media = json.RootElement.GetProperty("$defs").EnumerateObject()
            .Select(d => d.Value.TryGetProperty("properties", out var p) && p.TryGetProperty("medium", out var m) ? m : default)
            .Single(m => m.ValueKind == JsonValueKind.Object)
            .GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToArray();
        // SPEC §3's order, whatever order the media win in (cues.json's).
        Assert.That(media, Is.EqualTo(new[] { "phone", "video", "in-person", "written", "unspecified" }));
        Assert.That(LexiconSet.BuiltIn.Media, Is.EquivalentTo(media));
    }

    [Test]
    public void A_medium_the_lexicons_add_follows_the_documented_ones_and_one_they_drop_is_left_out()
    {
        string[] documented = ["phone", "video", "in-person", "written", "unspecified"];
        Assert.That(RecordSchema.Ordered(documented, ["semaphore", "video", "phone", "in-person", "unspecified"]),
            Is.EqualTo(new[] { "phone", "video", "in-person", "unspecified", "semaphore" }));
    }

    // Each kind of cross-reference broken in a copy of a built-in file: the load fails naming the file, the entry and the fault.
    [TestCase("Facts/cues.json", "\"medium\": \"written\"", "\"medium\": \"telepathy\"", "cues[10]", "medium \"telepathy\" is not in media")]
    [TestCase("Facts/cues.json", "\"in-person\", \"written\", \"unspecified\"]", "\"in-person\", \"written\"]", "media", "\"unspecified\" must be listed")]
    [TestCase("Facts/cues.json", "\"needs\": [\"video\"]", "\"needs\": [\"audio\"]", "cues[0]", "needs word \"audio\" is not in the pattern")]
    [TestCase("Facts/cues.json", "\"needs\": [\"virtual\", \"online\", \"video\"]", "\"needs\": [\"virtual\", \"video\"]", "cues[3]", "holds none of the needed words")]
    [TestCase("Facts/cues.json", "\"needs\": [\"phone\"], \"medium\": \"phone\", \"kind\": \"noun\" }", "\"needs\": [\"Phone\"], \"medium\": \"phone\", \"kind\": \"noun\" }", "cues[7]", "not one lower-case word")]
    [TestCase("Facts/cues.json", "\"kind\": \"verb\"", "\"kind\": \"adverb\"", "cues[3]", "neither verb nor noun")]
    [TestCase("Facts/cues.json", "\"pattern\": \"videoconferenc\\\\w*\"", "\"pattern\": \"videoconferenc(\\\\w*\"", "cues[1]", "not a valid .NET regular expression")]
    [TestCase("Facts/organizations.json", "\"country\": \"KOR\"", "\"country\": \"XYZ\"", "\"Unification Ministry\"", "country \"XYZ\" is no code of countries.json")]
    [TestCase("Cleaning/Html/boilerplate.json", "\"removedTags\": [\n    \"script\",", "\"removedTags\": [", "strippedTags \"script\"", "not in removedTags")]
    [TestCase("Facts/cues.json", "\"planAfter\"", "\"plan_after\"", "plan_after", "unknown key \"plan_after\"")]
    [TestCase("Facts/event-codes.json", "\"medium\": \"video\"", "\"medium\": \"telepathy\"", "mediumCodes[1] (\"telepathy\")", "medium \"telepathy\" is not in cues.json's media")]
    [TestCase("Facts/event-codes.json", "\"medium\": \"video\"", "\"medium\": \"in-person\"", "mediumCodes[1]", "coded from its evidence")]
    [TestCase("Facts/event-codes.json", "\"cameo\": \"041\"", "\"cameo\": \"141\"", "mediumCodes[0] (\"phone\")", "cameo \"141\" is not one of 040, 041")]
    [TestCase("Facts/event-codes.json", "\"mode\": \"phone\"", "\"mode\": \"telephone\"", "mediumCodes[0]", "mode \"telephone\" is not one of")]
    [TestCase("Facts/event-codes.json", "\"placeBefore\": [\"in\", \"at\"]", "\"placeBefore\": []", "placeBefore", "lists no phrase")]
    [TestCase("Cleaning/Text/boilerplate.json", "\"relativeTimeAfter\": [\"ago\", \"fa\", \"geleden\", \"temu\", \"назад\", \"sedan\", \"siden\", \"sitten\", \"önce\"],\n  \"relativeTimeBefore\": [\"vor\", \"il y a\", \"hace\", \"há\", \"před\", \"acum\", \"πριν από\", \"πριν\"]", "\"relativeTimeAfter\": [],\n  \"relativeTimeBefore\": []", "relativeTimeAfter", "lists a marker")]
    [TestCase("Metadata/outlets.json", "\"name\": \"The Korea Herald\",", "", "outlets[0]", "no \"name\"")]
    [TestCase("Metadata/agencies.json", "\"name\": \"AP\",", "\"name\": 7,", "agencies[1].name", "wrong kind")]
    [TestCase("Metadata/agencies.json", "\"Yonhap News Agency\",", "null,", "agencies[0].aliases[1]", "null in a list")]
    [TestCase("Metadata/agencies.json", "\"sources:\"", "\"sour:ces\"", "credits.tailOpeners \"sour:ces\"", "only at the end")]
    [TestCase("Metadata/agencies.json", "\"via\"\n    ]", "\"vi(a\"\n    ]", "credits.joinWords \"vi(a\"", "not words of letters")]
    [TestCase("Metadata/agencies.json", "\"labelFollowers\": [\n      \"by\"\n    ]", "\"labelFollowers\": []", "credits.labelFollowers", "lists no word")]
    [TestCase("Metadata/bylines.json", "\"nameParticles\": [\"de\",", "\"nameParticles\": [\"De\",", "nameParticles \"De\"", "not lower case")]
    [TestCase("Metadata/bylines.json", "\"after\": [\"ago\"]", "\"after\": []", "relativeTime", "given together")]
    public void A_broken_cross_reference_names_the_file_the_entry_and_the_fault(string path, string find, string replace, string entry, string fault)
    {
        using var dir = new TempCorpus();
        var file = Break(dir, path, find, replace);
        var e = Assert.Throws<LexiconException>(() => LexiconSet.Load(dir.Root))!;
        Assert.Multiple(() =>
        {
            Assert.That(e.Message, Does.StartWith(file + ": "));
            Assert.That(e.Message, Does.Contain(entry));
            Assert.That(e.Message, Does.Contain(fault));
            Assert.That(e.Message, Does.Not.Contain("\n"));
        });
    }

    [TestCase("Facts/countries.json", "\"names\": [\"Republic of Korea\"", "\"names\": [\"Japan\", \"Republic of Korea\"", "\"Japan\" is given for")]
    [TestCase("Metadata/outlets.json", "\"pattern\": \"", "\"pattern\": \"\\\\s", "could match across lines")]
    [TestCase("Metadata/outlets.json", "\"access to all of {name}\"", "\"access to all of it\"", "must hold {name} once")]
    [TestCase("Metadata/outlets.json", "\"pattern\": \"", "\"pattern\": \"(", "Invalid pattern")]
    [TestCase("Facts/topics.json", "\"label\": \"missiles\"", "\"label\": \"nuclear\"", "topic label \"nuclear\" is given twice")]
    public void A_fault_found_while_building_names_the_file(string path, string find, string replace, string fault)
    {
        using var dir = new TempCorpus();
        var file = Break(dir, path, find, replace);
        var e = Assert.Throws<LexiconException>(() => LexiconSet.Load(dir.Root))!;
        Assert.That(e.Message, Does.StartWith(file + ": ").And.Contain(fault));
    }

    /// <summary>Exports the built-in files and replaces the first <paramref name="find"/> in one; the others are removed, so only it is the user's.</summary>
    internal static string Break(TempCorpus dir, string path, string find, string replace)
    {
        LexiconSet.Export(dir.Root);
        foreach (var other in LexiconSet.Files.Where(f => f != path))
        {
            File.Delete(dir.Path(other));
        }

        var file = dir.Path(path);
        var text = File.ReadAllText(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"{path} holds no {find}");
        File.WriteAllText(file, text[..at] + replace + text[(at + find.Length)..]);
        return file;
    }

    private static IEnumerable<string> Keys(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Keys(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Keys),
        _ => [],
    };

    private static string[] Records(LexiconSet lexicons)
    {
        var pipeline = new ExtractionPipeline(new ExtractorOptions { Lexicons = lexicons });
        return Directory.EnumerateFiles(TempCorpus.SeedsDirectory).Order(StringComparer.Ordinal)
            .Select(path => JsonSerializer.Serialize(pipeline.Run(new Extractor.Core.Input.PageInput(Path.GetFileName(path), path, path)).Record!, RecordJsonContext.Default.Record))
            .ToArray();
    }
}
