using Extractor.Core.Cleaning.Text;
using Extractor.Core.Lexicons;
using Extractor.Core.Metadata.Dates;

namespace Extractor.Tests.Metadata;

/// <summary>The date grammar by language (month names from dates.json), the crawler header and the page-level date checks.</summary>
public sealed class DateGrammarTests
{
    private static readonly DateWords Words = LexiconSet.BuiltIn.Dates;

    [TestCase("02. November 2021", "2021-11-02")]
    [TestCase("Dienstag, 16. Dezember 2012", "2012-12-16")]
    [TestCase("3. März 2020, 11:05 Uhr", "2020-03-03T11:05")]
    [TestCase("12 janvier 2021", "2021-01-12")]
    [TestCase("1er août 2019", "2019-08-01")]
    [TestCase("2 de noviembre de 2021", "2021-11-02")]
    [TestCase("15 de março de 2020", "2020-03-15")]
    [TestCase("7 maggio 2018", "2018-05-07")]
    [TestCase("4 mei 2017", "2017-05-04")]
    [TestCase("02 Kasım 2021", "2021-11-02")]
    [TestCase("9 Ekim 2019 14:30", "2019-10-09T14:30")]
    [TestCase("2 листопада 2021", "2021-11-02")]
    [TestCase("5 сентября 2020", "2020-09-05")]
    [TestCase("12 października 2022", "2022-10-12")]
    [TestCase("Dezember 16th, 2012", "2012-12-16")]
    [TestCase("févr. 3, 2020", "2020-02-03")]
    [TestCase("Stand: 19.10.2019 11:05 Uhr", "2019-10-19T11:05")]
    [TestCase("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22", "2020-04-24T09:22")]
    [TestCase("Von Deutscher Tennis Bund 4. 2. 2022.", "2022-02-04")]
    [TestCase("macbacchi28.09.1912:44", "2019-09-28T12:44")]
    [TestCase("28.09.19, 12:44", "2019-09-28T12:44")]
    [TestCase("Zeit: 28.09.19 12:44", "2019-09-28T12:44")]
    [TestCase(":a 28.9.19 1:44", "2019-09-28T01:44")]
    public void Reads_dates_in_many_languages(string text, string expected) =>
        Assert.That(DateParser.ParseFirst(text, Words)?.ToIso(), Is.EqualTo(expected));

    [TestCase("12 people 2020")]
    [TestCase("Chapter 3, 2021")]
    [TestCase("31. Februar 2021")]
    [TestCase("24 نيسان / مايو 2020")]
    [TestCase("version 28.01.22 is out")]
    [TestCase("4. 2 2022")]
    public void A_word_that_is_no_month_gives_no_date(string text) =>
        Assert.That(DateParser.ParseFirst(text, Words), Is.Null);

    [TestCase("Artikel veröffentlicht am 16.12.2012", "2012-12-16", DateLabelKind.Published)]
    [TestCase("Publié le 3 mars 2020", "2020-03-03", DateLabelKind.Published)]
    [TestCase("Stand: 19.10.2019 11:05 Uhr", "2019-10-19T11:05", DateLabelKind.Updated)]
    [TestCase("Letzte Aktualisierung: 18.01.2018", "2018-01-18", DateLabelKind.Updated)]
    [TestCase("Yayınlanma: 02 Kasım 2021", "2021-11-02", DateLabelKind.Published)]
    [TestCase("Datum: 06.10.2017", "2017-10-06", DateLabelKind.Generic)]
    [TestCase("Letzte Änderung: 14.01.2022, 09:25", "2022-01-14T09:25", DateLabelKind.Updated)]
    [TestCase("Veröffentlichung: 04.02.2022", "2022-02-04", DateLabelKind.Published)]
    [TestCase("Registriert: 18.09.2008, 05:56", "2008-09-18T05:56", DateLabelKind.Other)]
    [TestCase("(Unverändert gültig seit: 05.11.2021)", "2021-11-05", DateLabelKind.Other)]
    [TestCase("Member since Jan 3, 2015", "2015-01-03", DateLabelKind.Other)]
    [TestCase("Video verfügbar bis 28.02.2021", "2021-02-28", DateLabelKind.Other)]
    public void Date_line_labels_come_from_the_data(string line, string expected, DateLabelKind kind)
    {
        var dates = DateLineReader.Read(line, Words);
        Assert.That(dates, Has.Count.EqualTo(1));
        Assert.That(dates[0].Date.ToIso(), Is.EqualTo(expected));
        Assert.That(dates[0].Label.ToString(), Is.EqualTo(kind.ToString()));
    }

