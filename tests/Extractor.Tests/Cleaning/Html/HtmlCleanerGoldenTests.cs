using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Core.Cleaning;
using Extractor.Core.Model;

namespace Extractor.Tests.Cleaning.Html;

/// <summary>
/// Golden cases: each folder under Cases/ holds a small page (page.html) pinning one rule of the
/// HTML cleaner, and what the cleaner must make of it (expected.json: title, paragraphs, captions,
/// header lines). Set EXTRACT_UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.
/// </summary>
public sealed class HtmlCleanerGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string CasesDirectory([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Cases");

    public static IEnumerable<string> CaseNames() =>
        Directory.GetDirectories(CasesDirectory()).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(CaseNames))]
    public void Case(string name)
    {
        var folder = Path.Combine(CasesDirectory(), name);
        var html = File.ReadAllText(Path.Combine(folder, "page.html"));
        var cleaned = new HtmlCleaner().Clean(new SourcePage(name, name + ".html", "00", InputFormat.Html, html, []));
        var actual = new GoldenResult(cleaned.Title, cleaned.Paragraphs, cleaned.Captions, cleaned.HeaderLines);
        var expectedPath = Path.Combine(folder, "expected.json");
        if (Environment.GetEnvironmentVariable("EXTRACT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, JsonSerializer.Serialize(actual, Json) + "\n");
        }

        var expected = JsonSerializer.Deserialize<GoldenResult>(File.ReadAllText(expectedPath))!;
        Assert.Multiple(() =>
        {
            Assert.That(actual.Title, Is.EqualTo(expected.Title), "title");
            Assert.That(actual.Paragraphs, Is.EqualTo(expected.Paragraphs), "paragraphs");
            Assert.That(actual.Captions, Is.EqualTo(expected.Captions), "captions");
            Assert.That(actual.HeaderLines, Is.EqualTo(expected.HeaderLines), "header lines");
        });
    }

    public sealed record GoldenResult(string? Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Captions, IReadOnlyList<string> HeaderLines);
}
