using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Core.Cleaning;
using Extractor.Core.Model;

namespace Extractor.Tests.Cleaning.Text;

/// <summary>
/// Golden cases: each Cases/NAME.txt is a small text dump that pins one rule, and
/// Cases/NAME.expected.json what the cleaner makes of it. Set EXTRACT_UPDATE_GOLDEN=1 to rewrite
/// the expected files, then review the diff.
/// </summary>
public sealed class TextCleanerGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly TextCleaner Cleaner = new();

    public static IEnumerable<string> Cases() =>
        Directory.GetFiles(CaseFolder(), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Cases))]
    public void Cleans_as_expected(string name)
    {
        var folder = CaseFolder();
        var content = File.ReadAllText(Path.Combine(folder, name + ".txt"));
        var cleaned = Cleaner.Clean(new SourcePage(name, name + ".txt", "00", InputFormat.Text, content, []));
        var actual = JsonSerializer.Serialize(
            new GoldenRecord(cleaned.Title, cleaned.Paragraphs, cleaned.Captions, cleaned.HeaderLines, cleaned.BoilerplateLines, cleaned.Warnings),
            Json).ReplaceLineEndings("\n") + "\n";
        var expectedPath = Path.Combine(folder, name + ".expected.json");
        if (Environment.GetEnvironmentVariable("EXTRACT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.That(File.Exists(expectedPath), Is.True, $"no expected file for {name}; run with EXTRACT_UPDATE_GOLDEN=1");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(expectedPath).ReplaceLineEndings("\n")));
    }

    // The cases live beside this source file, so the update switch can rewrite them in place.
    private static string CaseFolder([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Cases");

    private sealed record GoldenRecord(
        string? Title,
        IReadOnlyList<string> Paragraphs,
        IReadOnlyList<string> Captions,
        IReadOnlyList<string> HeaderLines,
        IReadOnlyList<string> BoilerplateLines,
        IReadOnlyList<string> Warnings);
}
