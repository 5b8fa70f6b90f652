using Extractor.Core.Cleaning;
using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Tests.Metadata;

/// <summary>Golden cases for text dumps: small pages that pin each rule of the text path.</summary>
public sealed class TextMetadataTests
{
    private const string Body1 = "Senior diplomats of South Korea and Russia talked over the phone Wednesday to discuss North Korea's recent missile launches, the foreign ministry said.";
    private const string Body2 = "Noh Kyu-duk, special representative for Korean Peninsula peace and security affairs, spoke with Russian Deputy Foreign Minister Igor Morgulov amid rising tension. (Yonhap)";

    private static PageMetadata Parse(string content, string? title = null)
    {
        var page = new SourcePage("p", "p.txt", "00", InputFormat.Text, content, []);
        var cleaned = new CleanedPage(title, [], [], [], [], null, []);
        return new MetadataParser().Parse(page, cleaned);
    }

    [Test]
    public void Korea_herald_style_page_gives_labelled_dates_footer_outlet_and_agency_not_author()
    {
        var page = string.Join('\n',
            " date 2022-01-26  Back To Top", "National", "Politics", "", "Senior diplomats of S. Korea, Russia hold phone talks over N. Korea", "",
            "By Yonhap", "Published : Jan 26, 2022 - 19:47      Updated : Jan 26, 2022 - 19:59", "", Body1, "", Body2, "MOST POPULAR", "National",
            "The Korea Herald by Herald Corporation", "Copyright Herald Corporation. All Rights Reserved.");
        var m = Parse(page, "Senior diplomats of S. Korea, Russia hold phone talks over N. Korea");
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2022-01-26T19:47"));
            Assert.That(m.Updated, Is.EqualTo("2022-01-26T19:59"));
            Assert.That(m.Outlet, Is.EqualTo("The Korea Herald"));
            Assert.That(m.Authors, Is.Empty);
            Assert.That(m.Agencies, Is.EqualTo(new[] { "Yonhap" }));
            Assert.That(m.Dateline, Is.Null);
        });
    }

    [Test]
    public void A_date_printed_after_the_headline_on_its_line_is_the_page_date()
    {
        // The cleaner cuts "─── 06:06 Mon, 19 Sep 2022" from the title; the metadata stage still reads it.
        var page = string.Join('\n',
            "International", "Senior diplomats of S. Korea and Russia hold phone talks over N. Korea─── 06:06 Mon, 19 Sep 2022", "", Body1, "", Body2);
        var m = Parse(page, "Senior diplomats of S. Korea and Russia hold phone talks over N. Korea");
        Assert.That(m.Published, Is.EqualTo("2022-09-19T06:06"));
    }

    [Test]
    public void A_sign_off_above_the_photo_captions_at_the_end_signs_the_story()
    {
        // The captions after the sign-off read as prose; the cleaner sets them aside, and so does the metadata layout,
        // so the sign-off is still by the body's end.
        var page = string.Join('\n',
            "Senior diplomats of S. Korea and Russia hold phone talks over N. Korea", "", "SEOUL (Reuters) - " + Body1, "", Body2, "",
            "(Reporting by Kim Soo-yeon; Editing by John Smith)", "",
            "FILE PHOTO: South Korean and Russian flags fly outside the foreign ministry in Seoul, South Korea, January 26, 2022.", "",
            "FILE PHOTO: Russian Deputy Foreign Minister Igor Morgulov attends a meeting in Moscow, Russia, March 3, 2021.", "",
            "FILE PHOTO: A view shows the foreign ministry building in Seoul, South Korea, on a cloudy day, February 2, 2021.");
        var source = new SourcePage("p", "p.txt", "00", InputFormat.Text, page, []);
        var m = new MetadataParser().Parse(source, new TextCleaner().Clean(source));
        Assert.That(m.Authors, Is.EqualTo(new[] { "Kim Soo-yeon" }));
    }

    [Test]
    public void Crawler_header_date_yields_to_visible_date_with_time()
    {
        var page = string.Join('\n',
            " date 2021-08-03 UrduPoint.com", "", "South Korea, Japan Discuss Reopening Of Communications With Pyongyang", "",
            "Faizan Hashmi 3 minutes ago Tue 03rd August 2021 | 01:10 AM", "",
            "SEOUL (UrduPoint News / Sputnik - 03rd August, 2021) South Korean and Japanese envoys discussed the reopening of official communication channels with North Korea.",
            "", Body1);
        var m = Parse(page, "South Korea, Japan Discuss Reopening Of Communications With Pyongyang");
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2021-08-03T01:10"));
            Assert.That(m.Outlet, Is.EqualTo("UrduPoint"));
            Assert.That(m.Authors, Is.EqualTo(new[] { "Faizan Hashmi" }));
            Assert.That(m.Agencies, Is.EqualTo(new[] { "Sputnik" }));
            Assert.That(m.Dateline, Is.EqualTo("Seoul"));
            Assert.That(m.DatelineDate, Is.EqualTo(new DateOnly(2021, 8, 3)));
        });
    }

    [Test]
    public void Agency_credit_is_not_the_outlet_and_a_caption_date_is_no_publication_date()
    {
        var page = string.Join('\n',
            "|", "A photo, released by North Korea's official Korean Central News Agency, shows a long-range cruise missile being test-fired on Jan. 25, 2022. (Yonhap) |",
            "WASHINGTON -- US Secretary of State Antony Blinken condemned North Korea's recent missile launches Thursday, while reaffirming the alliance.", Body1);
        var m = Parse(page);
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.Null);
            Assert.That(m.Warnings, Does.Contain("no publication date found"));
            Assert.That(m.Outlet, Is.Null);
            Assert.That(m.Agencies, Is.EqualTo(new[] { "Yonhap" }));
            Assert.That(m.Dateline, Is.EqualTo("Washington"));
        });
    }

    [TestCase("Office of the Spokesperson", "U.S. Department of State")]
    [TestCase("The below is attributable to Spokesperson Ned Price:", "U.S. Department of State")]
    public void Press_office_formulas_name_the_outlet(string formula, string outlet)
    {
        var page = string.Join('\n', "Secretary Blinken's Call with Foreign Minister Park", "", "Fri, 13 May 2022 14:20:00 +0000", "", formula, "", Body1);
        var m = Parse(page, "Secretary Blinken's Call with Foreign Minister Park");
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2022-05-13T14:20:00+00:00"));
            Assert.That(m.Outlet, Is.EqualTo(outlet));
        });
    }

    [Test]
    public void Readout_heading_and_formal_name_identify_the_white_house()
    {
        var page = string.Join('\n', "Readout of President Joseph R. Biden, Jr. Call with Prime Minister Kishida of Japan", "", "January 26, 2021", "",
            "President Joseph R. Biden, Jr. spoke today with Prime Minister Kishida of Japan to discuss the alliance and regional security, the two leaders said.");
        var m = Parse(page, "Readout of President Joseph R. Biden, Jr. Call with Prime Minister Kishida of Japan");
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.EqualTo("2021-01-26"));
            Assert.That(m.Outlet, Is.EqualTo("The White House"));
        });
    }

    [Test]
    public void A_story_mentioning_a_press_office_is_not_from_it()
    {
        var page = string.Join('\n', "Blinken, Chung hold talks", "", "May 3, 2021", "",
            "US Secretary of State Antony Blinken held talks with South Korea's foreign minister, Price said in a press release from the State Department's Office of the Spokesperson.");
        Assert.That(Parse(page, "Blinken, Chung hold talks").Outlet, Is.Null);
    }

    [Test]
    public void Story_list_dates_are_not_the_publication_date()
    {
        var page = string.Join('\n', "Headline of the story here today", "NOVEMBER 20, 2019 10:43", "", "Other story one", "11/20/2019 01:14 PM", "",
            "Other story two", "11/20/2019 10:08 AM", "", "Other story three", "11/19/2019 09:39 AM", "", Body1, Body2);
        Assert.That(Parse(page, "Headline of the story here today").Published, Is.EqualTo("2019-11-20T10:43"));
    }

    [Test]
    public void A_members_joining_date_is_not_the_publication_date()
    {
        // A forum's post header (dates set foren.myoos.de): the member's registration date sits a few lines
        // above the post's; it neither dates the page nor makes the two a list of stories.
        var page = string.Join('\n', "Headline of the story here today", "r23", "Registriert: 18.09.2008, 05:56", "Wohnort: Hagen",
            "Beitrag von r23 » 21.01.2009, 05:42", "", Body1, Body2);
        Assert.That(Parse(page, "Headline of the story here today").Published, Is.EqualTo("2009-01-21T05:42"));
    }

    [Test]
    public void A_date_line_right_above_the_headline_beats_a_teasers_date_above_the_body()
    {
        // handball-word.news-nationalspiel (dates set): the kicker's date line sits above the h1; a teaser's date
        // sits just above the body.
        var page = string.Join('\n', "Menu", "Photo: Lars Gummich", "02.02.2022 10:16 Uhr - 1. Bundesliga", "Headline of the story here today",
            "» zur Seite von 1. Bundesliga", "Schlagzeilen", "Other story one", "28.12.2021 · Männer · HBL1", "", Body1, Body2);
        Assert.That(Parse(page, "Headline of the story here today").Published, Is.EqualTo("2022-02-02T10:16"));
    }

    [Test]
    public void Date_and_time_on_two_lines_are_one_date()
    {
        var page = string.Join('\n', "Headline of the story here today", "Nov. 19, 2019", "5:50 PM", "", Body1, Body2);
        Assert.That(Parse(page, "Headline of the story here today").Published, Is.EqualTo("2019-11-19T17:50"));
    }

    [Test]
    public void An_email_sign_off_at_the_end_credits_the_reporter()
    {
        var page = string.Join('\n', "Headline of the story here today", "Jan 26, 2022", "", Body1, Body2, "By Kim Arin (arin@heraldcorp.com)", "MOST POPULAR");
        Assert.That(Parse(page, "Headline of the story here today").Authors, Is.EqualTo(new[] { "Kim Arin" }));
    }

    [Test]
    public void An_empty_page_gives_no_metadata_and_does_not_throw()
    {
        var m = Parse("");
        Assert.Multiple(() =>
        {
            Assert.That(m.Published, Is.Null);
            Assert.That(m.Authors, Is.Empty);
            Assert.That(m.Agencies, Is.Empty);
        });
    }
}
