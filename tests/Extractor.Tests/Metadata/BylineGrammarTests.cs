using Extractor.Core.Lexicons;
using Extractor.Core.Metadata;
using Extractor.Core.Metadata.Bylines;
using Extractor.Core.Metadata.Outlets;

namespace Extractor.Tests.Metadata;

/// <summary>The byline grammar's words by language (bylines.json) and the outlet a dateline credit names.</summary>
public sealed class BylineGrammarTests
{
    private static readonly MetadataLexicon Lexicon = new(LexiconSet.BuiltIn);

    [TestCase("By Anna Menin and Tom Krisher", new[] { "Anna Menin", "Tom Krisher" })]
    [TestCase("von Anna Menin und Jonas Weber", new[] { "Anna Menin", "Jonas Weber" })]
    [TestCase("Par Claire Dubois et Marc Petit", new[] { "Claire Dubois", "Marc Petit" })]
    [TestCase("Por María López y Juan Pérez", new[] { "María López", "Juan Pérez" })]
    [TestCase("Av Ingrid Hansen og Per Olsen", new[] { "Ingrid Hansen", "Per Olsen" })]
    [TestCase("Written by Kim Eun-jung", new[] { "Kim Eun-jung" })]
    [TestCase("By Yonhap", new string[0])]
    public void Reads_people_from_a_byline_in_several_languages(string line, string[] people) =>
        Assert.That(BylineParser.ReadHeaderLine(line, Lexicon).Authors, Is.EqualTo(people));

    [TestCase("Di 12.03.2020")]
    [TestCase("Posted in Politics")]
    public void A_line_that_only_looks_like_a_byline_gives_no_people(string line) =>
        Assert.That(BylineParser.ReadHeaderLine(line, Lexicon).Authors, Is.Empty);

    [TestCase("Yonhap", "Yonhap")]
    [TestCase("STL.News", "STL.News")]
    [TestCase("UrduPoint News / Sputnik - 03rd August, 2021", "UrduPoint")]
    [TestCase("Reuters/Kyodo", null)]
    [TestCase(null, null)]
    public void A_dateline_credit_names_the_outlet_of_last_resort(string? credit, string? outlet) =>
        Assert.That(OutletFinder.FromCredit(credit, Lexicon.Agencies, Lexicon.Outlets), outlet is null ? Is.Null : Does.StartWith(outlet));
}
