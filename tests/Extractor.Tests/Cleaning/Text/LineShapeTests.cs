using Extractor.Core.Lexicons;
using Extractor.Core.Cleaning.Text;

namespace Extractor.Tests.Cleaning.Text;

public sealed class LineShapeTests
{
    [TestCase("He said so.", true)]
    [TestCase("“We needed to win this game,” Lynn said.”", true)]
    [TestCase("... since the start of the year. (Yonhap)", true)]
    [TestCase("... test-fired on Jan. 25, 2022. (Yonhap) |", true)]
    [TestCase("... into the US. PTI", true)]
    [TestCase("Senior diplomats of S. Korea, Russia hold phone talks over N. Korea", false)]
    [TestCase("Why now?", true)]
    [TestCase("報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。", true)]
    public void Knows_how_a_line_ends(string line, bool endsSentence) =>
        Assert.That(LineShape.Measure(line, LexiconSet.BuiltIn.Text).EndsSentence, Is.EqualTo(endsSentence));

    [Test]
    public void Counts_words_function_words_and_capitals()
    {
        var shape = LineShape.Measure("The top nuclear envoys of South Korea and the United States held phone talks", LexiconSet.BuiltIn.Text);
        Assert.Multiple(() =>
        {
            Assert.That(shape.Words, Is.EqualTo(14));
            Assert.That(shape.StopWords, Is.EqualTo(4));
            Assert.That(shape.CapitalWords, Is.EqualTo(5));
        });
    }

    [Test]
    public void Counts_chinese_and_japanese_by_characters()
    {
        var shape = LineShape.Measure("商品の改造が商標法違反に", LexiconSet.BuiltIn.Text);
        Assert.Multiple(() =>
        {
            Assert.That(shape.IsCjk, Is.True);
            Assert.That(shape.Words, Is.EqualTo(6));
        });
    }

    [Test]
    public void An_ellipsis_before_a_capital_is_no_sentence_end()
    {
        var shape = LineShape.Measure("Residents may soon... Indian-origin man pleads guilty. He said.", LexiconSet.BuiltIn.Text);
        Assert.That(shape.Sentences, Is.EqualTo(2));
    }

    [TestCase("Talks were held in China.The ministers met again.", 2)]
    [TestCase("Both sides met in the U.S.The talks went on.", 1)]
    [TestCase("Visit www.example.com for more", 0)]
    public void Counts_sentences_glued_without_a_space(string line, int sentences) =>
        Assert.That(LineShape.Measure(line, LexiconSet.BuiltIn.Text).Sentences, Is.EqualTo(sentences));
}
