using Extractor.Core.Lexicons;
using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Tests.Facts.Gazetteer;

public sealed class GazetteerRobustnessTests
{
    private static IEnumerable<string> HostileTexts()
    {
        yield return "";
        yield return " ";
        yield return "'s";
        yield return "U.S";
        yield return "Secretary of";
        yield return "Special Representative for the";
        yield return "President and";
        yield return "Minister-";
        yield return "\uD800 broken surrogate \uDC00 Korea";
        yield return "\0\u0001\u0002 binary \uFFFE\uFFFF";
        yield return string.Concat(Enumerable.Repeat("Deputy ", 5000)) + "Minister";
        yield return string.Concat(Enumerable.Repeat("of the ", 5000));
        yield return string.Concat(Enumerable.Repeat("Secretary and ", 2000));
        yield return string.Concat(Enumerable.Repeat("South Korea's ", 2000));
    }

    [TestCaseSource(nameof(HostileTexts))]
    public void Find_never_throws(string text) =>
        Assert.DoesNotThrow(() =>
        {
            _ = LexiconSet.BuiltIn.Countries.Find(text);
            _ = LexiconSet.BuiltIn.Titles.Find(text);
            _ = LexiconSet.BuiltIn.Organizations.Find(text);
            _ = LexiconSet.BuiltIn.Countries.Lookup(text);
        });

    [Test]
    public void Mentions_lie_inside_the_text_and_do_not_overlap()
    {
        const string text = "SEOUL, Jan. 26 (Yonhap) -- South Korea's top nuclear envoy Noh Kyu-duk and Russian Deputy Foreign Minister "
            + "Igor Morgulov discussed North Korea's missile launches by phone, the foreign ministry said. The U.S. State Department "
            + "and the United Nations welcomed the talks; Secretary of State Antony Blinken spoke with Japan's Foreign Minister.";
        var spans = LexiconSet.BuiltIn.Countries.Find(text).Select(m => (m.Start, m.End)).ToList();
        var titles = LexiconSet.BuiltIn.Titles.Find(text).Select(m => (m.Start, m.End)).ToList();
        var orgs = LexiconSet.BuiltIn.Organizations.Find(text).Select(m => (m.Start, m.End)).ToList();
        foreach (var list in new[] { spans, titles, orgs })
        {
            Assert.That(list, Is.Not.Empty);
            for (var k = 0; k < list.Count; k++)
            {
                Assert.That(list[k].Start, Is.GreaterThanOrEqualTo(k == 0 ? 0 : list[k - 1].End));
                Assert.That(list[k].End, Is.LessThanOrEqualTo(text.Length));
            }
        }
    }
}
