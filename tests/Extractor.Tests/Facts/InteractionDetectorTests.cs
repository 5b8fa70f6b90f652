using Extractor.Core.Lexicons;
using Extractor.Core.Facts;
using Extractor.Core.Model;

namespace Extractor.Tests.Facts;

public sealed class InteractionDetectorTests
{
    private static readonly InteractionDetector Detector = new(LexiconSet.BuiltIn.Cues);

    [TestCase("Noh held phone talks with Morgulov.", Media.Phone)]
    [TestCase("Blinken spoke by phone yesterday with Kuleba.", Media.Phone)]
    [TestCase("Senior diplomats talked over the phone Wednesday.", Media.Phone)]
    [TestCase("Putin had a telephone conversation with Kishida.", Media.Phone)]
    [TestCase("Kim called PRC Special Representative Liu.", Media.Phone)]
    [TestCase("Blinken held a virtual meeting with Petkov.", Media.Video)]
    [TestCase("Putin and Xi held talks via videoconference.", Media.Video)]
    [TestCase("Senior officials met virtually.", Media.Video)]
    [TestCase("Blinken met with Hayashi in Bali.", Media.InPerson)]
    [TestCase("The two leaders held a summit.", Media.InPerson)]
    [TestCase("Putin sent a message to Biden.", Media.Written)]
    [TestCase("Sherman held talks with Park.", Media.Unspecified)]
    public void Finds_the_cue_and_its_medium(string sentence, string medium)
    {
        var cues = Detector.Find(sentence);
        Assert.That(cues.Select(c => c.Medium), Does.Contain(medium));
    }

    [TestCase("Blinken will visit Seoul next week.")]
    [TestCase("The two sides agreed to meet at an early date.")]
    [TestCase("Kim plans to travel to Seoul to hold talks with Noh.")]
    [TestCase("Noh emphasized the need to restart the stalled talks with Pyongyang.")]
    [TestCase("The ministry denied that the envoys met.")]
    [TestCase("Kim, Noh, and Funakoshi will also attend the February 12 Trilateral Ministerial meeting.")]
    [TestCase("They looked forward to meeting again soon.")]
    [TestCase("North Korea called for the talks to resume.")]
    public void Plans_denials_and_topics_are_not_interactions(string sentence)
    {
        Assert.That(Detector.Find(sentence), Is.Empty);
    }
}
