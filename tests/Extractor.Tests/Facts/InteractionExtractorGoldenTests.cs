using Extractor.Core.Lexicons;
using Extractor.Core.Facts;
using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Tests.Facts;

/// <summary>Whole small pages, each pinning one behaviour of the fact stage.</summary>
public sealed class InteractionExtractorGoldenTests
{
    private static readonly InteractionExtractor Extractor = new(LexiconSet.BuiltIn);

    private static IReadOnlyList<Interaction> Run(string text, string? title = null, string? published = "2023-03-15", string? outlet = null) =>
        Extractor.Extract(text, title, PageMetadata.Empty with { Published = published, Outlet = outlet });

    private static string[] Names(Interaction i) => i.Participants.Select(p => p.Name ?? p.CountryCode ?? "?").ToArray();

    [Test]
    public void Bodies_first_then_people_fill_them()
    {
        // 2023-03-15 is a Wednesday.
        const string text = "Top envoys of South Korea and Japan talked over the phone Tuesday to discuss North Korea's latest missile launch, the foreign ministry said.\n\n"
            + "Kim Gunn, special representative for Korean Peninsula peace and security affairs, spoke with Japanese Director-General Funakoshi Takehiro amid rising tension.";
        var found = Run(text);
        Assert.That(found, Has.Count.EqualTo(1));
        var i = found[0];
        Assert.Multiple(() =>
        {
            Assert.That(i.Medium, Is.EqualTo("phone"));
            Assert.That(i.Date, Is.EqualTo("2023-03-14"));
            Assert.That(Names(i), Is.EqualTo(new[] { "Kim Gunn", "Funakoshi Takehiro" }));
            Assert.That(i.Countries, Is.EqualTo(new[] { "KOR", "JPN" }));
            Assert.That(i.Topics, Does.Contain("missiles").And.Contain("security"));
            Assert.That(i.Evidence, Does.StartWith("Top envoys of South Korea and Japan talked"));
            Assert.That(text.Substring(i.EvidenceStart, i.Evidence.Length), Is.EqualTo(i.Evidence));
        });
    }

    [Test]
    public void Passing_mentions_come_after_the_main_interaction()
    {
        const string text = "SEOUL -- South Korean Foreign Minister Park Jin held phone talks Wednesday with his U.S. counterpart Antony Blinken on the North's nuclear threat.\n\n"
            + "Park spoke with Japanese Foreign Minister Hayashi Yoshimasa by phone the previous day.\n\n"
            + "Blinken and Hayashi talked on the phone last week.";
        var found = Run(text);
        Assert.Multiple(() =>
        {
            Assert.That(found, Has.Count.EqualTo(3));
            Assert.That(Names(found[0]), Is.EqualTo(new[] { "Park Jin", "Antony Blinken" }));
            Assert.That(found[0].Countries, Is.EqualTo(new[] { "KOR", "USA" }));
            Assert.That(Names(found[1]), Is.EqualTo(new[] { "Park Jin", "Hayashi Yoshimasa" }));
            Assert.That(found[1].Date, Is.EqualTo("2023-03-14"));
            Assert.That(Names(found[2]), Is.EqualTo(new[] { "Antony Blinken", "Hayashi Yoshimasa" }));
            Assert.That(found[2].Date, Is.Null);
            Assert.That(found.Select(f => f.Medium), Is.All.EqualTo("phone"));
        });
    }

