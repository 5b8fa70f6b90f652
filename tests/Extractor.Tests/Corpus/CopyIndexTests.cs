using Extractor.Core.Corpus;

namespace Extractor.Tests.Corpus;

[TestFixture]
public sealed class CopyIndexTests
{
    private const string Story =
        "Senior diplomats of South Korea and Russia talked over the phone Wednesday and agreed to work together for the " +
        "swift resumption of dialogue with North Korea, the foreign ministry said. Noh Kyu-duk, special representative " +
        "for Korean Peninsula peace and security affairs, held the phone talks with Russian Deputy Foreign Minister Igor " +
        "Morgulov and discussed the situation on the peninsula following a series of missile launches by the North this " +
        "month. The two sides shared the view that the recent launches are not desirable for the stability of the region " +
        "and agreed to continue close communication, according to the ministry. Morgulov said Moscow supports the efforts " +
        "of Seoul to build lasting peace and stressed the importance of engaging the North in talks at an early date.";

    // Templated readouts: the same frame, other people and subjects.
    private static string Readout(string who, string country, string topic) =>
        $"Secretary of State Antony J. Blinken spoke today with {country} Foreign Minister {who}. The Secretary and Foreign " +
        $"Minister {who} discussed {topic} and the importance of close cooperation between the United States and {country}. " +
        $"They also exchanged views on regional issues, including {topic}, and committed to stay in close touch in the weeks ahead. " +
        $"The Secretary thanked Foreign Minister {who} for the partnership of {country} on {topic}.";

    // The signature pinned to values computed outside the tool with the plain scheme (FNV-1a words, SplitMix64's
    // finaliser per shingle, one permutation hashing into 60 bins with optimal densification, in a few lines of
    // Python): a faster way of computing it must give the same values, or copy_of moves.
    [Test]
    public void The_signature_keeps_the_values_of_the_plain_scheme()
    {
        var signature = MinHasher.Sign(Story)!;
        Assert.That(signature.Shingles, Is.EqualTo(122));
        Assert.That(signature.Bands.Take(4), Is.EqualTo(new[] { 0x9f81d8bda9d5f22cUL, 0x58b50bde540d3cf9UL, 0xd487f60bdd4cdcfbUL, 0x96f38abd7652a55aUL }));
        Assert.That(signature.Bands[^1], Is.EqualTo(3912999783434828123UL));
        Assert.That(signature.Sketch, Is.EqualTo(new byte[] { 74, 244, 128, 156, 161, 154, 7, 180, 53, 23, 64, 25, 12, 132, 54, 198, 147, 204, 116, 214, 102, 67, 66, 102, 37, 214, 132, 254, 252, 180, 106, 161, 25, 215, 168, 129, 79, 91, 56, 11, 16, 83, 5, 131, 147, 245, 16, 142, 98, 206, 152, 65, 120, 74, 101, 254, 113, 72, 231, 2 }));
    }

    [Test]
    public void A_copy_with_its_own_first_and_last_paragraphs_points_to_the_first_page()
    {
        var index = new CopyIndex();
        var copy = "By Kim Soo-yeon\n\nSEOUL (Yonhap) -- Read the full story below.\n\n" + Story + "\n\n(END) Copyright Yonhap News Agency. All rights reserved.";
        Assert.That(index.Add("yonhap", MinHasher.Sign(Story)), Is.Null);
        Assert.That(index.Add("herald", MinHasher.Sign(copy)), Is.EqualTo("yonhap"));
        Assert.That(index.Add("third", MinHasher.Sign(Story.ToUpperInvariant())), Is.EqualTo("yonhap"));
        Assert.That(index.Indexed, Is.EqualTo(1), "copies are not indexed");
    }

    [Test]
    public void A_copy_cut_short_is_still_a_copy()
    {
        // g069/g071: one page carries only the first half of the wire story (Jaccard about 0.5, containment 1).
        var index = new CopyIndex();
        var half = Story[..(Story.Length / 2)];
        Assert.That(index.Add("full", MinHasher.Sign(Story)), Is.Null);
        Assert.That(index.Add("half", MinHasher.Sign(half)), Is.EqualTo("full"));
    }

