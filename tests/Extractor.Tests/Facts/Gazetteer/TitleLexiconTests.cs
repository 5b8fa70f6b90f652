using Extractor.Core.Lexicons;
using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Tests.Facts.Gazetteer;

public sealed class TitleLexiconTests
{
    private static string Titles(string text) => string.Join(" | ", LexiconSet.BuiltIn.Titles.Find(text).Select(t => t.Title));

    [TestCase("Russian Deputy Foreign Minister Igor Morgulov", "Deputy Foreign Minister")]
    [TestCase("Noh Kyu-duk, special representative for Korean Peninsula peace and security affairs, said", "special representative for Korean Peninsula peace and security affairs")]
    [TestCase("Secretary of State Antony J. Blinken spoke", "Secretary of State")]
    [TestCase("Deputy Secretary of State Wendy Sherman", "Deputy Secretary of State")]
    [TestCase("First Vice Foreign Minister Choi Jong-kun", "First Vice Foreign Minister")]
    [TestCase("Japanese Vice Foreign Minister Mori Takeo", "Vice Foreign Minister")]
    [TestCase("the Minister of Foreign Affairs of Japan", "Minister of Foreign Affairs")]
    [TestCase("Prime Minister of Japan Fumio Kishida", "Prime Minister")]
    [TestCase("President of the Russian Federation", "President")]
    [TestCase("National Security Advisor Jake Sullivan", "National Security Advisor")]
    [TestCase("National Security Adviser Jake Sullivan", "National Security Adviser")]
    [TestCase("Special Representative for the Democratic People's Republic of Korea Sung Kim", "Special Representative for the Democratic People's Republic of Korea")]
    [TestCase("Special Representative for the DPRK Sung Kim", "Special Representative for the DPRK")]
    [TestCase("Seoul's chief nuclear envoy", "chief nuclear envoy")]
    [TestCase("PRC State Councilor and Foreign Minister Wang Yi", "State Councilor and Foreign Minister")]
    [TestCase("Special Presidential Envoy for Climate John Kerry", "Special Presidential Envoy for Climate")]
    [TestCase("UK Minister of State for Europe and North America James Cleverly", "Minister of State for Europe and North America")]
    [TestCase("Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson", "Under Secretary of the Treasury for Terrorism and Financial Intelligence")]
    [TestCase("Chairperson of the African Union Commission Moussa Faki Mahamat", "Chairperson of the African Union Commission")]
    [TestCase("Spokesperson and Chief Advisor to the President Ibrahim Kalin", "Spokesperson and Chief Advisor to the President")]
    [TestCase("Politburo Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi", "Politburo Member and Director of the Office of the Foreign Affairs Commission")]
    [TestCase("Ambassador Sung Kim, the special representative for North Korea and deputy secretary of state", "Ambassador | special representative for North Korea and deputy secretary of state")]
    [TestCase("Indian External Affairs Minister Subrahmanyam Jaishankar", "External Affairs Minister")]
    [TestCase("Taoiseach Micheál Martin", "Taoiseach")]
    [TestCase("Emir Tamim bin Hamad Al Thani and Crown Prince Mohammed", "Emir | Crown Prince")]
    [TestCase("UN Secretary-General António Guterres", "Secretary-General")]
    [TestCase("President-elect Yoon Suk-yeol", "President-elect")]
    [TestCase("Minister of Energy Nikolai Shulginov", "Minister of Energy")]
    [TestCase("Head of Cabinet of the President of the European Commission Bjoern Seibert", "Head of Cabinet of the President of the European Commission")]
    [TestCase("MFA Secretary General Francois Delattre", "MFA Secretary General")]
    [TestCase("Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Funakoshi", "Director General for Asian and Oceanian Affairs Bureau")]
    [TestCase("Special Representative on Korean Peninsula Affairs Liu Xiaoming", "Special Representative on Korean Peninsula Affairs")]
    [TestCase("Kremlin spokesman Dmitry Peskov", "spokesman")]
    [TestCase("Iranian Foreign Minister Hossein Amir-Abdollahian", "Foreign Minister")]
    [TestCase("Chinese Communist Party's top diplomat Wang Yi", "top diplomat")]
    [TestCase("a diplomat said", "")]
    [TestCase("North Korean leader Kim Jong-un and Iran's Supreme Leader", "leader | Supreme Leader")]
    [TestCase("the first foreign leader to visit", "leader")]
    [TestCase("Assistant to the President and National Security Advisor Jake Sullivan", "Assistant to the President and National Security Advisor")]
    [TestCase("Legislative Assistant to then-Senator JD Vance", "Legislative Assistant | Senator")]
    [TestCase("state department spokesperson Ned Price said", "spokesperson")]
    [TestCase("Chinese Foreign Ministry spokesperson Zhao Lijian", "spokesperson")]
    [TestCase("Secretary Blinken's Call with Central Asian Foreign Ministers", "Secretary | Foreign Ministers")]
    [TestCase("Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink", "Assistant Secretary of State for East Asian and Pacific Affairs")]
    [TestCase("Chief Cabinet Secretary Hirokazu Matsuno", "Chief Cabinet Secretary")]
    [TestCase("Vice Premier Liu He", "Vice Premier")]
    [TestCase("Co-Chair of the Intergovernmental Commission", "Co-Chair of the Intergovernmental Commission")]
    [TestCase("Foreign minister Wang Yi said", "Foreign minister")]
    [TestCase("He met the Foreign minister.", "minister")]
    public void Find_reads_titles_with_their_modifiers(string text, string expected) =>
        Assert.That(Titles(text), Is.EqualTo(expected));