    [TestCase(new[] { "Letzte Änderung:", "14.01.2022, 09:25" }, "2022-01-14T09:25", DateLabelKind.Updated)]
    [TestCase(new[] { "Joined", "May 11, 2017" }, "2017-05-11", DateLabelKind.Other)]
    [TestCase(new[] { "Veröffentlicht am", "12.03.2020" }, "2020-03-12", DateLabelKind.Published)]
    [TestCase(new[] { "Joined the team in", "May 11, 2017" }, "2017-05-11", DateLabelKind.None)]
    [TestCase(new[] { "Menu", "May 11, 2017" }, "2017-05-11", DateLabelKind.None)]
    [TestCase(new[] { "Joined", "Posted May 11, 2017" }, "2017-05-11", DateLabelKind.Published)]
    public void A_label_alone_on_the_line_before_labels_its_date(string[] lines, string expected, DateLabelKind kind)
    {
        var dates = DateLineReader.Read(lines, 1, Words);
        Assert.That(dates, Has.Count.EqualTo(1));
        Assert.That(dates[0].Date.ToIso(), Is.EqualTo(expected));
        Assert.That(dates[0].Label.ToString(), Is.EqualTo(kind.ToString()));
    }

    [TestCase("28.01.22", "2022-01-28")]
    [TestCase("Posted 28.01.2022", "2022-01-28")]
    [TestCase("v1.2.3", null)]
    public void A_date_element_reads_a_two_digit_year(string text, string? expected) =>
        Assert.That(DateParser.ParseMarked(text, Words)?.ToIso(), Is.EqualTo(expected));

    [Test]
    public void Prose_never_reads_a_two_digit_year() =>
        Assert.That(DateParser.ParseFirst("version 28.01.22 is out", Words), Is.Null);

    [TestCase(" date 2021-07-08 Top nuclear envoys hold phone talks", "2021-07-08", "Top nuclear envoys hold phone talks")]
    [TestCase(" date 2023-01-22 SEOUL, Jan. 22 (Yonhap) -- Text.", "2023-01-22", "SEOUL, Jan. 22 (Yonhap) -- Text.")]
    [TestCase("date 2020-09-20", "2020-09-20", "")]
    public void A_crawler_header_gives_its_date_and_leaves_the_line(string line, string date, string rest)
    {
        Assert.That(CrawlerHeader.Read(line)?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(date));
        Assert.That(CrawlerHeader.Strip(line), Is.EqualTo(rest));
    }

    [TestCase("Update date 2021-07-08")]
    [TestCase("date of the talks")]
    [TestCase("Top nuclear envoys")]
    public void A_line_without_a_crawler_header_is_left_alone(string line)
    {
        Assert.That(CrawlerHeader.Read(line), Is.Null);
        Assert.That(CrawlerHeader.Strip(line), Is.EqualTo(line));
    }

    [TestCase("2020-02-18T02:18:11Z", "var date = \"2020-02-17 21:18:11\";", "2020-02-17T21:18:11")]
    [TestCase("2020-02-25T02:25:54+00:00", "\"date\":\"2020-02-24T21:25:54-05:00\"", "2020-02-24T21:25:54-05:00")]
    [TestCase("2020-02-18T02:18:11Z", "no other date", "2020-02-18T02:18:11Z")]
    [TestCase("2020-02-18T12:18:11Z", "\"2020-02-18 07:18:11\"", "2020-02-18T12:18:11Z")]
    [TestCase("2020-02-18T02:18:11Z", "\"2020-02-17T21:18:11+09:00\"", "2020-02-18T02:18:11Z")]
    [TestCase("2020-02-18T02:18:11+09:00", "\"2020-02-17 21:18:11\"", "2020-02-18T02:18:11+09:00")]
    public void A_utc_instant_takes_the_local_day_the_page_prints(string stated, string source, string expected) =>
        Assert.That(PageDates.LocalDay(DateParser.ParseFirst(stated, Words)!.Value, source).ToIso(), Is.EqualTo(expected));

