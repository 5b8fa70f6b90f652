using Extractor.Core.Corpus;
using Extractor.Core.Lexicons;
using Extractor.Core.Model;

namespace Extractor.Tests.Corpus;

[TestFixture]
public sealed class EventIndexTests
{
    private static readonly Participant Noh = new("Noh Kyu-duk", "special representative", "South Korea", "KOR", null);
    private static readonly Participant Kim = new("Sung Kim", "Special Representative", "United States", "USA", null);
    private static readonly Participant Moon = new("Moon Jae-in", "President", "South Korea", "KOR", null);
    private static readonly Participant Biden = new("Joe Biden", "President", "United States", "USA", null);
    private static readonly Participant Seoul = new(null, null, "South Korea", "KOR", "Foreign Ministry");
    private static readonly Participant Washington = new(null, null, "United States", "USA", "State Department");

    private static Interaction Talks(string medium, string? date, string[] topics, params Participant[] parties) =>
        new(medium, date, parties, parties.Select(p => p.CountryCode).OfType<string>().Distinct().ToArray(), topics, "They talked.", 0)
        {
            Cameo = medium is Media.Phone or Media.Video ? EventCodes.CameoPhone : EventCodes.CameoConsult,
        };

    private static Record Page(string id, string? published, string? outlet, params Interaction[] interactions) => new()
    {
        Id = id,
        Source = id + ".txt",
        Sha256 = new string('0', 64),
        InputFormat = "text",
        Published = published,
        Outlet = outlet,
        Interactions = interactions,
    };

    private static List<CorpusEvent> Run(params Record[] records)
    {
        var index = new EventIndex(LexiconSet.BuiltIn.Topics.Labels);
        foreach (var r in records)
        {
            index.Add(r);
        }

        return index.Events().ToList();
    }

    [Test]
    public void Reports_of_one_call_by_different_outlets_are_one_event()
    {
        var events = Run(
            Page("yonhap", "2021-07-08T13:56", "Yonhap", Talks(Media.Phone, "2021-07-08", ["nuclear"], Noh, Kim)),
            Page("herald", "2021-07-09", "The Korea Herald", Talks(Media.Unspecified, "2021-07-09", ["peace", "nuclear"], new Participant("Noh Kyu Duk", null, "South Korea", "KOR", null), new Participant("Sung KIM", null, "United States", "USA", null))));
        Assert.That(events, Has.Count.EqualTo(1));
        var e = events[0];
        Assert.Multiple(() =>
        {
            Assert.That((e.EventId, e.Date, e.Medium, e.Cameo, e.Reports, e.FirstPublished), Is.EqualTo(("e1", "2021-07-08", "phone", "041", 2, "2021-07-08T13:56")));
            Assert.That(e.Topics, Is.EqualTo(new[] { "nuclear", "peace" }), "the union, in lexicon order");
            Assert.That(e.Outlets, Is.EqualTo(new[] { "Yonhap", "The Korea Herald" }));
            Assert.That(e.RecordIds, Is.EqualTo(new[] { "yonhap", "herald" }));
            Assert.That(e.Participants.Select(p => p.Name), Is.EqualTo(new[] { "Noh Kyu-duk", "Sung Kim" }));
        });
    }

    [TestCase("2021-07-10", 2, Description = "two days apart")]
    [TestCase("2021-07-09", 1, Description = "a day apart: a weekday or a time zone")]
    public void Dates_agree_within_a_day(string otherDate, int count)
    {
        var events = Run(
            Page("a", null, null, Talks(Media.Phone, "2021-07-08", [], Noh, Kim)),
            Page("b", null, null, Talks(Media.Phone, otherDate, [], Noh, Kim)));
        Assert.That(events, Has.Count.EqualTo(count));
    }

    [Test]
    public void Different_people_of_the_same_countries_on_the_same_day_are_different_events()
    {
        var events = Run(
            Page("a", null, null, Talks(Media.Phone, "2021-07-08", [], Noh, Kim)),
            Page("b", null, null, Talks(Media.Phone, "2021-07-08", [], Moon, Biden)));
        Assert.That(events, Has.Count.EqualTo(2));
    }

    [Test]
    public void Unnamed_parties_match_by_their_countries()
    {
        var events = Run(
            Page("a", null, null, Talks(Media.Phone, "2021-07-08", [], Noh, Kim)),
            Page("b", null, null, Talks(Media.Phone, "2021-07-08", [], Seoul, Washington)));
        Assert.That(events, Has.Count.EqualTo(1));
    }

    [Test]
    public void Media_must_be_compatible()
    {
        var events = Run(
            Page("a", null, null, Talks(Media.Phone, "2021-07-08", [], Noh, Kim)),
            Page("b", null, null, Talks(Media.InPerson, "2021-07-08", [], Noh, Kim)),
            Page("c", null, null, Talks(Media.Unspecified, "2021-07-08", [], Noh, Kim)));
        Assert.That(events.Select(e => e.Reports), Is.EqualTo(new[] { 2, 1 }), "unspecified joins the first event");
    }

    [Test]
    public void Two_interactions_of_one_page_stay_apart()
    {
        var events = Run(Page("a", null, null, Talks(Media.Phone, "2021-07-08", [], Noh, Kim), Talks(Media.Phone, "2021-07-08", [], Noh, Kim)));
        Assert.That(events, Has.Count.EqualTo(2));
    }

    [Test]
    public void An_undated_report_agrees_with_one_published_within_three_days()
    {
        var events = Run(
            Page("a", "2021-07-08", null, Talks(Media.Phone, "2021-07-08", [], Noh, Kim)),
            Page("b", "2021-07-10", null, Talks(Media.Phone, null, [], Noh, Kim)),
            Page("c", "2021-08-10", null, Talks(Media.Phone, null, [], Noh, Kim)));
        Assert.That(events.Select(e => e.Reports), Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void A_syndicated_copy_joins_its_originals_event_though_a_page_is_undated()
    {
        var events = Run(
            Page("yonhap", null, "Yonhap", Talks(Media.Phone, null, [], Noh, Kim)),
            Page("herald", "2021-07-08", "The Korea Herald", Talks(Media.Phone, "2021-07-08", [], Noh, Kim)) with { CopyOf = "yonhap" });
        Assert.That(events, Has.Count.EqualTo(1));
        Assert.That(events[0].Date, Is.EqualTo("2021-07-08"));
    }

    [Test]
    public void The_same_report_many_times_is_one_event_and_stays_fast()
    {
        var pages = Enumerable.Range(0, 20000).Select(i => Page($"p{i}", "2021-07-08", null, Talks(Media.Phone, "2021-07-08", [], Noh, Kim))).ToArray();
        var events = Run(pages);
        Assert.That(events.Single().Reports, Is.EqualTo(20000));
    }

    [TestCase("Antony J. Blinken", "blinken")]
    [TestCase("Joseph R. Biden, Jr.", "biden")]
    [TestCase("Kim Jong-un", "un")]
    [TestCase("KIM JONG UN", "un")]
    [TestCase("Recep Tayyip Erdoğan", "erdogan")]
    [TestCase(null, null)]
    public void Names_are_known_by_their_last_word(string? name, string? key) =>
        Assert.That(PartyKeys.NameKey(name), Is.EqualTo(key));
}
