using Extractor.Core.Metadata;
using Extractor.Core.Lexicons;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Datelines;

namespace Extractor.Tests.Metadata;

public sealed class DatelineParserTests
{
    private static readonly MetadataLexicon Agencies = new MetadataLexicon(LexiconSet.BuiltIn);

    [TestCase("SEOUL, Jan. 26 (Yonhap) -- Senior diplomats of South Korea and Russia talked.", "Seoul", "2022-01-26")]
    [TestCase("WASHINGTON -- US Secretary of State Antony Blinken condemned North Korea's launches.", "Washington", null)]
    [TestCase("SEOUL (UrduPoint News / Sputnik - 03rd August, 2021) South Korean and Japanese envoys discussed.", "Seoul", "2021-08-03")]
    [TestCase("MOSCOW, March 3 (Reuters) - Russia said on Thursday it would continue.", "Moscow", "2022-03-03")]
    [TestCase("HÀ NỘI — Việt Nam and Russia held talks on Wednesday.", "Hà Nội", null)]
    [TestCase("NEW DELHI: Prime Minister Narendra Modi spoke to the President.", "New Delhi", null)]
    [TestCase("MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov held talks.", "Moscow", "2022-03-03")]
    [TestCase("Moscow (AFP) - Russia said on Thursday it would continue.", "Moscow", null)]
    [TestCase("SEOUL, South Korea (AP) — North Korea fired a missile on Sunday.", "Seoul", null)]
    [TestCase("THE HAGUE, Netherlands (AP) — The court ruled on Friday.", "The Hague", null)]
    [TestCase("ST. PETERSBURG, June 17 (Reuters) - Putin said.", "St. Petersburg", "2022-06-17")]
    [TestCase("TOKYO, Jan 26 (Kyodo) -- Japan and South Korea held talks.", "Tokyo", "2022-01-26")]
    public void Reads_datelines(string paragraph, string place, string? date)
    {
        var dateline = DatelineParser.Parse(paragraph, new DateOnly(2022, 3, 10), Agencies);
        Assert.Multiple(() =>
        {
            Assert.That(dateline?.Place, Is.EqualTo(place));
            Assert.That(dateline?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(date));
        });
    }

    [Test]
    public void A_dateline_date_without_a_year_takes_the_year_nearest_publication()
    {
        var dateline = DatelineParser.Parse("SEOUL, Dec. 31 (Yonhap) -- Talks were held.", new DateOnly(2022, 1, 1), Agencies);
        Assert.That(dateline?.Date, Is.EqualTo(new DateOnly(2021, 12, 31)));
    }

    [Test]
    public void A_dateline_date_without_a_year_and_no_publication_date_stays_unknown() =>
        Assert.That(DatelineParser.Parse("SEOUL, Jan. 26 (Yonhap) -- Talks.", null, Agencies)?.Date, Is.Null);

    [TestCase("US Secretary of State Antony Blinken condemned North Korea's recent missile launches Thursday.")]
    [TestCase("DEAR ABBY: My husband and I have been married for ten years.")]
    [TestCase("BREAKING — The president has resigned.")]
    [TestCase("Vladimir Putin had a telephone conversation with Prime Minister of Japan Fumio Kishida.")]
    [TestCase("Senior diplomats of South Korea and Russia talked over the phone Wednesday (Yonhap).")]
    [TestCase("ENFORCING ENGLISH PROFICIENCY FOR SAFETY: Today, President Donald J. Trump signed an order.")]
    public void Finds_no_dateline_where_none_is_printed(string paragraph) =>
        Assert.That(DatelineParser.Parse(paragraph, new DateOnly(2022, 3, 10), Agencies), Is.Null);
}