    [Test]
    public void A_trilateral_meeting_is_one_interaction_with_three_parties()
    {
        const string text = "Deputy Secretary of State Wendy Sherman met today with Japanese Vice Foreign Minister Mori Takeo and Republic of Korea First Vice Foreign Minister Choi Jong Kun in Tokyo. "
            + "They discussed trilateral cooperation and the complete denuclearization of the Korean Peninsula.";
        var found = Run(text, outlet: "U.S. Department of State");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Medium, Is.EqualTo(Media.InPerson));
            Assert.That(found[0].Date, Is.EqualTo("2023-03-15"));
            Assert.That(found[0].Countries, Is.EquivalentTo(new[] { "USA", "JPN", "KOR" }));
            Assert.That(found[0].Topics, Does.Contain("nuclear").And.Contain("alliance"));
        });
    }

    [Test]
    public void Separate_conversations_with_two_counterparts_are_two_interactions()
    {
        const string text = "Vladimir Putin had telephone conversations with President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol Pashinyan.";
        var found = Run(text, outlet: "President of Russia");
        Assert.Multiple(() =>
        {
            Assert.That(found, Has.Count.EqualTo(2));
            Assert.That(Names(found[0]), Is.EqualTo(new[] { "Vladimir Putin", "Ilham Aliyev" }));
            Assert.That(Names(found[1]), Is.EqualTo(new[] { "Vladimir Putin", "Nikol Pashinyan" }));
            Assert.That(found[0].Countries, Is.EqualTo(new[] { "RUS", "AZE" }));
        });
    }

    [TestCase("Secretary Blinken will travel to Seoul next week, where he will meet with Foreign Minister Park Jin.")]
    [TestCase("The two sides agreed to hold a summit at an early date.")]
    [TestCase("North Korea fired two ballistic missiles on Tuesday, the military said.")]
    public void A_page_reporting_no_interaction_gives_none(string text)
    {
        Assert.That(Run(text), Is.Empty);
    }

    [Test]
    public void A_spokesperson_reading_out_the_call_is_not_a_participant()
    {
        const string text = "WASHINGTON -- U.S. Secretary of State Antony Blinken held talks with his South Korean counterpart Chung Eui-yong on Thursday.\n\n"
            + "\"The Secretary condemned the launches,\" department spokesperson Ned Price said of Blinken's call with Chung.";
        var found = Run(text);
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Names(found[0]), Is.EqualTo(new[] { "Antony Blinken", "Chung Eui-yong" }));
            Assert.That(found[0].Medium, Is.EqualTo("phone"));
            Assert.That(found[0].Date, Is.EqualTo("2023-03-09"));
        });
    }

    [Test]
    public void The_headline_names_the_parties_when_the_body_does_not()
    {
        const string text = "The two sides held phone talks on Monday over the situation on the peninsula, the ministry said.";
        var found = Run(text, title: "S. Korea, Russia hold phone talks over N. Korea");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Countries, Is.EqualTo(new[] { "KOR", "RUS" }));
            Assert.That(found[0].Participants.Select(p => p.Name), Is.All.Null);
            Assert.That(found[0].Date, Is.EqualTo("2023-03-13"));
        });
    }

    [Test]
    public void A_government_readout_gives_its_own_officials_its_country()
    {
        const string text = "President Biden spoke today with President Cyril Ramaphosa of South Africa. The President thanked him for his leadership on climate change.";
        var found = Run(text, title: "Readout of President Biden's Call with President Ramaphosa of South Africa", outlet: "The White House");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Medium, Is.EqualTo("phone"));
            Assert.That(found[0].Countries, Is.EqualTo(new[] { "USA", "ZAF" }));
            Assert.That(found[0].Topics, Is.EqualTo(new[] { "climate" }));
        });
    }

    [Test]
    public void The_words_that_report_the_talks_are_not_their_topic()
    {
        const string text = "Park Jin and Antony Blinken held bilateral talks in Seoul on Tuesday.";
        var found = Run(text);
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Medium, Is.EqualTo(Media.InPerson));
            Assert.That(found[0].Topics, Does.Not.Contain("dialogue"));
        });
    }

    [Test]
    public void A_capitalised_first_word_that_is_no_one_does_not_make_a_sentence_background()
    {
        // kr-002: "Thus" opens the sentence that names the humanitarian corridor; it is no person the page names,
        // so the sentence is read for the call's topics like any other that names no one else.
        const string text = "Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi.\n\n"
            + "The leaders discussed the evacuation of Indian citizens.\n\n"
            + "Thus, Russian officials are trying to organise an evacuation along the humanitarian corridor.\n\n"
            + "Meanwhile, Joe Biden spoke of refugees in Poland.";
        var found = Run(text, outlet: "President of Russia");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Topics, Is.EqualTo(new[] { "humanitarian" }));
    }

    [Test]
    public void The_counterpart_of_a_home_official_takes_the_other_country_the_page_names()
    {
        // wh-029: the readout places neither party; the White House's president is American, and the king he
        // calls is of the one other country the page names, not a second American.
        const string text = "President Joseph R. Biden, Jr. spoke today with King Charles III to offer his condolences on the passing of Queen Elizabeth II. "
            + "He also conveyed the great admiration of the American people for the Queen, whose dignity deepened the special relationship between the United States and the United Kingdom.";
        var found = Run(text, title: "Readout of President Joe Biden's Call with King Charles III", outlet: "The White House");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Participants.Select(p => p.CountryCode), Is.EqualTo(new[] { "USA", "GBR" }));
    }

    [Test]
    public void A_party_followed_by_according_to_is_reported_on_not_reporting()
    {
        // news g146: "Moon, according to his transition team" names the source after "according to", not Moon.
        const string text = "WASHINGTON -- US President-elect Joe Biden said Wednesday he looks forward to working closely with South Korean President Moon Jae-in on various challenges.\n\n"
            + "Biden made the remark during his first phone call with Moon, according to his transition team.";
        var found = Run(text);
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(Names(found[0]), Is.EqualTo(new[] { "Joe Biden", "Moon Jae-in" }));
    }

    [Test]
    public void A_custom_topic_lexicon_replaces_the_built_in_one()
    {
        var lexicon = TopicLexicon.Parse("""{ "topics": [ { "label": "food", "terms": ["grain*"] } ] }""");
        var found = new InteractionExtractor(LexiconSet.BuiltIn, lexicon).Extract(
            "Antony Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba about grain exports and the war.",
            null,
            PageMetadata.Empty);
        Assert.That(found.Single().Topics, Is.EqualTo(new[] { "food" }));
    }
}
