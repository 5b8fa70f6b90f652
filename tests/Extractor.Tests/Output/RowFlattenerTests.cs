using Extractor.Core.Model;
using Extractor.Core.Output;

namespace Extractor.Tests.Output;

public sealed class RowFlattenerTests
{
    [TestCase("Noh Kyu-duk", "Deputy Foreign Minister", "South Korea", null, "Noh Kyu-duk (Deputy Foreign Minister, South Korea)")]
    [TestCase("Noh Kyu-duk", null, "South Korea", null, "Noh Kyu-duk (South Korea)")]
    [TestCase("Noh Kyu-duk", "envoy", null, null, "Noh Kyu-duk (envoy)")]
    [TestCase("Noh Kyu-duk", null, null, "Foreign Ministry", "Noh Kyu-duk")]
    [TestCase(null, null, "Japan", "the foreign ministry of Japan", "the foreign ministry of Japan (Japan)")]
    [TestCase(null, "Foreign Minister", "Japan", null, "Foreign Minister, Japan")]
    [TestCase(null, null, null, null, "")]
    public void Participant_is_written_name_title_country_leaving_out_nulls(string? name, string? title, string? country, string? organization, string expected)
    {
        var participant = new Participant(name, title, country, null, organization);
        Assert.That(RowFlattener.FormatParticipant(participant), Is.EqualTo(expected));
    }

    [Test]
    public void One_row_per_document_describes_the_main_interaction()
    {
        var rows = RowFlattener.Rows(SampleRecords.WithInteractions, ExplodeMode.None).ToArray();
        Assert.That(rows, Has.Length.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].InteractionCount, Is.EqualTo(2));
            Assert.That(rows[0].InteractionIndex, Is.Null);
            Assert.That(rows[0].Medium, Is.EqualTo("phone"));
            Assert.That(rows[0].Countries, Is.EqualTo(new[] { "KOR", "RUS" }));
        });
    }

    [TestCase(ExplodeMode.None, 1)]
    [TestCase(ExplodeMode.Interactions, 2)]
    [TestCase(ExplodeMode.Participants, 3)]
    public void Explode_modes_give_their_row_counts(ExplodeMode explode, int rows) =>
        Assert.That(RowFlattener.Rows(SampleRecords.WithInteractions, explode).Count(), Is.EqualTo(rows));

    [TestCase(ExplodeMode.None)]
    [TestCase(ExplodeMode.Interactions)]
    [TestCase(ExplodeMode.Participants)]
    public void A_document_without_interactions_still_gets_one_row(ExplodeMode explode)
    {
        var rows = RowFlattener.Rows(SampleRecords.WithoutInteractions, explode).ToArray();
        Assert.That(rows, Has.Length.EqualTo(1));
        Assert.That(rows[0].Medium, Is.Null);
    }
}
