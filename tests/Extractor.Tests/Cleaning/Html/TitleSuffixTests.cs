using Extractor.Core.Cleaning.Html;

namespace Extractor.Tests.Cleaning.Html;

public sealed class TitleSuffixTests
{
    [TestCase("Ministers hold phone talks | Daily Planet", null, "Ministers hold phone talks")]
    [TestCase("Ministers hold phone talks - World - Daily Planet", null, "Ministers hold phone talks")]
    [TestCase("Daily Planet: Ministers hold phone talks", null, "Daily Planet: Ministers hold phone talks")]
    [TestCase("BBC News - Ministers hold phone talks in Seoul", "BBC News", "Ministers hold phone talks in Seoul")]
    [TestCase("Ministers hold phone talks – The Korea Herald", "The Korea Herald", "Ministers hold phone talks")]
    [TestCase("Ministers hold phone talks | Politics | www.example.com", "example.com", "Ministers hold phone talks | Politics")]
    [TestCase("Trump - the man who would be king, and what it means for the party", null, "Trump - the man who would be king, and what it means for the party")]
    [TestCase("한미 외교장관 통화 - 연합뉴스", "연합뉴스", "한미 외교장관 통화")]
    [TestCase("Außenminister telefonieren | Tageblatt", null, "Außenminister telefonieren")]
    [TestCase("No separator at all in this headline", null, "No separator at all in this headline")]
    public void Strips_the_site_part(string title, string? site, string expected) =>
        Assert.That(TitleSuffix.Strip(title, site), Is.EqualTo(expected));
}
