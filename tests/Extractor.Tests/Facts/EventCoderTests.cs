using Extractor.Core.Facts;
using Extractor.Core.Lexicons;
using Extractor.Core.Model;

namespace Extractor.Tests.Facts;

[TestFixture]
public sealed class EventCoderTests
{
    private static readonly EventCoder Coder = LexiconSet.BuiltIn.EventCoder;
    private static readonly Participant Macron = new("Emmanuel Macron", "President", "France", "FRA", null);
    private static readonly Participant Scholz = new("Olaf Scholz", "Chancellor", "Germany", "DEU", null);
    private static readonly Participant Tokayev = new("Kassym-Jomart Tokayev", "President", "Kazakhstan", "KAZ", null);

    private static Interaction Meeting(string medium, string evidence, params Participant[] parties) =>
        new(medium, "2022-10-26", parties, parties.Select(p => p.CountryCode).OfType<string>().Distinct().ToArray(), [], evidence, 0);

    private static string[] Names(Interaction i) => i.Participants.Select(p => p.Name ?? p.CountryCode!).ToArray();

    [TestCase("phone", "041", "phone")]
    [TestCase("video", "041", "phone")]
    [TestCase("written", "040", null)]
    [TestCase(Media.Unspecified, "040", null)]
    [TestCase(Media.InPerson, "040", null)]
    public void Medium_alone_gives_the_code(string medium, string cameo, string? mode)
    {
        var coded = Coder.Code(Meeting(medium, "Macron and Scholz held talks on energy.", Macron, Scholz));
        Assert.That((coded.Cameo, coded.Plover), Is.EqualTo((cameo, new PloverCode("CONSULT", mode))));
    }

    [Test]
    public void The_codes_of_a_medium_come_from_the_data()
    {
        var data = LexiconSet.BuiltIn.EventCodesData;
        var noRemote = new EventCoder(data with { MediumCodes = [] }, LexiconSet.BuiltIn.Countries);
        var written = new EventCoder(data with { MediumCodes = [new MediumCodeEntry { Medium = "written", Cameo = "041", Mode = null }] }, LexiconSet.BuiltIn.Countries);
        var call = Meeting("phone", "Macron and Scholz held talks on energy.", Macron, Scholz);
        Assert.Multiple(() =>
        {
            Assert.That(noRemote.Code(call).Cameo, Is.EqualTo("040"));
            Assert.That(noRemote.Code(call).Plover.Mode, Is.Null);
            Assert.That(written.Code(call with { Medium = "written" }).Cameo, Is.EqualTo("041"));
        });
    }

    [Test]
    public void A_host_phrase_puts_the_visitor_first_and_codes_a_hosted_visit()
    {
        var coded = Coder.Code(Meeting(Media.InPerson, "French President Emmanuel Macron hosted German Chancellor Olaf Scholz for lunch Wednesday.", Macron, Scholz));
        Assert.That((coded.Cameo, coded.Plover.Mode), Is.EqualTo(("043", "visit")));
        Assert.That(Names(coded), Is.EqualTo(new[] { "Olaf Scholz", "Emmanuel Macron" }));
        Assert.That(coded.Countries, Is.EqualTo(new[] { "DEU", "FRA" }));
    }

    [TestCase("Scholz visited Paris on Wednesday and met Macron.")]
    [TestCase("Scholz arrived in France on Wednesday for talks with Macron.")]
    [TestCase("Olaf Scholz was received by Emmanuel Macron at the Elysee.")]
    public void A_visitor_phrase_codes_a_visit_made(string evidence)
    {
        var coded = Coder.Code(Meeting(Media.InPerson, evidence, Macron, Scholz));
        Assert.That((coded.Cameo, coded.Plover.Mode), Is.EqualTo(("042", "visit")));
        Assert.That(Names(coded)[0], Is.EqualTo("Olaf Scholz"));
    }

    [Test]
    public void Hosting_talks_names_no_visitor()
    {
        // kr-017: the Kremlin hosted the talks; no party is the subject of "hosted".
        var coded = Coder.Code(Meeting(Media.InPerson, "The Kremlin hosted talks between Emmanuel Macron and Olaf Scholz.", Macron, Scholz));
        Assert.That(coded.Cameo, Is.EqualTo("040"));
        Assert.That(Names(coded)[0], Is.EqualTo("Emmanuel Macron"));
    }

    [Test]
    public void A_possessive_names_someone_else()
    {
        var envoy = new Participant("Steve Witkoff", "envoy", "United States", "USA", null);
        var coded = Coder.Code(Meeting(Media.InPerson, "Macron hosted Scholz's envoy, Steve Witkoff, in Paris.", Macron, Scholz, envoy));
        Assert.That(Names(coded)[0], Is.EqualTo("Steve Witkoff"));
        Assert.That((coded.Cameo, coded.Plover.Mode), Is.EqualTo(("043", "multilateral")));
    }

    [TestCase("Macron met with Tokayev on the sidelines of the summit.", "044", "third-party")]
    [TestCase("Macron met with Tokayev in Tokyo.", "044", "third-party")]
    [TestCase("Macron met with Tokayev in Paris.", "040", null)]
    [TestCase("Macron met with Tokayev in France on the sidelines of the summit.", "040", null)]
    public void A_place_that_is_no_partys_country_is_a_third_place(string evidence, string cameo, string? mode)
    {
        var coded = Coder.Code(Meeting(Media.InPerson, evidence, Macron, Tokayev));
        Assert.That((coded.Cameo, coded.Plover.Mode), Is.EqualTo((cameo, mode)));
    }

    [Test]
    public void More_than_two_countries_is_multilateral()
    {
        var coded = Coder.Code(Meeting("video", "Macron, Scholz and Tokayev held a video call.", Macron, Scholz, Tokayev));
        Assert.That((coded.Cameo, coded.Plover.Mode), Is.EqualTo(("041", "multilateral")));
    }

    [Test]
    public void The_extractor_codes_what_it_builds()
    {
        var found = new InteractionExtractor(LexiconSet.BuiltIn).Extract(
            "PARIS, Oct. 26 -- French President Emmanuel Macron hosted German Chancellor Olaf Scholz for lunch on Wednesday.",
            null,
            Extractor.Core.Metadata.PageMetadata.Empty with { Published = "2022-10-26" });
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That((found[0].Cameo, found[0].Plover.Mode, found[0].Participants[0].Name), Is.EqualTo(("043", "visit", "Olaf Scholz")));
    }
}
