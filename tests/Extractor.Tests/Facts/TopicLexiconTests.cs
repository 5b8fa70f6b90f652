using Extractor.Core.Facts;

namespace Extractor.Tests.Facts;

public sealed class TopicLexiconTests
{
    private static readonly TopicLexicon Lexicon = TopicLexicon.Parse("""
        { "topics": [
          { "label": "nuclear", "terms": ["denucleari*", "NPT"] },
          { "label": "security", "terms": ["sécurité", "public safety"] },
          { "label": "trade", "terms": ["export control*"] },
          { "label": "korea", "terms": ["korea*"] }
        ] }
        """);

    // Terms match whole words in any case; the quick check for a term's first word must not lose any of them.
    [TestCase("They discussed DENUCLEARIZATION.", "nuclear")]
    [TestCase("the npt review", "nuclear")]
    [TestCase("Questions de SÉCURITÉ.", "security")]
    [TestCase("Public   Safety first", "security")]
    [TestCase("new EXPORT-CONTROLS were discussed", "trade")]
    [TestCase("talks on \u212Aorea", "korea")]
    [TestCase("Nothing of note.", "")]
    [TestCase("the nptx review", "")]
    [TestCase("xnpt first, then the NPT", "nuclear")]
    public void Finds_terms_in_any_case(string text, string labels)
    {
        Assert.That(string.Join(',', Lexicon.Match(text)), Is.EqualTo(labels));
    }
}
