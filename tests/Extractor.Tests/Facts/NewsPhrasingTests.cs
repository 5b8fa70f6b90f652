using Extractor.Core.Lexicons;
using Extractor.Core.Facts;
using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Tests.Facts;

/// <summary>Wire-report phrasings the fact stage must read (small texts written for the test).</summary>
public sealed class NewsPhrasingTests
{
    private static readonly InteractionExtractor Extractor = new(LexiconSet.BuiltIn);

    // 2023-03-15 is a Wednesday; the dateline (Seoul) gives a South Korean wire's officials their country.
    private static Interaction First(string text, string? outlet = "Yonhap") =>
        Extractor.Extract(text, null, PageMetadata.Empty with { Published = "2023-03-15", Outlet = outlet, Dateline = "Seoul" })[0];

    [TestCase("Foreign Minister Park Jin held talks with his Chinese counterpart Wang Yi in Qingdao on Tuesday, the ministry said.", Media.InPerson, "2023-03-14", new[] { "KOR", "CHN" })]
    [TestCase("President Yoon Suk Yeol and U.S. President Joe Biden held a summit in Seoul on Saturday.", Media.InPerson, "2023-03-11", new[] { "KOR", "USA" })]
    [TestCase("South Korea's top nuclear envoy Kim Gunn held a video conference with his U.S. and Japanese counterparts on Monday.", Media.Video, "2023-03-13", new[] { "KOR", "USA", "JPN" })]
    [TestCase("North Korean leader Kim Jong Un sent a letter to Chinese President Xi Jinping on Tuesday.", Media.Written, "2023-03-14", new[] { "PRK", "CHN" })]
    [TestCase("Japanese Prime Minister Fumio Kishida spoke by phone with U.S. President Joe Biden earlier in the day.", Media.Phone, "2023-03-15", new[] { "JPN", "USA" })]
    [TestCase("Seoul's Vice Foreign Minister Cho Hyun-dong met with U.S. Deputy Secretary of State Wendy Sherman in Washington on March 10.", Media.InPerson, "2023-03-10", new[] { "KOR", "USA" })]
    public void Reads_the_main_interaction(string text, string medium, string date, string[] countries)
    {
        var i = First(text);
        Assert.Multiple(() =>
        {
            Assert.That(i.Medium, Is.EqualTo(medium));
            Assert.That(i.Date, Is.EqualTo(date));
            Assert.That(i.Countries, Is.EqualTo(countries));
        });
    }
}