    // The colon-to-colon scan of LocalDay finds what the plain pattern finds over the whole source.
    [TestCase("2020-02-17 21:18:11")]
    [TestCase("x2020-02-17T21:18:11.123+05:302020-02-17 21:18 2019-01-01T00:00Z")]
    [TestCase("12020-02-17T21:18 a:b:c 1999-12-31 23:59:59-0800:00 2020-02-17X21:18")]
    [TestCase("2020-02-17T21:18:2020-02-17T21:18::2020-02-17T21:1")]
    [TestCase("\u0662\u0660\u0662\u0660-02-17 21:18 20\u0662\u0660-\u0660\u0662-17 21:18 :: 2020-02-17 24:00 2020-02-17 21:60")]
    public void The_iso_time_scan_finds_what_the_pattern_finds(string source)
    {
        source = System.Text.RegularExpressions.Regex.Unescape(source);
        var plain = new System.Text.RegularExpressions.Regex(PageDates.IsoDateTimePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        Assert.That(
            PageDates.IsoDateTimes(source).Select(m => (m.Index, m.Value, m.Groups["tz"].Value)),
            Is.EqualTo(plain.Matches(source).Select(m => (m.Index, m.Value, m.Groups["tz"].Value))));
        Assert.That(plain.Matches(source), Is.Not.Empty);
    }

    [TestCase("https://example.com/news/2020/03/04/story-title", "2020-03-04")]
    [TestCase("https://example.com/2019-06-27-headline.html", "2019-06-27")]
    [TestCase("https://example.com/article/20200304/123", "2020-03-04")]
    [TestCase("https://www.befifty.de/home/2017/7/12/unter-uns-montauk", "2017-07-12")]
    [TestCase("https://example.com/2017/11/3/story", "2017-11-03")]
    [TestCase("https://weisser-ring.de/media-news/meldungen/29-10-2021", "2021-10-29")]
    [TestCase("https://example.com/2020/03/story", null)]
    [TestCase("https://example.com/id/20201399", null)]
    [TestCase("not an address", null)]
    public void The_address_gives_a_date_as_a_last_resort(string url, string? expected) =>
        Assert.That(PageDates.InAddress(url)?.ToIso(), Is.EqualTo(expected));

    [TestCase("""<script>var p = {"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-05T20:39:47Z"};</script>""", "2016-11-04T20:37:27Z")]
    [TestCase("""{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-01T06:27:24+01:00"}""", "2019-03-02T06:22:28+01:00")]
    [TestCase("""{"published":"yes","publishDate":"2019-03-02"}""", "2019-03-02")]
    [TestCase("""{"updatedDate":"2016-11-04T20:37:27Z"}""", null)]
    public void A_publication_key_in_a_scripts_data_gives_a_date(string source, string? expected) =>
        Assert.That(PageDates.InScriptData(source, Words)?.ToIso(), Is.EqualTo(expected));

    [TestCase("http://blog.example.com/2017/09/rezi.html", new[] { "14. August 2017", "Posted 9. September 2017", "1. September 2017" }, "2017-09-09")]
    [TestCase("http://blog.example.com/2017/09/rezi.html", new[] { "14. August 2017" }, null)]
    [TestCase("http://blog.example.com/2017/09/03/rezi.html", new[] { "4. September 2017" }, null)]
    public void The_address_month_picks_the_first_visible_date_in_it(string url, string[] lines, string? expected) =>
        Assert.That(PageDates.MonthInAddress(url) is { } month ? PageDates.FirstVisibleIn(lines, month, Words)?.ToIso() : null, Is.EqualTo(expected));

    [TestCase(new[] { "Menu", "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr veröffentlicht", "Kommentare" }, "2011-12-03")]
    [TestCase(new[] { "March 3, 2020", "Posted March 3, 2020 at 10:15" }, "2020-03-03T10:15")]
    [TestCase(new[] { "Veröffentlichung: 04.02.2022", "Am 4. Februar 2022 erscheint das neue Album." }, "2022-02-04")]
    [TestCase(new[] { "27.1.2022 - Bei der Erinnerung", "Ältere Meldung vom 20.1.2022" }, null)]
    [TestCase(new[] { "No date here" }, null)]
    [TestCase(new[] { "In the media", "02.12.19", "What's on the cards" }, "2019-12-02")]
    [TestCase(new[] { "28.09.19", "29.09.19" }, null)]
    [TestCase(new[] { "Zeit der Erstellung 28.09.1912:44" }, "2019-09-28T12:44")]
    public void A_lone_visible_day_dates_the_page(string[] lines, string? expected) =>
        Assert.That(PageDates.LoneVisible(lines, Words)?.ToIso(), Is.EqualTo(expected));

    [TestCase("11/01/2023 12:43:42", "2023-01-11T12:43:42", "2023-11-01T12:43:42")]
    [TestCase("01/11/2023", "2023-01-11", "2023-11-01")]
    [TestCase("11/11/2023", "2023-11-11", null)]
    [TestCase("13/01/2023", "2023-01-13", null)]
    [TestCase("2023-01-11", "2023-01-11", null)]
    public void A_numeric_date_of_either_order_has_another_reading(string raw, string read, string? expected) =>
        Assert.That(PageDates.OtherReading(raw, DateParser.ParseFirst(read, Words)!.Value)?.ToIso(), Is.EqualTo(expected));

    public enum DateLabelKind
    {
        Generic,
        None,
        Published,
        Updated,
        Other,
    }
}
