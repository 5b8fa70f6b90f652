using Extractor.Core.Model;
using Extractor.Core.Pipeline;

namespace Extractor.Tests.Metadata;

/// <summary>
/// How a text dump names its own outlet (issue 13): in its chrome's promotion lines, in a name line
/// under the date, in a photo credit at the top, in a self-credit opening the story; and where a
/// page's only sign is another's (a wire's closing credit, a reproduced release), null.
/// </summary>
public sealed class OutletSelfNamingTests
{
    private const string Lead = "North Korean leader Kim Jong Un visited several munitions factories this week and urged workers to raise output, state media reported on Wednesday.";
    private const string Second = "He was accompanied by senior party and military officials, and praised the workers for their efforts during the tour of the plants, the report said.";
    private const string Third = "The visits came days after the country held a key party meeting at which the leader set economic goals for the year ahead, according to the agency.";

    private static readonly ExtractionPipeline Pipeline = new(new ExtractorOptions());

    private static Record Run(params string[] lines) =>
        Pipeline.Process(new SourcePage("p", "p.txt", "00", InputFormat.Text, string.Join('\n', lines), []));

    [Test]
    public void Self_naming_lines_name_the_outlet()
    {
        var record = Run("March 29, 2024", "", "Kim Jong Un visits factories in first public appearance in weeks", "", Lead, "", Second, "", Third, "",
            "Become a member for less than $4 per week.", "", "  • Unlimited access to all of NK News: reporting, investigations, analysis", "Subscribe now");
        Assert.That(record.Outlet, Is.EqualTo("NK News"));
    }

    [Test]
    public void An_agency_naming_itself_is_the_outlet_and_its_story_is_its_own()
    {
        var record = Run(Lead + " Check out Sputnik's gallery to see footage from the tour.", "", Second, "", Third);
        Assert.Multiple(() =>
        {
            Assert.That(record.Outlet, Is.EqualTo("Sputnik"));
            Assert.That(record.Agencies, Is.EqualTo(new[] { "Sputnik" }));
        });
    }

    // A phrase word inside another word ("Recall") starts no phrase; a phrase that names no one ("Our Newsletter") gives way to the next on the line.
    [TestCase("Recall all Sputnik content from the week in one place.", "Sputnik")]
    [TestCase("Subscribe to Our Newsletter. Follow The Paradigm on Telegram", "The Paradigm")]
    public void The_first_self_naming_phrase_with_a_name_names_the_outlet(string line, string outlet) =>
        Assert.That(Run(Lead, "", Second, "", Third, "", line).Outlet, Is.EqualTo(outlet));

    [TestCase("Millions of fans follow Son Heung-min on social media, and many subscribe to Netflix to watch the documentary.")]
    [TestCase("Subscribe to Our Newsletter")]
    [TestCase("FOLLOW US ON TWITTER")]
    public void Promotion_lines_without_a_name_name_no_outlet(string line) =>
        Assert.That(Run(Lead, "", Second, "", Third, "", line).Outlet, Is.Null);

    [Test]
    public void A_name_line_under_the_date_is_the_outlet()
    {
        var record = Run("G7 Foreign Ministers’ Meeting conducted by videoconference", "", "Mar. 28, 2020", "", "Global Korean Post", "", Lead, "", Second, "", Third);
        Assert.That(record.Outlet, Is.EqualTo("Global Korean Post"));
    }

    [Test]
    public void A_name_line_under_the_date_that_reads_as_a_person_is_a_byline()
    {
        var record = Run("G7 Foreign Ministers’ Meeting conducted by videoconference", "", "Mar. 28, 2020", "", "Emily Post", "", Lead, "", Second, "", Third);
        Assert.That(record.Outlet, Is.Null);
    }

    [Test]
    public void A_photo_credit_at_the_top_names_the_site_unless_it_is_an_agency_or_a_person()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Run("Photo : KBS News", "", Lead, "", Second, "", Third).Outlet, Is.EqualTo("KBS News"));
            Assert.That(Run("Photo : Yonhap News", "", Lead, "", Second, "", Third).Outlet, Is.Null);
            Assert.That(Run("Photo by Markus Post", "", Lead, "", Second, "", Third).Outlet, Is.Null);
        });
    }

    [TestCase("SHAFAQNA-Japanese Prime Minister Yoshihide Suga and US President Donald Trump held their first talks by phone on Sunday.", "Shafaqna")]
    [TestCase("Feb. 7 (UPI) -- Kim Jong Un provided field guidance at a munitions factory while highlighting the importance of robots, according to state media.", "UPI")]
    [TestCase("KHARTOUM-Sudanese troops clashed with paramilitary forces on Monday in the capital, witnesses said, as talks between the two sides stalled.", null)]
    [TestCase("FACTBOX-What is known about the talks between the two leaders held by phone on Monday, according to officials.", null)]
    [TestCase("PARIS-French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris on Monday, the Elysee said in a statement.", null)]
    public void A_self_credit_opening_the_story_names_the_outlet(string opening, string? outlet) =>
        Assert.That(Run(opening, "", Second, "", Third).Outlet, Is.EqualTo(outlet));

    [Test]
    public void A_wire_credit_closing_the_story_is_not_the_outlet()
    {
        var record = Run("NATIONAL", "", Lead, "", "(Yonhap)", "", Second, "", Third + " (Yonhap)");
        Assert.Multiple(() =>
        {
            Assert.That(record.Outlet, Is.Null);
            Assert.That(record.Agencies, Is.EqualTo(new[] { "Yonhap" }));
        });
    }

    [Test]
    public void A_reproduced_release_is_not_its_sources_page()
    {
        var release = new[] { "Secretary Blinken’s Call with Pakistani Foreign Minister", "", "The below is attributable to Spokesperson Ned Price:", "",
            "Secretary of State Antony J. Blinken spoke today with Pakistani Foreign Minister Bilawal Bhutto Zardari about regional stability and the humanitarian crisis." };
        Assert.Multiple(() =>
        {
            Assert.That(Run(release).Outlet, Is.EqualTo("U.S. Department of State"));
            Assert.That(Run(["Submit Release", .. release]).Outlet, Is.Null);
            Assert.That(Run([.. release, "", "The following press release was published by the Office of the Spokesperson. It is reproduced in full below."]).Outlet, Is.Null);
        });
    }

    [Test]
    public void A_caption_under_the_crawler_header_credits_the_photo_not_the_story()
    {
        var record = Run(" date 2024-11-15 Son Heung-min of South Korea (left) celebrates with teammate Lee Jae-sung after scoring a penalty against Kuwait in Kuwait City on Nov. 14, Thursday. (Yonhap)",
            "", "Captain Son Heung-min marked his international return with a goal, as South Korea defeated Kuwait 3-1 in the World Cup qualification round on Thursday.", "", Second, "", Third);
        Assert.That(record.Agencies, Is.Empty);
    }
}
