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

    private static readonly TopicLexicon Heads = TopicLexicon.Parse("""
        { "topics": [
          { "label": "security", "terms": ["security"], "heads": ["crisis"] },
          { "label": "health", "terms": ["COVID*", "health"] },
          { "label": "climate", "terms": ["climate"], "heads": ["environment"] }
        ],
          "idioms": ["good health", "food security"] }
        """);

    // A head term gives its label unless the word before it is another label's term (wh-012, sd-020);
    // an idiom is blanked before any term is matched (kr-009's wish of good health, kr-008's food security).
    [TestCase("fighting the climate crisis", "climate")]
    [TestCase("the ongoing COVID-19 crisis", "health")]
    [TestCase("the COVID-19 - crisis", "health")]
    [TestCase("the crisis in Burma", "security")]
    [TestCase("a security crisis", "security")]
    [TestCase("Crisis talks", "security")]
    [TestCase("the climate crisis and the crisis in Burma", "security,climate")]
    [TestCase("the security environment in Afghanistan", "security")]
    [TestCase("security, environment, and democracy", "security,climate")]
    [TestCase("wishes of good health to the veterans", "")]
    [TestCase("Good   Health and public health", "health")]
    [TestCase("issues of food security", "")]
    public void Heads_and_idioms(string text, string labels)
    {
        Assert.That(string.Join(',', Heads.Match(text)), Is.EqualTo(labels));
    }

    [TestCase("""{ "topics": [ { "label": "a", "terms": ["x"], "heads": [" "] } ] }""", "topic \"a\" has an empty head term")]
    [TestCase("""{ "topics": [ { "label": "a", "terms": ["x"] } ], "idioms": [""] }""", "an idiom is empty")]
    public void An_empty_head_or_idiom_is_an_error(string json, string message)
    {
        Assert.That(() => TopicLexicon.Parse(json), Throws.TypeOf<FormatException>().With.Message.EqualTo(message));
    }
}
