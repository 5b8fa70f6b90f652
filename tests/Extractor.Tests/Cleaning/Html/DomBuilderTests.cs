using Extractor.Core.Cleaning.Html;

namespace Extractor.Tests.Cleaning.Html;

public sealed class DomBuilderTests
{
    [TestCase("plain words", "plain words")]
    [TestCase("  edges  ", " edges ")]
    [TestCase("a\n\t b", "a b")]
    [TestCase("a\u00A0\u200Bb", "a b")]
    [TestCase("\u3000\n", " ")]
    [TestCase("Tom &amp;\u2009Jerry", "Tom & Jerry")]
    public void Collapse_decodes_entities_and_makes_each_whitespace_run_one_space(string raw, string expected) =>
        Assert.That(DomBuilder.Collapse(raw), Is.EqualTo(expected));

    // What a reader sees and copies: soft hyphens, word joiners and zero-width no-break spaces print
    // nothing; the zero-width joiner of an emoji sequence shapes what is printed and stays.
    [TestCase("Der be&shy;lieb&shy;te Crash-Tarif", "Der beliebte Crash-Tarif")]
    [TestCase("Bundes\u00ADverfassungs\u00ADgericht", "Bundesverfassungsgericht")]
    [TestCase("\uFEFFword\u2060joined", "wordjoined")]
    [TestCase("family \U0001F468\u200D\U0001F469\u200D\U0001F467", "family \U0001F468\u200D\U0001F469\u200D\U0001F467")]
    public void Collapse_drops_characters_that_print_nothing(string raw, string expected) =>
        Assert.That(DomBuilder.Collapse(raw), Is.EqualTo(expected));

    // Texts past the stack buffer are collapsed in a pooled one: the same result either side of
    // its length, and a rented array's leftovers from a longer text do not leak into a shorter one.
    [TestCase(255)]
    [TestCase(256)]
    [TestCase(257)]
    [TestCase(5000)]
    public void Collapse_gives_the_same_text_at_any_length(int length)
    {
        var raw = string.Concat(Enumerable.Range(0, length).Select(i => i % 7 < 2 ? '\n' : (char)('a' + (i % 26))));
        var expected = System.Text.RegularExpressions.Regex.Replace(raw, "\n+", " ");
        Assert.That(DomBuilder.Collapse(raw), Is.EqualTo(expected));
        Assert.That(DomBuilder.Collapse(raw[..(length / 2)]), Is.EqualTo(System.Text.RegularExpressions.Regex.Replace(raw[..(length / 2)], "\n+", " ")));
    }

    [Test]
    public void The_listed_whitespace_is_every_character_the_cleaner_counts_as_space()
    {
        var counted = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => c != ' ' && (char.IsWhiteSpace(c) || c == '\u200B'));
        Assert.That(DomBuilder.OtherSpaceCharacters.Order(), Is.EqualTo(counted));
    }
}