    // Paragraphs of one long wire story, each its own words.
    private static string Paragraph(int i) =>
        $"In paragraph {i} the envoy number {i * 7} told reporters in room {i * 13} that talks on item {i * 17} went well, " +
        $"and officials from office {i * 19} said the next round on clause {i * 23} would follow within {i * 29} days.";

    [Test]
    public void An_abridged_copy_with_a_rewritten_lead_is_a_copy()
    {
        // News g071 -> g069 (Reuters and Shafaqna): the copy rewrites the first paragraph and drops every other one of
        // the rest; Jaccard 0.29, containment 0.71. At Jaccard 0.29 a pair must still become candidates.
        var wire = string.Join("\n\n", Enumerable.Range(1, 8).Select(Paragraph));
        var copy = "SHAFAQNA - The envoys met and spoke of many things today, a source said.\n\n" +
            string.Join("\n\n", new[] { 2, 3, 5, 7 }.Select(Paragraph));
        var index = new CopyIndex();
        Assert.That(index.Add("reuters", MinHasher.Sign(wire)), Is.Null);
        Assert.That(index.Add("shafaqna", MinHasher.Sign(copy)), Is.EqualTo("reuters"));
    }

    [Test]
    public void A_short_text_that_is_the_footer_of_a_long_one_is_no_copy()
    {
        // article-extraction text dumps: one page's text is only the site's disclaimer, another's ends with it (ratio 0.22).
        var disclaimer = string.Join("\n\n", Enumerable.Range(100, 2).Select(Paragraph));
        var article = string.Join("\n\n", Enumerable.Range(1, 9).Select(Paragraph)) + "\n\n" + disclaimer;
        var index = new CopyIndex();
        Assert.That(index.Add("article", MinHasher.Sign(article)), Is.Null);
        Assert.That(index.Add("disclaimer", MinHasher.Sign(disclaimer)), Is.Null);
    }

    [Test]
    public void Templated_readouts_of_different_calls_are_not_copies()
    {
        var index = new CopyIndex();
        Assert.That(index.Add("a", MinHasher.Sign(Readout("Park Jin", "South Korea", "the threat posed by North Korea's missile programme"))), Is.Null);
        Assert.That(index.Add("b", MinHasher.Sign(Readout("Yoshimasa Hayashi", "Japan", "energy security and the war in Ukraine"))), Is.Null);
        Assert.That(index.Add("c", MinHasher.Sign(Readout("Penny Wong", "Australia", "climate finance in the Pacific islands"))), Is.Null);
        Assert.That(index.Indexed, Is.EqualTo(3));
    }

    [Test]
    public void A_short_text_gets_no_signature_and_is_nobodys_copy()
    {
        Assert.That(MinHasher.Sign("Two leaders met."), Is.Null);
        var index = new CopyIndex();
        Assert.That(index.Add("short", null), Is.Null);
        Assert.That(index.Indexed, Is.Zero);
    }

    [Test]
    public void The_sketch_estimates_jaccard_similarity()
    {
        var a = MinHasher.Sign(Story)!;
        Assert.That(MinHasher.EstimateJaccard(a.Sketch, MinHasher.Sign(Story)!.Sketch), Is.EqualTo(1.0));
        var other = MinHasher.Sign(Readout("Park Jin", "South Korea", "the threat posed by North Korea's missile programme"))!;
        Assert.That(MinHasher.EstimateJaccard(a.Sketch, other.Sketch), Is.LessThan(0.1));
    }

    [Test]
    public void Many_distinct_pages_make_no_group()
    {
        // Linear and quiet: 5,000 unrelated pages (their words differ) give no copy.
        var index = new CopyIndex();
        var copies = 0;
        var random = new Random(17);
        for (var p = 0; p < 5000; p++)
        {
            var words = Enumerable.Range(0, 80).Select(_ => "w" + random.Next(20000).ToString(System.Globalization.CultureInfo.InvariantCulture));
            copies += index.Add($"p{p}", MinHasher.Sign(string.Join(' ', words))) is null ? 0 : 1;
        }

        Assert.That(copies, Is.Zero);
        Assert.That(index.Indexed, Is.EqualTo(5000));
    }
}
