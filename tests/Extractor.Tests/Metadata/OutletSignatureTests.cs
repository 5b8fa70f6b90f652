using Extractor.Core.Lexicons;
using Extractor.Core.Metadata.Outlets;

namespace Extractor.Tests.Metadata;

/// <summary>
/// A signature is tried only on pages holding its required literal; the literal must be text every
/// match holds, or nothing at all when that cannot be read off the pattern.
/// </summary>
public sealed class OutletSignatureTests
{
    [TestCase("^Readout of (?:the )?(?:President)", "Readout of ")]
    [TestCase("^Media Note$", "Media Note")]
    [TestCase("^The Kremlin, Moscow$", "The Kremlin, Moscow")]
    [TestCase("^Novo-Ogaryovo, Moscow Region$", "Novo-Ogaryovo, Moscow Region")]
    [TestCase("^Statements? from", "Statement")]
    [TestCase("^Offices* of", "Office")]
    [TestCase("^(?:FACT SHEET|Fact Sheet): President", ": President")]
    [TestCase("^[\\p{Lu}][\\p{L}. ]+, Secretary of State$", ", Secretary of State")]
    [TestCase("\\bPresident Joseph", "President Joseph")]
    [TestCase("^(?:On \\w+, \\w+ \\d{1,2}, \\d{4}, )?the President signed into law", "the President signed into law")]
    [TestCase("^Ab{2,3}cde", "cde")]
    [TestCase("^[^]a-z]+ Spokesperson$", " Spokesperson")]
    public void Required_literal_is_text_every_match_holds(string pattern, string literal) =>
        Assert.That(OutletList.RequiredLiteral(pattern), Is.EqualTo(literal));

    [TestCase("^Media|Note$")]
    [TestCase("^(?i)media note")]
    [TestCase("^(?:Telephone conversations?|Talks) (?:with|to) ")]
    [TestCase("^Ab")]
    public void No_literal_when_the_pattern_does_not_fix_one(string pattern) =>
        Assert.That(OutletList.RequiredLiteral(pattern), Is.Null);

    // The one-scan check of every signature agrees with one search per signature.
    [TestCase("Office of the Spokesperson\nJohn Smith, Secretary of State")]
    [TestCase("The Kremlin, Moscow\nReadout of the President's Call")]
    [TestCase("Media Note\nOffice of the Spokesperson\nMedia NoteMedia Note")]
    [TestCase("nothing to see here")]
    [TestCase("")]
    public void One_scan_finds_the_literals_each_search_finds(string page)
    {
        var outlets = LexiconSet.BuiltIn.Outlets;
        var each = Enumerable.Range(0, outlets.Signatures.Count).Select(s => outlets.MayMatch(s, page)).ToArray();
        Assert.That(outlets.MayMatch(page), Is.EqualTo(each));
    }
}
