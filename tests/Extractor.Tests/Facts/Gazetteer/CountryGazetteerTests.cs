using Extractor.Core.Lexicons;
using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Tests.Facts.Gazetteer;

public sealed class CountryGazetteerTests
{
    private static readonly CountryGazetteer Gazetteer = LexiconSet.BuiltIn.Countries;

    [TestCase("South Korea", "KOR")]
    [TestCase("S. Korean", "KOR")]
    [TestCase("S. Korea", "KOR")]
    [TestCase("Republic of Korea", "KOR")]
    [TestCase("the ROK", "KOR")]
    [TestCase("Seoul's", "KOR")]
    [TestCase("the Blue House", "KOR")]
    [TestCase("Russian", "RUS")]
    [TestCase("Russian Federation", "RUS")]
    [TestCase("Russia's", "RUS")]
    [TestCase("the Kremlin", "RUS")]
    [TestCase("Moscow", "RUS")]
    [TestCase("North Korean", "PRK")]
    [TestCase("N. Korea", "PRK")]
    [TestCase("Democratic People's Republic of Korea", "PRK")]
    [TestCase("Democratic People’s Republic of Korea", "PRK")]
    [TestCase("DPRK", "PRK")]
    [TestCase("Pyongyang", "PRK")]
    [TestCase("U.S.", "USA")]
    [TestCase("US", "USA")]
    [TestCase("U.S.A.", "USA")]
    [TestCase("United States of America", "USA")]
    [TestCase("American", "USA")]
    [TestCase("Americans", "USA")]
    [TestCase("Washington", "USA")]
    [TestCase("the White House", "USA")]
    [TestCase("the United States'", "USA")]
    [TestCase("People's Republic of China", "CHN")]
    [TestCase("PRC", "CHN")]
    [TestCase("Chinese", "CHN")]
    [TestCase("Beijing", "CHN")]
    [TestCase("Japanese", "JPN")]
    [TestCase("Tokyo", "JPN")]
    [TestCase("UK", "GBR")]
    [TestCase("U.K.", "GBR")]
    [TestCase("British", "GBR")]
    [TestCase("Downing Street", "GBR")]
    [TestCase("Ukrainian", "UKR")]
    [TestCase("Kyiv", "UKR")]
    [TestCase("Kiev", "UKR")]
    [TestCase("UAE", "ARE")]
    [TestCase("Emirati", "ARE")]
    [TestCase("Filipino", "PHL")]
    [TestCase("the Philippines'", "PHL")]
    [TestCase("DRC", "COD")]
    [TestCase("Côte d’Ivoire", "CIV")]
    [TestCase("Guinea-Bissau", "GNB")]
    [TestCase("Nigerien", "NER")]
    [TestCase("Nigerian", "NGA")]
    [TestCase("Türkiye", "TUR")]
    [TestCase("Turkey", "TUR")]
    [TestCase("Holy See", "VAT")]
    [TestCase("Vatican", "VAT")]
    [TestCase("Taiwan", "TWN")]
    [TestCase("Kosovo", "XKX")]
    [TestCase("Palestinian", "PSE")]
    [TestCase("Hong Kong", "HKG")]
    [TestCase("south korea", "KOR")]
    [TestCase("Korea", "KOR")]
    [TestCase("S.Korea", "KOR")]
    [TestCase("N. Korean", "PRK")]
    [TestCase("SOUTH KOREA", "KOR")]
    [TestCase("the Republic of Korea's", "KOR")]
    public void Lookup_resolves_a_phrase(string phrase, string code) =>
        Assert.That(Gazetteer.Lookup(phrase)?.Code, Is.EqualTo(code));

    [TestCase("us")]
    [TestCase("uk")]
    [TestCase("Korean Peninsula")]
    [TestCase("New Mexico")]
    [TestCase("the talks")]
    [TestCase("")]
    public void Lookup_returns_null_for_no_country(string phrase) =>
        Assert.That(Gazetteer.Lookup(phrase), Is.Null);

    [TestCase("KOR", "South Korea")]
    [TestCase("prk", "North Korea")]
    [TestCase("USA", "United States")]
    [TestCase("RUS", "Russia")]
    [TestCase("CHN", "China")]
    [TestCase("JPN", "Japan")]
    [TestCase("GBR", "United Kingdom")]
    public void ByCode_gives_the_common_short_name(string code, string name) =>
        Assert.That(Gazetteer.ByCode(code)?.Name, Is.EqualTo(name));

    [Test]
    public void Gazetteer_covers_every_UN_member_and_observer() =>
        Assert.That(Gazetteer.Countries, Has.Count.GreaterThanOrEqualTo(195));

    private static string Describe(string text) =>
        string.Join(" | ", Gazetteer.Find(text).Select(m => $"{text.Substring(m.Start, m.Length)}={m.Country.Code}:{m.Kind}{(m.Ambiguous ? "?" : "")}"));

