using Extractor.Core.Lexicons;
using Extractor.Core.Facts;

namespace Extractor.Tests.Facts;

public sealed class ParticipantExtractorTests
{
    private static PartyMention Person(string sentence, string name)
    {
        var found = new ParticipantExtractor(LexiconSet.BuiltIn).Find(sentence).Where(m => m.Name == name).ToList();
        Assert.That(found, Is.Not.Empty, $"no person named {name} in: {sentence}");
        return found[0];
    }

    [TestCase("Noh Kyu-duk spoke with Russian Deputy Foreign Minister Igor Morgulov.", "Igor Morgulov", "Deputy Foreign Minister", "RUS")]
    [TestCase("He talked with Russian Deputy Foreign Minister Igor V. Morgulov.", "Igor V. Morgulov", "Deputy Foreign Minister", "RUS")]
    [TestCase("Blinken met Japanese Foreign Minister Hayashi Yoshimasa in Bali.", "Hayashi Yoshimasa", "Foreign Minister", "JPN")]
    [TestCase("Putin had a telephone conversation with Prime Minister of Japan Fumio Kishida.", "Fumio Kishida", "Prime Minister", "JPN")]
    [TestCase("Biden spoke today with President Felix Tshisekedi of the Democratic Republic of the Congo.", "Felix Tshisekedi", "President", "COD")]
    [TestCase("Blinken held a call with Republic of Korea (ROK) Minister of Foreign Affairs Park Jin.", "Park Jin", "Minister of Foreign Affairs", "KOR")]
    [TestCase("WASHINGTON -- US Secretary of State Antony Blinken condemned the launches.", "Antony Blinken", "Secretary of State", "USA")]
    [TestCase("The talks between Noh Kyu-duk, South Korea's special representative for Korean Peninsula peace and security affairs, and others followed.", "Noh Kyu-duk", "special representative for Korean Peninsula peace and security affairs", "KOR")]
    [TestCase("Lee Do-hoon and Stephen Biegun, the US special representative for North Korea and deputy secretary of state, spoke over the phone.", "Stephen Biegun", "special representative for North Korea and deputy secretary of state", "USA")]
    [TestCase("Noh held a phone call with his US counterpart, Special Representative for North Korea Sung Kim.", "Sung Kim", "Special Representative for North Korea", "USA")]
    [TestCase("Blinken held talks with his South Korean counterpart Chung Eui-yong.", "Chung Eui-yong", null, "KOR")]
    [TestCase("Sullivan spoke with Chief Adviser Muhammad Yunus of Bangladesh.", "Muhammad Yunus", "Chief Adviser", "BGD")]
    [TestCase("Trump spoke with President Abdel Fattah el-Sisi of Egypt.", "Abdel Fattah el-Sisi", "President", "EGY")]
    public void Reads_name_title_and_country(string sentence, string name, string? title, string code)
    {
        var p = Person(sentence, name);
        Assert.Multiple(() =>
        {
            Assert.That(p.Title, Is.EqualTo(title));
            Assert.That(p.Country?.Code, Is.EqualTo(code));
        });
    }

    [TestCase("President Joseph R. Biden, Jr. spoke today with King Charles III.", "Joseph R. Biden, Jr.")]
    [TestCase("Trump spoke with Crown Prince Mohammed bin Salman.", "Mohammed bin Salman")]
    [TestCase("Biden spoke with Emir Nawaf Al-Ahmad Al-Jaber Al-Sabah of Kuwait.", "Nawaf Al-Ahmad Al-Jaber Al-Sabah")]
    [TestCase("Biden met President Luiz Inácio Lula da Silva of Brazil.", "Luiz Inácio Lula da Silva")]
    [TestCase("Blinken spoke with Minister Dr. Subrahmanyam Jaishankar.", "Subrahmanyam Jaishankar")]
    public void Keeps_names_as_written_without_honorifics(string sentence, string name)
    {
        Assert.That(new ParticipantExtractor(LexiconSet.BuiltIn).Find(sentence).Select(m => m.Name), Does.Contain(name));
    }

    [Test]
    public void A_title_with_a_list_of_countries_is_one_body_each()
    {
        var bodies = new ParticipantExtractor(LexiconSet.BuiltIn).Find("Blinken spoke today with the Foreign Ministers of Kazakhstan, the Kyrgyz Republic, Tajikistan, and Uzbekistan.")
            .Where(m => m.IsBody).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(bodies.Select(b => b.Country?.Code), Is.EqualTo(new[] { "KAZ", "KGZ", "TJK", "UZB" }));
            Assert.That(bodies.Select(b => b.Title).Distinct(), Is.EqualTo(new[] { "Foreign Minister" }));
        });
    }

    [TestCase("Senior diplomats of South Korea and Russia talked over the phone.", new[] { "KOR", "RUS" })]
    [TestCase("South Korean and Japanese envoys discussed the issue.", new[] { "KOR", "JPN" })]
    [TestCase("Senior diplomats of S. Korea, Russia hold phone talks over N. Korea", new[] { "KOR", "RUS" })]
    public void Countries_standing_alone_are_bodies_but_not_topics(string sentence, string[] codes)
    {
        var bodies = new ParticipantExtractor(LexiconSet.BuiltIn).Find(sentence).Where(m => m.IsBody).Select(m => m.Country?.Code);
        Assert.That(bodies, Is.EqualTo(codes));
    }

    [TestCase("She congratulated Chile's president-elect, Ana Rojas, by phone on her victory.", "Ana Rojas", "CHL")]
    [TestCase("Norway's foreign minister, Erik Lund, and the US secretary of state, Hillary Clinton, spoke by phone.", "Erik Lund", "NOR")]
    [TestCase("Norway's foreign minister, Erik Lund, and the US secretary of state, Hillary Clinton, spoke by phone.", "Hillary Clinton", "USA")]
    public void A_role_set_off_by_a_comma_before_a_name_is_the_name_s_own(string sentence, string name, string code)
    {
        AssertPersonOfCountryAndNoBody(sentence, name, code);
    }

    [TestCase("Lund held talks with his Chilean and Peruvian counterparts, Ana Rojas and Luis Vega, in Lima.", "Ana Rojas", "CHL")]
    [TestCase("Lund held talks with his Chilean and Peruvian counterparts, Ana Rojas and Luis Vega, in Lima.", "Luis Vega", "PER")]
    [TestCase("Lund met his Chilean, Peruvian and Bolivian counterparts, Ana Rojas, Luis Vega and Eva Mora, in Lima.", "Eva Mora", "BOL")]
    public void Counterparts_listed_with_their_countries_take_them_in_order(string sentence, string name, string code)
    {
        AssertPersonOfCountryAndNoBody(sentence, name, code);
    }

    [Test]
    public void A_name_after_a_joined_particle_is_a_name_word() =>
        Assert.That(Person("Egyptian President Abdel-Fattah al-Sisi met Blinken in Cairo.", "Abdel-Fattah al-Sisi").NameTokens, Does.Contain("Sisi"));

    /// <summary>The sentence names <paramref name="name"/> with <paramref name="code"/>'s country, and no country stands alone as a party.</summary>
    private static void AssertPersonOfCountryAndNoBody(string sentence, string name, string code)
    {
        var mentions = new ParticipantExtractor(LexiconSet.BuiltIn).Find(sentence);
        Assert.Multiple(() =>
        {
            Assert.That(mentions.Single(m => m.Name == name).Country?.Code, Is.EqualTo(code));
            Assert.That(mentions.Where(m => m.IsBody), Is.Empty);
        });
    }
}