    [TestCase("President Biden and Prime Minister Kishida", "President | Prime Minister")]
    [TestCase("Blinken talked with the Foreign Minister on security issues", "Foreign Minister")]
    [TestCase("cooperation on energy security. President Biden", "President")]
    [TestCase("the president on security and trade", "president")]
    [TestCase("the special envoy for climate", "special envoy for climate")]
    [TestCase("the head of the delegation", "head of the delegation")]
    [TestCase("he said the head hurt", "")]
    [TestCase("Putin and President of Senegal Macky Sall", "President")]
    public void Find_stops_titles_at_names_and_countries(string text, string expected) =>
        Assert.That(Titles(text), Is.EqualTo(expected));

    [Test]
    public void Plural_titles_report_their_singular()
    {
        var title = LexiconSet.BuiltIn.Titles.Find("spoke today with the Foreign Ministers of Kazakhstan").Single();
        Assert.Multiple(() =>
        {
            Assert.That(title.Title, Is.EqualTo("Foreign Ministers"));
            Assert.That(title.Singular, Is.EqualTo("Foreign Minister"));
            Assert.That(title.IsPlural, Is.True);
        });
    }

    [TestCase("Department Spokesperson Ned Price", "Spokesperson")]
    [TestCase("NSC Spokesperson Adrienne Watson", "Spokesperson")]
    [TestCase("First Vice Foreign Minister Choi", "Minister")]
    [TestCase("Deputy Secretary of State for Management and Resources Brian McKeon", "Secretary of State")]
    [TestCase("State Councilor and Foreign Minister Wang Yi", "Councilor")]
    public void Core_is_the_role_without_modifiers(string text, string core) =>
        Assert.That(LexiconSet.BuiltIn.Titles.Find(text).Single().Core, Is.EqualTo(core));

    [TestCase("Deputy Foreign Minister", true)]
    [TestCase("Secretary of State", true)]
    [TestCase("Igor Morgulov", false)]
    public void IsTitle_checks_a_whole_phrase(string phrase, bool expected) =>
        Assert.That(LexiconSet.BuiltIn.Titles.IsTitle(phrase), Is.EqualTo(expected));
}
