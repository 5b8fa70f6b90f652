using Extractor.Core.Lexicons;
using Extractor.Core.Facts;
using Extractor.Core.Model;

namespace Extractor.Tests.Facts;

public sealed class MediumClassifierTests
{
    private static IReadOnlyList<Cue> Cues(string sentence) => new InteractionDetector(LexiconSet.BuiltIn.Cues).Find(sentence);

    [TestCase(new[] { "in bilateral talks with Chung", "said of Blinken's call with Chung" }, Media.Phone)]
    [TestCase(new[] { "held a virtual meeting with Petkov" }, Media.Video)]
    [TestCase(new[] { "had a telephone conversation with Biden", "recalled their video call of December 7" }, Media.Phone)]
    [TestCase(new[] { "congratulated President Park", "met with Park" }, Media.InPerson)]
    [TestCase(new[] { "congratulated President Yoon on his election" }, Media.Written)]
    [TestCase(new[] { "held talks with Sherman" }, Media.Unspecified)]
    public void The_first_sentence_that_says_how_wins(string[] sentences, string expected)
    {
        var groups = sentences.Select(s => (Cues(s), false));
        Assert.That(MediumClassifier.Classify(LexiconSet.BuiltIn.Media, groups), Is.EqualTo(expected));
    }

    [Test]
    public void Talks_held_at_a_place_are_in_person()
    {
        Assert.That(MediumClassifier.Classify(LexiconSet.BuiltIn.Media, [(Cues("held talks with Xi"), true)]), Is.EqualTo(Media.InPerson));
    }
}
