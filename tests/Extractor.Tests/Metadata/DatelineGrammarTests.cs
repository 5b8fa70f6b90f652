using Extractor.Core.Lexicons;
using Extractor.Core.Metadata;
using Extractor.Core.Metadata.Datelines;

namespace Extractor.Tests.Metadata;

/// <summary>Dateline forms of issue 13: glued dashes, a known city in title case before a colon or a dash, a bracketed region.</summary>
public sealed class DatelineGrammarTests
{
    private static readonly MetadataLexicon Lexicon = new(LexiconSet.BuiltIn);

    [TestCase("New Delhi: External Affairs Minister held talks.", "New Delhi")]
    [TestCase("Washington - US Secretary of State spoke with him.", "Washington")]
    [TestCase("PARIS-French President Emmanuel Macron hosted the chancellor.", "Paris")]
    [TestCase("HANOI—The foreign ministers met online.", "Hanoi")]
    [TestCase("WASHINGTON, D.C. ― President Moon Jae-in met the president.", "Washington")]
    [TestCase("Tokyo, Dec. 21 (Jiji Press)--Japanese Prime Minister spoke.", "Tokyo")]
    [TestCase("Tokyo [Japan], October 5 (ANI): In his first phone call, he spoke.", "Tokyo")]
    [TestCase("MOSCOW, March 3 /TASS/. The minister said.", "Moscow")]
    [TestCase("Washington, DC (STL.News) The following is attributable to Spokesperson Ned Price:", "Washington")]
    public void Reads_the_dateline(string paragraph, string place) =>
        Assert.That(DatelineParser.Parse(paragraph, new DateOnly(2021, 1, 1), Lexicon)?.Place, Does.StartWith(place));

    [TestCase("U.S.-Japan Cooperation for Peace")]
    [TestCase("NATO-Russia Council talks resumed.")]
    [TestCase("Vladimir Putin: Good afternoon, colleagues.")]
    [TestCase("Also Read: Ministers hold talks")]
    [TestCase("Photo: Yonhap")]
    [TestCase("Moon Jae-in (right) Shakes hands with the president.")]
    [TestCase("Seoul (Yonhap) The minister said.")]
    public void A_capitalised_opening_that_is_no_dateline_gives_none(string paragraph) =>
        Assert.That(DatelineParser.Parse(paragraph, new DateOnly(2021, 1, 1), Lexicon), Is.Null);
}
