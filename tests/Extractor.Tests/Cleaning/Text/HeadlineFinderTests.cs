using Extractor.Core.Cleaning.Text;

namespace Extractor.Tests.Cleaning.Text;

public sealed class HeadlineFinderTests
{
    private static readonly LineClassifier Classifier = new();

    private const string Page =
        "Ferry operators resume crossings after a week of storms on the northern coast\n\n" +
        "Regional authorities lifted the sailing ban on Tuesday morning, port officials say\n\n" +
        "Ferry operators on the northern coast resumed their crossings on Tuesday after a week in which storms kept every vessel in port, the regional port authority said.\n\n" +
        "The first ferry left the harbour shortly after dawn with two hundred passengers, and operators said the timetable would return to normal by the weekend.";

    [Test]
    public void A_body_that_opens_with_its_headline_and_a_deck_gives_the_headline()
    {
        // The body's run starts at the headline, a deck (no full stop) under it, then the lead that repeats its words.
        var lines = PageLines.Read(Page, Classifier);
        Assert.That(lines[1].Kind, Is.EqualTo(LineKind.Phrase), "the deck is a phrase");
        Assert.That(HeadlineFinder.Find(lines, 0, lines.Count - 1, Classifier.Lexicon), Is.EqualTo(0));
    }

    [Test]
    public void A_first_line_the_lead_does_not_repeat_is_no_headline()
    {
        var lines = PageLines.Read("Weather and travel notices for the coming days on the coast\n\n" + Page[Page.IndexOf("Regional", StringComparison.Ordinal)..], Classifier);
        Assert.That(HeadlineFinder.Find(lines, 0, lines.Count - 1, Classifier.Lexicon), Is.EqualTo(-1));
    }
}
