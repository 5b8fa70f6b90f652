using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Tests.Facts.Gazetteer;

public sealed class WordFilterTests
{
    private static readonly string[] Keys = ["Minister", "Secretary", "Korea", "Türkiye", "ROK", "H.E.", "of", "s", "Ísland"];

    // A filter may let a stranger through, never turn a key away, whatever its case.
    [TestCase("Minister")]
    [TestCase("MINISTER")]
    [TestCase("minister")]
    [TestCase("Secretary")]
    [TestCase("SECRETARY")]
    [TestCase("korea")]
    [TestCase("Türkiye")]
    [TestCase("TÜRKIYE")]
    [TestCase("rok")]
    [TestCase("h.e.")]
    [TestCase("OF")]
    [TestCase("S")]
    [TestCase("ísland")]
    public void Never_turns_away_a_key_in_any_case(string word)
    {
        Assert.That(Filter().MayContain(word), Is.True);
    }

    [TestCase("Blinken")]
    [TestCase("yesterday")]
    [TestCase("Washington")]
    public void Turns_away_words_unlike_any_key(string word)
    {
        Assert.That(Filter().MayContain(word), Is.False);
    }

    [TestCase("minister")]
    [TestCase("Blinken")]
    public void Word_set_agrees_with_its_hash_set(string word)
    {
        var set = new HashSet<string>(Keys, StringComparer.OrdinalIgnoreCase);
        Assert.That(new WordSet(set).Contains(word), Is.EqualTo(set.Contains(word)));
    }

    private static WordFilter Filter()
    {
        var filter = new WordFilter();
        foreach (var key in Keys)
        {
            filter.Add(key);
        }

        return filter;
    }
}
