using Extractor.Core.Facts;

namespace Extractor.Tests.Facts;

public sealed class SentenceSplitterTests
{
    [TestCase("Senior diplomats of S. Korea and Russia talked. Noh spoke.", 2)]
    [TestCase("The U.S. Secretary of State spoke with Park. They agreed.", 2)]
    [TestCase("They met on Jan. 25 in Seoul. It was cold.", 2)]
    [TestCase("Dr. Kim and Gen. Lee met. Both smiled.", 2)]
    [TestCase("Russian Deputy Foreign Minister Igor V. Morgulov spoke with Noh.", 1)]
    [TestCase("\"We will talk again.\" The ministry said so.", 2)]
    [TestCase("Tensions rose after four missile tests -- including two hypersonic ones -- this year. (Yonhap)", 2)]
    [TestCase("President Joseph R. Biden, Jr. spoke today with the Emir. The President thanked him.", 2)]
    [TestCase("He discussed ties with the U.S. The talks lasted an hour.", 2)]
    [TestCase("First paragraph without a stop\n\nSecond paragraph.", 2)]
    public void Splits_into_the_expected_number_of_sentences(string text, int count)
    {
        Assert.That(SentenceSplitter.Split(text), Has.Count.EqualTo(count));
    }

    [Test]
    public void Sentences_keep_their_text_verbatim_and_offsets()
    {
        const string text = "WASHINGTON -- Blinken met Chung. \"It went well,\" he said.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Multiple(() =>
        {
            Assert.That(sentences, Has.Count.EqualTo(2));
            foreach (var s in sentences)
            {
                Assert.That(text.Substring(s.Start, s.Text.Length), Is.EqualTo(s.Text));
            }

            Assert.That(sentences[1].Text, Is.EqualTo("\"It went well,\" he said."));
        });
    }
}
