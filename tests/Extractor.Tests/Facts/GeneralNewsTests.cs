using Extractor.Core.Lexicons;
using Extractor.Core.Facts;
using Extractor.Core.Metadata;

namespace Extractor.Tests.Facts;

/// <summary>
/// General news that uses the words of talks for things that are not diplomatic interactions
/// (small texts written for the test): none of them reports one.
/// </summary>
public sealed class GeneralNewsTests
{
    private static readonly InteractionExtractor Extractor = new(LexiconSet.BuiltIn);

    private static int Count(string text) =>
        Extractor.Extract(text, null, PageMetadata.Empty with { Published = "2023-03-15" }).Count;

    // Nobody in these holds an office or speaks for a state or body.
    [TestCase("Tom Harris made 25 saves and Boston native Jake Miller added a goal as the Bears beat the Wolves for the eighth time in nine meetings.")]
    [TestCase("Concerned, his family doctor put in a call to the clinic and spoke to Dr. Alan Grant, a consultant at Rowan Hospital in Leeds.")]
    [TestCase("When Ford visited his editor Teresa Halden at her office in Minneapolis, he would leave short poems on her desk.")]
    [TestCase("Indeed, analyst Ken Baker asserts that talks have resumed between Harlow Media and Tribune Publishing.")]
    [TestCase("The new alarm system called Patient Watch collects data from devices at the bedside, said Anna Ross of Medisys.")]
    public void Talks_without_an_official_party_are_not_interactions(string text) =>
        Assert.That(Count(text), Is.Zero);

    // The talks are only referred to: a source's standing, a body's own gathering.
    [TestCase("The deal could grow if Foreign Minister Park Jin accepts Beijing's terms, people familiar with the talks say.")]
    [TestCase("Two people briefed on the talks said Foreign Minister Park Jin wants deeper concessions from China.")]
    [TestCase("\"We got it done,\" President Joe Biden told Chinese President Xi Jinping, he recounted in an Oct. 21 cabinet meeting.")]
    public void Referred_talks_and_internal_meetings_are_not_interactions(string text) =>
        Assert.That(Count(text), Is.Zero);

    // A capitalised sentence opener is not the first word of a name.
    [TestCase("Once Biden released the transcript of his call with Chinese President Xi Jinping, critics spoke up.")]
    [TestCase("Instead President Joe Biden held a call with Chinese President Xi Jinping on Monday.")]
    public void A_sentence_opener_is_not_part_of_the_name(string text)
    {
        var found = Extractor.Extract(text, null, PageMetadata.Empty with { Published = "2023-03-15" });
        Assert.That(found.SelectMany(i => i.Participants).Select(p => p.Name), Does.Not.Contain("Once Biden").And.Not.Contain("Instead President"));
    }

    // Capitalised words before a place noun name a place, not a person met (small texts written for the test).
    [TestCase("Prime Minister Dan Avner visited the Tel Harim settlement bloc south of the capital on Tuesday.")]
    [TestCase("Defense Secretary Mark Elson paid a visit to the city's Kho Lan prison on Monday.")]
    public void A_visit_to_a_named_place_is_not_an_interaction(string text) =>
        Assert.That(Count(text), Is.Zero);

    [Test]
    public void A_visit_to_a_leader_still_counts() =>
        Assert.That(Count("Prime Minister Dan Avner visited President Lee Jae-myung in Seoul on Tuesday."), Is.EqualTo(1));

    [Test]
    public void Talks_between_officials_still_count() =>
        Assert.That(Count("Foreign Minister Park Jin held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday."), Is.EqualTo(1));
}