    [TestCase("Senior diplomats of S. Korea, Russia hold phone talks over N. Korea", "S. Korea=KOR:ShortForm | Russia=RUS:Name | N. Korea=PRK:ShortForm")]
    [TestCase("South Korea's top nuclear envoy and his Russian counterpart", "South Korea's=KOR:Possessive | Russian=RUS:Demonym")]
    [TestCase("Seoul's chief nuclear envoy spoke with his U.S. counterpart", "Seoul's=KOR:Possessive | U.S.=USA:Acronym")]
    [TestCase("Let us talk about the US and the UK.", "US=USA:Acronym | UK=GBR:Acronym")]
    [TestCase("the Democratic People's Republic of Korea and the Republic of Korea", "Democratic People's Republic of Korea=PRK:Name | Republic of Korea=KOR:Name")]
    [TestCase("peace on the Korean Peninsula", "")]
    [TestCase("a Korea-U.S. summit", "Korea=KOR:ShortForm? | U.S.=USA:Acronym")]
    [TestCase("The Kremlin said Moscow would respond.", "Kremlin=RUS:Seat | Moscow=RUS:Capital")]
    [TestCase("officials in Kyiv and Kiev", "Kyiv=UKR:Capital | Kiev=UKR:Capital")]
    [TestCase("SEOUL, Jan. 26 (Yonhap)", "SEOUL=KOR:Capital")]
    [TestCase("Sino-Russian ties", "Sino=CHN:Demonym | Russian=RUS:Demonym")]
    [TestCase("the Philippines' president", "Philippines'=PHL:Possessive")]
    public void Find_reports_mentions_in_text_order(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("Michael Jordan scored", "")]
    [TestCase("Jordan Peterson wrote", "")]
    [TestCase("King Abdullah II of Jordan met", "Jordan=JOR:Name")]
    [TestCase("the talks in Jordan on Monday", "Jordan=JOR:Name")]
    [TestCase("George Washington University", "")]
    [TestCase("a reporter for the Washington Post", "")]
    [TestCase("in Washington Monday", "Washington=USA:Capital")]
    [TestCase("governor of New Mexico", "")]
    [TestCase("Georgia and Armenia", "Georgia=GEO:Name? | Armenia=ARM:Name")]
    [TestCase("the Indian Ocean", "")]
    [TestCase("Latin American leaders", "")]
    [TestCase("Niger and Nigeria", "Niger=NER:Name | Nigeria=NGA:Name")]
    [TestCase("Papua New Guinea and Equatorial Guinea and Guinea", "Papua New Guinea=PNG:Name | Equatorial Guinea=GNQ:Name | Guinea=GIN:Name")]
    [TestCase("roast turkey and chad", "")]
    [TestCase("talks with President of Chad Mahamat Deby", "Chad=TCD:Name")]
    [TestCase("Chad Smith said", "")]
    [TestCase("President of Georgia Salome Zourabichvili", "Georgia=GEO:Name?")]
    [TestCase("in accordance with the Minsk Package of Measures", "")]
    [TestCase("the Paris Agreement and the Beijing Olympics", "")]
    [TestCase("talks in Minsk", "Minsk=BLR:Capital")]
    [TestCase("met with President Santiago Peña of Paraguay", "Paraguay=PRY:Name")]
    [TestCase("met with Santiago Peña today", "")]
    [TestCase("talks in Santiago on Monday", "Santiago=CHL:Capital?")]
    [TestCase("Paris Hilton said", "")]
    [TestCase("The Korea Herald and Russia Today reported", "")]
    [TestCase("the Saudi Press Agency said", "")]
    [TestCase("Japan today announced", "Japan=JPN:Name")]
    [TestCase("the Dominican Republic and Dominica", "Dominican Republic=DOM:Name | Dominica=DMA:Name")]
    public void Find_resolves_ambiguous_words_conservatively(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [Test]
    public void Possessive_keeps_the_kind_of_the_form()
    {
        var mention = Gazetteer.Find("Seoul's position").Single();
        Assert.Multiple(() =>
        {
            Assert.That(mention.Kind, Is.EqualTo(MentionKind.Possessive));
            Assert.That(mention.BaseKind, Is.EqualTo(MentionKind.Capital));
            Assert.That(mention.Length, Is.EqualTo("Seoul's".Length));
        });
    }

    [Test]
    public void Find_is_safe_from_several_threads()
    {
        const string text = "South Korea's envoy met Russian, Chinese and U.S. officials in Seoul and Washington.";
        var expected = Describe(text);
        var results = new string[64];
        Parallel.For(0, results.Length, k => results[k] = Describe(text));
        Assert.That(results, Is.All.EqualTo(expected));
    }
}
