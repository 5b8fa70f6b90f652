#:project ../src/Extractor.Core/Extractor.Core.csproj
// Measures how many gold participant titles, countries and organizations the gazetteer finds in the page text.
// Usage: dotnet run tools/gazetteer-coverage.cs -- ../shared [--misses]
using System.Globalization;
using System.Text;
using System.Text.Json;
using Extractor.Core.Facts.Gazetteer;

var shared = args.Length > 0 ? args[0] : "../shared";
var showMisses = args.Contains("--misses");
var sets = new (string Gold, string Dir)[] { ("seeds", "seeds"), ("state-dept", "corpus/state-dept"), ("white-house", "corpus/white-house"), ("kremlin", "corpus/kremlin") };
var countries = CountryGazetteer.BuiltIn;
var titles = TitleLexicon.BuiltIn;
var organizations = OrganizationLexicon.BuiltIn;
int titleTotal = 0, titleFound = 0, countryTotal = 0, countryFound = 0, orgTotal = 0, orgFound = 0;
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
        var foundTitles = titles.Find(text).SelectMany(t => new[] { Fold(t.Title), Fold(t.Singular) }).ToHashSet();
        var foundCountries = countries.Find(text).Select(c => c.Country.Code).ToHashSet();
        var foundOrgs = organizations.Find(text).Select(o => Fold(o.Name)).ToHashSet();
        watch.Stop();
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

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"titles {titleFound}/{titleTotal}  countries {countryFound}/{countryTotal}  organizations {orgFound}/{orgTotal}  ({chars / 1024} KB searched in {watch.Elapsed.TotalMilliseconds:F0} ms)"));
