using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Tests.Lexicons;

public sealed class LazyRegexTests
{
    [Test]
    public void A_pattern_is_constructed_at_its_first_use()
    {
        var bad = new LazyRegex("(unclosed", RegexOptions.None);
        Assert.That(() => bad.Value, Throws.InstanceOf<ArgumentException>());
    }

    [Test]
    public void The_same_regex_serves_every_use()
    {
        var words = new LazyRegex(@"\bmet\b", RegexOptions.IgnoreCase);
        var first = words.Value;
        Assert.That(words.Value, Is.SameAs(first));
        Assert.That(words.Value.IsMatch("They MET on Monday"), Is.True);
    }

    // A user's lexicon files are built eagerly, so a pattern .NET refuses is reported at load (LexiconSet.Sources.Build).
    [Test]
    public void Built_eagerly_a_bad_pattern_fails_at_once()
    {
        Assert.That(() => LazyRegex.BuildEagerly(true, () => new LazyRegex("(unclosed", RegexOptions.None)), Throws.InstanceOf<ArgumentException>());
        Assert.That(LazyRegex.BuildEagerly(false, () => new LazyRegex("(unclosed", RegexOptions.None)), Is.Not.Null);
    }

    [Test]
    public void A_user_file_with_a_cue_pattern_dotnet_refuses_is_an_error_at_load()
    {
        var folder = Directory.CreateTempSubdirectory("lazyregex-");
        try
        {
            LexiconSet.Export(folder.FullName);
            var cues = Path.Combine(folder.FullName, "Facts", "cues.json");
            var text = File.ReadAllText(cues);
            var at = text.IndexOf("\"pattern\": \"", StringComparison.Ordinal) + "\"pattern\": \"".Length;
            File.WriteAllText(cues, text[..at] + "met(?<" + text[at..]);
            Assert.That(() => LexiconSet.Load(folder.FullName), Throws.TypeOf<LexiconException>().With.Message.Contain("cues.json"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
