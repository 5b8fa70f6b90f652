using Extractor.Core.Lexicons;
using Extractor.Core.Metadata.Dates;

namespace Extractor.Tests.Metadata;

public sealed class DateParserTests
{
    private static readonly IReadOnlyDictionary<string, string?> Zones = LexiconSet.BuiltIn.Zones;

    [TestCase(" date 2022-01-26  Back To Top", "2022-01-26")]
    [TestCase("Published : Jan 26, 2022 - 19:47", "2022-01-26T19:47")]
    [TestCase("Tue 03rd August 2021 | 01:10 AM", "2021-08-03T01:10")]
    [TestCase("Mon, 17 May 2021 21:05:00 -0400", "2021-05-17T21:05:00-04:00")]
    [TestCase("Fri, 13 May 2022 14:20:00 +0000", "2022-05-13T14:20:00+00:00")]
    [TestCase("May 3, 2021", "2021-05-03")]
    [TestCase("2021.07.08 13:56", "2021-07-08T13:56")]
    [TestCase("23:31 March 02, 2022", "2022-03-02T23:31")]
    [TestCase("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20T01:39-05:00")]
    [TestCase("2022-02-17T17:25:00Z", "2022-02-17T17:25:00Z")]
    [TestCase("2022-01-26T19:47:00.000+09:00", "2022-01-26T19:47:00+09:00")]
    [TestCase("January 26, 2021", "2021-01-26")]
    [TestCase("Jan. 26, 2022 4:05 p.m.", "2022-01-26T16:05")]
    [TestCase("Sept. 9, 2021", "2021-09-09")]
    [TestCase("26 January 2022 at 09:15 GMT", "2022-01-26T09:15+00:00")]
    [TestCase("2022년 1월 26일 19:47", "2022-01-26T19:47")]
    [TestCase("2022年1月26日 19時47分", "2022-01-26T19:47")]
    [TestCase("26 января 2022, 14:30", "2022-01-26T14:30")]
    [TestCase("26.01.2022", "2022-01-26")]
    [TestCase("01/26/2022", "2022-01-26")]
    [TestCase("2022/01/26 08:00 KST", "2022-01-26T08:00+09:00")]
    public void Parses_the_forms_pages_print(string text, string expected) =>
        Assert.That(DateParser.ParseFirst(text, Zones)?.ToIso(), Is.EqualTo(expected));

    [TestCase("No date here")]
    [TestCase("2022-13-45")]
    [TestCase("February 30, 2022")]
    [TestCase("3 minutes ago")]
    public void Finds_no_date_where_none_is_printed(string text) =>
        Assert.That(DateParser.ParseFirst(text, Zones), Is.Null);

    [TestCase("Published : Jan 26, 2022 - 19:47      Updated : Jan 26, 2022 - 19:59", "2022-01-26T19:47", "2022-01-26T19:59")]
    public void Reads_published_and_updated_labels_on_one_line(string line, string published, string updated)
    {
        var dates = DateLineReader.Read(line, Zones);
        Assert.That(dates.Select(d => (d.Label, d.Date.ToIso())), Is.EqualTo(new[] { (DateLabel.Published, published), (DateLabel.Updated, updated) }));
    }

    [TestCase("Faizan Hashmi 3 minutes ago Tue 03rd August 2021 | 01:10 AM")]
    [TestCase("By Kim Eun-jung  Published : 2022.01.26 19:47")]
    [TestCase("January 26, 2021")]
    public void A_short_line_holding_a_date_is_a_date_line(string line) =>
        Assert.That(DateLineReader.Read(line, Zones), Has.Count.EqualTo(1));

    [TestCase("A photo, released by North Korea's official Korean Central News Agency, shows a long-range cruise missile being test-fired on Jan. 25, 2022. (Yonhap) |")]
    public void A_date_inside_a_sentence_is_not_a_date_line(string line) =>
        Assert.That(DateLineReader.Read(line, Zones), Is.Empty);
}
