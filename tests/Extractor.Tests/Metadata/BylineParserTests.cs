using Extractor.Core.Metadata;
using Extractor.Core.Lexicons;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Bylines;

namespace Extractor.Tests.Metadata;

public sealed class BylineParserTests
{
    private static readonly MetadataLexicon Agencies = new MetadataLexicon(LexiconSet.BuiltIn);

    [TestCase("By Kim Eun-jung", new[] { "Kim Eun-jung" }, new string[0])]
    [TestCase("By Yonhap", new string[0], new[] { "Yonhap" })]
    [TestCase("Faizan Hashmi 3 minutes ago Tue 03rd August 2021 | 01:10 AM", new[] { "Faizan Hashmi" }, new string[0])]
    [TestCase("Sumaira FH (@sumairafh) 25 minutes ago Thu 24th September 2020 | 07:29 PM", new[] { "Sumaira FH" }, new string[0])]
    [TestCase("Tom Krisher, Ap Auto Writer", new[] { "Tom Krisher" }, new string[0])]
    [TestCase("By Tom Krisher, AP Auto Writer", new[] { "Tom Krisher" }, new[] { "AP" })]
    [TestCase("BY SARAH KIM", new[] { "Sarah Kim" }, new string[0])]
    [TestCase("By Lisa Mascaro, Mary Clare Jalonick and Eric Tucker", new[] { "Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker" }, new string[0])]
    [TestCase("By Herald Staff", new string[0], new string[0])]
    [TestCase("By The Associated Press", new string[0], new[] { "AP" })]
    [TestCase("By AFP-JIJI", new string[0], new[] { "AFP", "Jiji" })]
    [TestCase("By Kim Eun-jung (ejkim@yna.co.kr)", new[] { "Kim Eun-jung" }, new string[0])]
    [TestCase("By Tess Bonn - 11/19/19 06:56 AM EST", new[] { "Tess Bonn" }, new string[0])]
    [TestCase("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", new[] { "Louis Jacobson" }, new string[0])]
    [TestCase("By Kim Eun-jung  Published : 2022.01.26 19:47", new[] { "Kim Eun-jung" }, new string[0])]
    [TestCase("By Tom Davies Associated Press", new[] { "Tom Davies" }, new[] { "AP" })]
    [TestCase("By Jose Altoveros View More Articles", new[] { "Jose Altoveros" }, new string[0])]
    [TestCase("By Practical Horseman Editorial Staff", new string[0], new string[0])]
    [TestCase("By Meg JamesStaff Writer", new[] { "Meg James" }, new string[0])]
    [TestCase("By Web Desk", new string[0], new string[0])]
    [TestCase("By 배윤경,이상현,한수진", new[] { "배윤경", "이상현", "한수진" }, new string[0])]
    [TestCase("By 신현주 기자", new[] { "신현주" }, new string[0])]
    [TestCase("By 松岡大地", new[] { "松岡大地" }, new string[0])]
    [TestCase("By 國際新聞中心編輯部", new string[0], new string[0])]
    [TestCase("Ned Price, Department Spokesperson", new string[0], new string[0])]
    [TestCase("Autorin/Autor Roman Goncharenko", new[] { "Roman Goncharenko" }, new string[0])]
    [TestCase("Autor / Autorin: Anna Menin", new[] { "Anna Menin" }, new string[0])]
    public void Reads_header_bylines(string line, string[] authors, string[] agencies)
    {
        var byline = BylineParser.ReadHeaderLine(line, Agencies);
        Assert.Multiple(() =>
        {
            Assert.That(byline.Authors, Is.EqualTo(authors));
            Assert.That(byline.Agencies, Is.EqualTo(agencies));
        });
    }

    [TestCase("Senior diplomats of South Korea and Russia talked over the phone Wednesday.")]
    [TestCase("Secretary of State Antony J. Blinken held his introductory call yesterday with Park Jin.")]
    [TestCase("Antony J. Blinken, Secretary of State")]
    [TestCase("Back To Top")]
    [TestCase("kej@yna.co.kr")]
    public void A_line_that_is_no_byline_credits_nobody(string line) =>
        Assert.That(BylineParser.ReadHeaderLine(line, Agencies).IsEmpty, Is.True);

    [TestCase("Kim Arin (arin@heraldcorp.com)", "Kim Arin")]
    [TestCase("By Shin Ji-hye (shinjh@heraldcorp.com)", "Shin Ji-hye")]
    [TestCase("Reporter Kim Eun-jung kej@yna.co.kr", "Kim Eun-jung")]
    public void Reads_email_sign_offs(string line, string author) =>
        Assert.That(BylineParser.ReadSignOff(line, Agencies).Authors, Is.EqualTo(new[] { author }));

    // A byline printed at the end: the writers, not the editors after the semicolon (news g070, g157).
    [TestCase("(Reporting by Daniel Leussink; editing by Philippa Fletcher)", new[] { "Daniel Leussink" })]
    [TestCase("Written by Kaori Kaneko, Chang-Ran Kim and Maki Shiraki; Edited by Lincoln Feast, Hugh Lawson", new[] { "Kaori Kaneko", "Chang-Ran Kim", "Maki Shiraki" })]
    [TestCase("By the end of the year, the two sides had met four times.", new string[0])]
    public void Reads_byline_sign_offs(string line, string[] authors) =>
        Assert.That(BylineParser.ReadSignOff(line, Agencies).Authors, Is.EqualTo(authors));

    [TestCase("Lê Phương", "Lê Phương")]
    [TestCase("Stefan Wasmer", "Stefan Wasmer")]
    [TestCase("Kort fortalt", null)]
    [TestCase("Reuters Staff", null)]
    [TestCase("HOLGER ZSCHÄPITZ", null)]
    [TestCase("The talks ended.", null)]
    public void Reads_a_bare_name_as_a_sign_off_only_when_it_is_a_name(string line, string? name) =>
        Assert.That(BylineParser.ReadBareSignOff(line, Agencies), Is.EqualTo(name));

    [Test]
    public void Tidy_drops_credits_that_hold_another_and_the_outlet() =>
        Assert.That(AuthorList.Tidy(["Anna Menin", "Anna MeninShare", "Sobre Carlos Nadalim", "Carlos Nadalim", "CNN"], "CNN"), Is.EqualTo(new[] { "Anna Menin", "Carlos Nadalim" }));
}
