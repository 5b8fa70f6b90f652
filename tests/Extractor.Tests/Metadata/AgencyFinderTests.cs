using Extractor.Core.Lexicons;
using Extractor.Core.Metadata.Agencies;
using Extractor.Tests.Cli;
using Extractor.Tests.Lexicons;

namespace Extractor.Tests.Metadata;

public sealed class AgencyFinderTests
{
    [TestCase("Tensions have ratcheted up since the start of the year. (Yonhap)", "Yonhap")]
    [TestCase("SEOUL (UrduPoint News / Sputnik - 03rd August, 2021) South Korean and Japanese envoys discussed.", "Sputnik")]
    [TestCase("Protesters march in Seoul on Saturday. (AP Photo/Ahn Young-joon)", "AP")]
    [TestCase("— TASS", "TASS")]
    [TestCase("Reuters", "Reuters")]
    [TestCase("KYODO", "Kyodo")]
    [TestCase("Reuters contributed to this report.", "Reuters")]
    [TestCase("A photo released by the North shows a missile launch. (KCNA-Yonhap)", "Yonhap")]
    [TestCase("President-elect Joe Biden waves as he leaves a theater in Wilmington, Del. (AP-Yonhap)", "Yonhap")]
    [TestCase("The two leaders met in New Delhi. (With inputs from PTI)", "PTI")]
    [TestCase("Source: Xinhua", "Xinhua")]
    [TestCase("MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov held talks.", "TASS")]
    [TestCase("MOSCOW, March 3 (Reuters) - Russia said on Thursday it would continue.", "Reuters")]
    [TestCase("BEIJING, Jan. 26 (Xinhua) -- Chinese President Xi Jinping held talks.", "Xinhua")]
    [TestCase("The ministry said so in a statement. (AFP)", "AFP")]
    public void Finds_credited_agencies(string line, string agency) =>
        Assert.That(AgencyFinder.Find([line], LexiconSet.BuiltIn.Agencies), Is.EqualTo(new[] { agency }));

    [TestCase("Argentina was the first country in the Western Hemisphere to register the Sputnik V vaccine.")]
    [TestCase("The minister told Reuters on Monday that talks would continue.")]
    [TestCase("The report, according to Yonhap News Agency, said the talks would resume.")]
    [TestCase("Die Anwendung (App) ist ab sofort in allen Stores und auf allen Geraeten verfuegbar, hiess es am Montag in Berlin.")]
    [TestCase("Patients can book appointments through the new service (APP) which the clinic launched in 2019 across the country.")]
    public void Mentions_are_not_credits(string line) =>
        Assert.That(AgencyFinder.Find([line], LexiconSet.BuiltIn.Agencies), Is.Empty);

    // The credit wording is data: a contribution phrase added to agencies.json alone is read.
    [Test]
    public void A_credit_phrase_added_to_the_data_is_read()
    {
        const string Line = "AFP a contribué à cet article";
        Assert.That(AgencyFinder.Find([Line], LexiconSet.BuiltIn.Agencies), Is.Empty);
        using var dir = new TempCorpus();
        LexiconSetTests.Break(dir, "Metadata/agencies.json", "\"also contributed\"", "\"also contributed\", \"a contribué\"");
        Assert.That(AgencyFinder.Find([Line], LexiconSet.Load(dir.Root).Agencies), Is.EqualTo(new[] { "AFP" }));
    }
}
