using Extractor.Core.Facts;
using Extractor.Core.Lexicons;
using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Tests.Facts;

/// <summary>
/// Ways real news reports its interactions (issue 14), each in a small text written for the test: roles named before
/// people, initials without a full stop, sentences glued together, plans, arrivals and captions that report nothing.
/// </summary>
public sealed class NewsReportingTests
{
    private static readonly InteractionExtractor Extractor = new(LexiconSet.BuiltIn);

    // 2023-03-15 is a Wednesday.
    private static IReadOnlyList<Interaction> All(string text, string? dateline = null) =>
        Extractor.Extract(text, null, PageMetadata.Empty with { Published = "2023-03-15", Dateline = dateline });

    private static string[] Names(Interaction i) => i.Participants.Select(p => p.Name ?? "-").ToArray();

    [Test]
    public void A_role_named_first_takes_the_person_the_next_sentence_names()
    {
        var i = All("South Korea's top nuclear envoy held phone talks with his Chinese counterpart on Friday.\n\n"
            + "Noh Kyu-duk, special representative for Korean Peninsula peace and security affairs, and China's Liu Xiaoming shared their assessments, the ministry said.")[0];
        Assert.Multiple(() =>
        {
            Assert.That(Names(i), Is.EqualTo(new[] { "Noh Kyu-duk", "Liu Xiaoming" }));
            Assert.That(i.Countries, Is.EqualTo(new[] { "KOR", "CHN" }));
        });
    }

    [Test]
    public void Unnamed_sides_take_the_people_named_in_the_same_order()
    {
        var i = All("The defense chiefs of South Korea, the United States and Japan held talks on the phone and pledged close cooperation to counter missile threats from North Korea. "
            + "Minister Suh Wook spoke on the phone with his American and Japanese counterparts, Lloyd Austin and Nobuo Kishi, on Thursday.")[0];
        Assert.Multiple(() =>
        {
            Assert.That(Names(i), Is.EqualTo(new[] { "Suh Wook", "Lloyd Austin", "Nobuo Kishi" }));
            Assert.That(i.Countries, Is.EqualTo(new[] { "KOR", "USA", "JPN" }));
        });
    }

    [Test]
    public void An_initial_without_its_full_stop_is_part_of_the_name()
    {
        var i = All("External Affairs Minister S Jaishankar and his American counterpart Tony Blinken have spoken over phone.")[0];
        Assert.Multiple(() =>
        {
            Assert.That(Names(i), Is.EqualTo(new[] { "S Jaishankar", "Tony Blinken" }));
            Assert.That(i.Participants[0].Title, Is.EqualTo("External Affairs Minister"));
            Assert.That(i.Medium, Is.EqualTo("phone"));
        });
    }

    [Test]
    public void Sentences_glued_without_a_space_are_read_apart()
    {
        var i = All("The defense ministers of South Korea and the United States recently discussed pending issues.Seoul's Defense Ministry said on Tuesday that Minister Jeong Kyeong-doo and U.S. Secretary of Defense Mark Esper held telephone talks.")[0];
        Assert.That(Names(i), Is.EqualTo(new[] { "Jeong Kyeong-doo", "Mark Esper" }));
    }

    [TestCase("South Korean Defense Minister Jeong Kyeong-doo agreed over the phone with his U.S. counterpart James Mattis to maintain close cooperation.", 1)]
    [TestCase("South Korean Defense Minister Jeong Kyeong-doo agreed to hold talks with his U.S. counterpart James Mattis next month.", 0)]
    [TestCase("South Korean President Moon Jae-in arrived in Washington on Monday for talks with U.S. President Donald Trump.", 0)]
    [TestCase("Vice President Kamala Harris hosted Guatemalan President Alejandro Giammattei for a virtual bilateral meeting.", 1)]
    [TestCase("The summit between South Korean President Moon Jae-in and US President Donald Trump will be held in late June.", 0)]
    [TestCase("Seoul and Washington reached an agreement to hold a summit between South Korean President Moon Jae-in and U.S. President Joe Biden.", 0)]
    public void Tense_and_mood_tell_a_report_from_a_plan(string text, int count)
    {
        Assert.That(All(text), Has.Count.EqualTo(count));
    }

    [Test]
    public void A_photo_caption_reports_no_interaction()
    {
        var found = All("This photo, taken on March 19, 2021, shows Foreign Minister Chung Eui-yong (R) and U.S. Secretary of State Antony Blinken posing for a photo before their talks at the foreign ministry.");
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void The_datelines_date_is_not_the_days_date()
    {
        var i = All("SEOUL, March 15 (Yonhap) -- The defense chiefs of South Korea and the United States held telephone talks Tuesday night.", "Seoul")[0];
        Assert.That(i.Date, Is.EqualTo("2023-03-14"));
    }

    [Test]
    public void A_surname_named_twice_is_a_person()
    {
        var found = All("Pezeshkian spoke by phone with Saudi Crown Prince Mohammed bin Salman on Sunday.\n\n"
            + "Pezeshkian told the crown prince that he could not attend.");
        Assert.That(Names(found[0]), Is.EqualTo(new[] { "Pezeshkian", "Mohammed bin Salman" }));
    }

    [Test]
    public void A_place_or_an_unplaced_private_person_is_no_party()
    {
        Assert.Multiple(() =>
        {
            Assert.That(All("Kim visited factories in South Pyongyan Province, state media reported. North Korean leader Kim Jong Un inspected the plants."), Is.Empty);
            Assert.That(All("President Donald Trump released a letter from his longtime physician Dr. Harold Bornstein."), Is.Empty);
        });
    }

    [Test]
    public void A_title_case_headline_lends_no_names()
    {
        var found = Extractor.Extract(
            "Russian Foreign Minister Sergey Lavrov on Thursday took part in a virtual meeting with Chinese Foreign Minister Wang Yi.",
            "Lavrov Takes Part In Videoconference With Wang Yi",
            PageMetadata.Empty with { Published = "2023-03-15" });
        Assert.That(Names(found[0]), Is.EqualTo(new[] { "Sergey Lavrov", "Wang Yi" }));
    }

    // A group that meets as its members stands for each member state the talks do not name (small text written for the test).
    [Test]
    public void A_g7_meeting_gives_its_member_states()
    {
        var found = All("Mark Rowe, Minister of Foreign Affairs, participated in a G7 Foreign Ministers' Meeting by videoconference.");
        Assert.That(found[0].Countries, Is.EquivalentTo(new[] { "CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA" }), "the seven member states of organizations.json");
    }
}
