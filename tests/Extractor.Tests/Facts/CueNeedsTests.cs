using Extractor.Core.Lexicons;
using Extractor.Core.Facts;

namespace Extractor.Tests.Facts;

public sealed class CueNeedsTests
{
    // The one-pass scan finds exactly the words a search of the lower-cased sentence finds.
    [TestCase("Blinken MET with Hayashi.")]
    [TestCase("The Meeting took place in Seoul.")]
    [TestCase("They held TALKS by phone.")]
    [TestCase("Held TAL\u212AS yesterday.")]
    [TestCase("Nothing happened here.")]
    [TestCase("metmetme")]
    [TestCase("")]
    [TestCase("Ministers spoke via VIDEO link; a letter followed.")]
    public void Finds_the_needed_words_a_lower_cased_search_finds(string sentence)
    {
        var cues = LexiconSet.BuiltIn.Cues.Cues;
        var needs = new CueNeeds(cues);
        Assert.That(needs.IsUsable, Is.True);
        var present = needs.Present(sentence);
        var lower = sentence.ToLowerInvariant();
        for (var k = 0; k < cues.Count; k++)
        {
            var expected = cues[k].Needs.Any(w => lower.Contains(w, StringComparison.Ordinal));
            Assert.That(needs.Holds(present, k), Is.EqualTo(expected), $"cue {k} ({string.Join('|', cues[k].Needs)})");
        }
    }
}
