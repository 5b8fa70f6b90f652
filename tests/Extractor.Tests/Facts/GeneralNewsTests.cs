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

    // Talks among people who act for one and the same state are its own business (small texts written for the test).
    [TestCase("U.S. Ambassador Gordon Sellers met U.S. Secretary of State Mark Elson in Washington on Tuesday.")]
    [TestCase("Russian Foreign Minister Ivan Petrov held talks with Russian Defence Minister Oleg Sokolov on Monday.")]
    public void Talks_within_one_state_are_not_interactions(string text) =>
        Assert.That(Count(text), Is.Zero);

    [Test]
    public void Talks_with_an_international_body_still_count() =>
        Assert.That(Count("U.S. Secretary of State Mark Elson met UN Secretary-General Antonio Guterres in New York on Tuesday."), Is.EqualTo(1));

    // A demonstrative points back to talks told before; the people around it are not their parties.
    [Test]
    public void That_call_opens_no_talks() =>
        Assert.That(Count("I was not made aware of any reference to Vice President Joe Biden by President Donald Trump until the transcript of that call was released."), Is.Zero);

    // A message that names only its sender went to the public.
    [Test]
    public void A_message_without_an_addressee_is_not_an_interaction() =>
        Assert.That(Count("Virginia Democrats won a majority. President Donald Trump sent a similar message ahead of the Virginia elections."), Is.Zero);

    // A person named inside a quotation, or as the one an aide serves, is spoken of, not met.
    [TestCase("Ambassador Kurt Volker said he had one meeting with him, in which Giuliani \u201craised the theory that Vice President Joe Biden was influenced.\u201d")]
    [TestCase("Ambassador Kurt Volker witnessed a conversation in Warsaw between Gordon Sondland and a top aide to Ukrainian President Volodymyr Zelenskiy.")]
    public void Quoted_people_and_those_an_aide_serves_are_no_parties(string text)
    {
        var found = Extractor.Extract(text, null, PageMetadata.Empty with { Published = "2023-03-15" });
        Assert.That(found.SelectMany(i => i.Participants).Select(p => p.Name), Does.Not.Contain("Joe Biden").And.Not.Contain("Volodymyr Zelenskiy"));
    }

    // Negotiations named by their subject, and meetings the sides could not hold, are not talks held.
    [TestCase("President Donald Trump has brought his love of show business to trade talks with China.")]
    [TestCase("The two sides have been unable to reschedule a meeting between President Donald Trump and Chinese President Xi Jinping in Chile.")]
    [TestCase("The Chinese have been reluctant to commit to a meeting with President Donald Trump until a deal is finalized.")]
    public void Talks_not_held_are_not_interactions(string text) =>
        Assert.That(Count(text), Is.Zero);

    [Test]
    public void A_date_before_the_talks_noun_is_their_day()
    {
        var found = Extractor.Extract(
            "Tim Morrison was the third witness testifying Tuesday who listened in on President Donald Trump's July 25 call with Ukrainian President Volodymyr Zelensky.",
            null,
            PageMetadata.Empty with { Published = "2019-11-20" });
        Assert.That(found[0].Date, Is.EqualTo("2019-07-25"));
    }

    [Test]
    public void A_title_case_line_lends_no_names()
    {
        var found = Extractor.Extract(
            "Trump Impeachment Inquiry More\n\nAnalysts said President Trump had a call with Ukrainian President Volodymyr Zelensky on Tuesday.",
            null,
            PageMetadata.Empty with { Published = "2019-11-20" });
        Assert.That(found.SelectMany(i => i.Participants).Select(p => p.Name), Does.Not.Contain("Trump Impeachment Inquiry"));
    }
}
