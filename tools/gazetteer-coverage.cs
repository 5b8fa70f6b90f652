#:project ../src/Extractor.Core/Extractor.Core.csproj
// Measures how many gold participant titles, countries and organizations the gazetteer finds in the page text.
// Usage: dotnet run tools/gazetteer-coverage.cs -- ../shared [--misses]
using System.Globalization;
using System.Text;
using System.Text.Json;
using Extractor.Core.Facts.Gazetteer;

var shared = args.Length > 0 ? args[0] : "../shared";
var showMisses = args.Contains("--misses");
var dump = args.Contains("--dump"); // every mention found, with counts, to review precision
var seen = new Dictionary<string, int>(StringComparer.Ordinal);
var sets = new (string Gold, string Dir)[] { ("seeds", "seeds"), ("state-dept", "corpus/state-dept"), ("white-house", "corpus/white-house"), ("kremlin", "corpus/kremlin") };
var countries = CountryGazetteer.BuiltIn;
var titles = TitleLexicon.BuiltIn;
var organizations = OrganizationLexicon.BuiltIn;
int nearTotal = 0, nearFound = 0, titleTotal = 0, titleFound = 0, countryTotal = 0, countryFound = 0, orgTotal = 0, orgFound = 0;
var watch = new System.Diagnostics.Stopwatch();
long chars = 0;

static string Fold(string s) => s.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').ToLowerInvariant();

static IEnumerable<string> Values(JsonElement e) => e.ValueKind switch
{
    JsonValueKind.String => [e.GetString()!],
    JsonValueKind.Array => e.EnumerateArray().SelectMany(Values),
    JsonValueKind.Object when e.TryGetProperty("any", out var any) => Values(any),
    _ => [],
};

foreach (var (gold, dir) in sets)
{
    using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "gold", gold + ".json")));
    foreach (var record in doc.RootElement.GetProperty("records").EnumerateObject())
    {
        var path = Path.Combine(shared, dir, record.Name + ".txt");
        if (!File.Exists(path) || !record.Value.TryGetProperty("interactions", out var interactions) || interactions.ValueKind != JsonValueKind.Array)
        {
            continue;
        }

        var text = File.ReadAllText(path);
        chars += text.Length;
        watch.Start();
        var titleMentions = titles.Find(text);
        var foundTitles = titleMentions.SelectMany(t => new[] { Fold(t.Title), Fold(t.Singular) }).ToHashSet();
        var foundCountries = countries.Find(text).Select(c => c.Country.Code).ToHashSet();
        var foundOrgs = organizations.Find(text).Select(o => Fold(o.Name)).ToHashSet();
        watch.Stop();
        if (dump)
        {
            foreach (var key in titles.Find(text).Select(t => "title\t" + t.Title)
                .Concat(countries.Find(text).Select(c => $"country\t{text.Substring(c.Start, c.Length)}\t{c.Country.Code}\t{c.Kind}{(c.Ambiguous ? "?" : "")}"))
                .Concat(organizations.Find(text).Select(o => $"org\t{text.Substring(o.Start, o.Length)}\t{o.Name}\t{o.Country?.Code}")))
            {
                seen[key] = seen.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var interaction in interactions.EnumerateArray())
        {
            if (!interaction.TryGetProperty("participants", out var participants))
            {
                continue;
            }

            foreach (var p in participants.EnumerateArray())
            {
                if (p.TryGetProperty("title", out var title) && Values(title).ToList() is { Count: > 0 } options)
                {
                    titleTotal++;
                    if (options.Any(o => foundTitles.Contains(Fold(o))))
                    {
                        titleFound++;
                    }

                    else if (showMisses)
                    {
                        Console.WriteLine($"title miss {record.Name}: \"{string.Join("|", options)}\" found: {string.Join("; ", foundTitles)}");
                    }

                    // Stricter: the title next to the participant's name (within 40 characters either side).
                    if (p.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String)
                    {
                        nearTotal++;
                        var name = nameElement.GetString()!;
                        var near = false;
                        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && !near; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                        {
                            var nameStart = at;
                            var nameEnd = at + name.Length;
                            near = titleMentions.Any(t => options.Any(o => Fold(o) == Fold(t.Title) || Fold(o) == Fold(t.Singular))
                                && ((t.End <= nameStart && t.End >= nameStart - 40) || (t.Start >= nameEnd && t.Start <= nameEnd + 40)));
                        }

                        if (near)
                        {
                            nearFound++;
                        }
                        else if (showMisses)
                        {
                            Console.WriteLine($"title not next to name {record.Name}: {name} \"{string.Join("|", options)}\"");
                        }
                    }
                }

                if (p.TryGetProperty("country_code", out var code) && Values(code).ToList() is { Count: > 0 } codes)
                {
                    countryTotal++;
                    if (codes.Any(foundCountries.Contains))
                    {
                        countryFound++;
                    }
                    else if (showMisses)
                    {
                        Console.WriteLine($"country miss {record.Name}: {string.Join("|", codes)}");
                    }
                }

                if (p.TryGetProperty("organization", out var org) && Values(org).ToList() is { Count: > 0 } orgs)
                {
                    orgTotal++;
                    if (orgs.Any(o => foundOrgs.Contains(Fold(o))))
                    {
                        orgFound++;
                    }
                    else if (showMisses)
                    {
                        Console.WriteLine($"organization miss {record.Name}: {string.Join("|", orgs)} found: {string.Join("; ", foundOrgs)}");
                    }
                }
            }
        }
    }
}

if (args.Contains("--bench"))
{
    // Warm, then time each lexicon over every page of the sets (one thread), rounds interleaved so that a busy
    // machine slows all alike; the letter count is the yardstick.
    var texts = sets.SelectMany(set => Directory.GetFiles(Path.Combine(shared, set.Dir), "*.txt")).Select(File.ReadAllText).ToList();
    var total = texts.Sum(t => t.Length);
    var runs = new (string Label, Action<string> Run)[]
    {
        ("baseline: count letters", t => GC.KeepAlive(t.Count(char.IsLetter))),
        ("countries", t => countries.Find(t)),
        ("titles", t => titles.Find(t)),
        ("organizations", t => organizations.Find(t)),
    };
    foreach (var run in runs)
    {
        texts.ForEach(run.Run);
    }

    const int rounds = 10;
    var elapsed = new double[runs.Length];
    for (var r = 0; r < rounds; r++)
    {
        for (var k = 0; k < runs.Length; k++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            texts.ForEach(runs[k].Run);
            elapsed[k] += clock.Elapsed.TotalMilliseconds;
        }
    }

    for (var k = 0; k < runs.Length; k++)
    {
        var per5Kb = elapsed[k] / rounds / (total / 5120.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{runs[k].Label}: {per5Kb:F3} ms per 5 KB, {elapsed[k] / elapsed[0]:F1}x the letter count ({texts.Count} pages, {total / 1024} KB)"));
    }
}

foreach (var (key, count) in seen.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"{count}\t{key}");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"titles {titleFound}/{titleTotal} (next to the participant's name {nearFound}/{nearTotal})  countries {countryFound}/{countryTotal}  organizations {orgFound}/{orgTotal}  ({chars / 1024} KB searched in {watch.Elapsed.TotalMilliseconds:F0} ms)"));
