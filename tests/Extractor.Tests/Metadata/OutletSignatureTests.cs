using Extractor.Core.Metadata.Outlets;

namespace Extractor.Tests.Metadata;

/// <summary>
/// A signature is tried only on pages holding its leading literal; the literal must be text every
/// match starts with, or nothing at all when that cannot be read off the pattern.
/// </summary>
public sealed class OutletSignatureTests
{
    [TestCase("^Readout of (?:the )?(?:President)", "Readout of ")]
    [TestCase("^Media Note$", "Media Note")]
    [TestCase("^The Kremlin, Moscow$", "The Kremlin, Moscow")]
    [TestCase("^Novo-Ogaryovo, Moscow Region$", "Novo-Ogaryovo, Moscow Region")]
    [TestCase("^Statements? from", "Statement")]
    [TestCase("^Offices* of", "Office")]
    public void Leading_literal_is_the_text_every_match_starts_with(string pattern, string literal) =>
        Assert.That(OutletList.LeadingLiteral(pattern), Is.EqualTo(literal));

    [TestCase("^Media|Note$")]
    [TestCase("^(?:FACT SHEET|Fact Sheet): President")]
    [TestCase("^[\\p{Lu}][\\p{L}. ]+, Secretary of State$")]
    [TestCase("^(?i)media note")]
    [TestCase("\\bPresident Joseph")]
    [TestCase("^Ab")]
    public void No_literal_when_the_pattern_does_not_fix_one(string pattern) =>
        Assert.That(OutletList.LeadingLiteral(pattern), Is.Null);
}
