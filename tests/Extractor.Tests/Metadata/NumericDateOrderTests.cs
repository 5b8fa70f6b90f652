using Extractor.Core.Cleaning;
using Extractor.Core.Lexicons;
using Extractor.Core.Metadata;
using Extractor.Core.Metadata.Dates;
using Extractor.Core.Model;

namespace Extractor.Tests.Metadata;

/// <summary>A numeric date whose day and month are both twelve or less is read the way the page writes its dates.</summary>
public sealed class NumericDateOrderTests
{
    private static readonly DateWords Words = LexiconSet.BuiltIn.Dates;

    private const string Body1 = "Senior diplomats of South Korea and Russia talked over the phone to discuss North Korea's recent missile launches, the foreign ministry said.";
    private const string Body2 = "Noh Kyu-duk, special representative for Korean Peninsula peace and security affairs, spoke with Russian Deputy Foreign Minister Igor Morgulov.";

    [TestCase(new[] { "01/08/2022 08:01 PM EST" }, true, true)]
    [TestCase(new[] { "01/08/2022", "Posted 01/26/2022" }, true, true)]
    [TestCase(new[] { "01/08/2022", "Posted 26/01/2022" }, false, true)]
    [TestCase(new[] { "01/08/2022 08:01 CET" }, false, false)]
    [TestCase(new[] { "01/08/2022" }, false, false)]
    [TestCase(new[] { "01/26/2022", "26/01/2022" }, false, false)]
    public void The_page_says_which_way_its_dates_run(string[] lines, bool monthFirst, bool stated) =>
        Assert.That(NumericDateOrder.Of(lines, Words), Is.EqualTo((monthFirst ? NumericOrder.MonthFirst : NumericOrder.DayFirst, stated)));

    [Test]
    public void Only_a_slashed_date_that_reads_both_ways_is_turned()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DateParser.FindAll("01/08/2022", Words, NumericOrder.MonthFirst)[0].Date.Date, Is.EqualTo(new DateOnly(2022, 1, 8)));
            Assert.That(DateParser.FindAll("01/08/2022", Words)[0].Date.Date, Is.EqualTo(new DateOnly(2022, 8, 1)));
            Assert.That(DateParser.FindAll("01.08.2022", Words, NumericOrder.MonthFirst)[0].Date.Date, Is.EqualTo(new DateOnly(2022, 8, 1)), "dotted dates are day first");
            Assert.That(DateParser.FindAll("2022/01/08", Words, NumericOrder.MonthFirst)[0].Date.Date, Is.EqualTo(new DateOnly(2022, 1, 8)), "year first stays");
        });
    }

    private static PageMetadata Parse(params string[] header)
    {
        const string title = "Senior diplomats of South Korea and Russia hold phone talks";
        var page = string.Join('\n', [title, .. header, "", Body1, "", Body2]);
        return new MetadataParser().Parse(new SourcePage("p", "p.txt", "00", InputFormat.Text, page, []), new CleanedPage(title, [], [], [], [], null, []));
    }

    [Test]
    public void A_us_time_zone_after_the_date_reads_it_month_first()
    {
        var m = Parse("01/08/2022 08:01 PM EST");
        Assert.That(m.Published, Is.EqualTo("2022-01-08T20:01-05:00"));
        Assert.That(m.Warnings, Is.Empty);
    }

    [Test]
    public void Without_a_sign_the_date_is_read_day_first_and_said_so()
    {
        var m = Parse("01/08/2022");
        Assert.That(m.Published, Is.EqualTo("2022-08-01"));
        Assert.That(m.Warnings, Has.One.Contains("01/08/2022").And.Contains("day first"));
    }
}
