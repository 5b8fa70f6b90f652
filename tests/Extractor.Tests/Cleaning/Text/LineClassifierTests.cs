using Extractor.Core.Cleaning.Text;

namespace Extractor.Tests.Cleaning.Text;

public sealed class LineClassifierTests
{
    private static readonly LineClassifier Classifier = new();

    [TestCase("MOST POPULAR", LineKind.Section)]
    [TestCase("Related Articles", LineKind.Section)]
    [TestCase("Back To Top", LineKind.Widget)]
    [TestCase("subscribe", LineKind.Widget)]
    [TestCase("Read more: Tencent profit falls as Alibaba threat and economic woes weigh", LineKind.Widget)]
    [TestCase("3 minutes ago", LineKind.Timestamp)]
    [TestCase("Von Anna Schmidt · vor 3 Stunden", LineKind.Timestamp)]
    [TestCase("Lesen Sie auch: Die Koalition streitet über den Haushalt", LineKind.Widget)]
    [TestCase("© Der Tagesspiegel GmbH. Alle Rechte vorbehalten.", LineKind.Footer)]
    [TestCase("Verlag und Redaktion. Alle Rechte vorbehalten.", LineKind.Footer)]
    [TestCase("Tous droits réservés. Le Monde.", LineKind.Footer)]
    [TestCase("Partager", LineKind.Widget)]
    [TestCase("Läs också", LineKind.Section)]
    [TestCase("Lue myös", LineKind.Section)]
    [TestCase("Dela", LineKind.Widget)]
    [TestCase("Kaikki oikeudet pidätetään.", LineKind.Footer)]
    [TestCase("© 2024 Aftonbladet. Alla rättigheter förbehållna.", LineKind.Footer)]
    [TestCase("Yorumlar", LineKind.CommentsStart)]
    [TestCase("Faizan Hashmi 3 minutes ago Tue 03rd August 2021 | 01:10 AM", LineKind.Timestamp)]
    [TestCase("By Yonhap", LineKind.Byline)]
    [TestCase("by Sarah E. Needleman", LineKind.Byline)]
    [TestCase("thelastchargersfan says:", LineKind.Byline)]
    [TestCase("Published : Jan 26, 2022 - 19:47 Updated : Jan 26, 2022 - 19:47", LineKind.DateLine)]
    [TestCase("Fri, 13 May 2022 14:20:00 +0000", LineKind.DateLine)]
    [TestCase("2022-02-17T17:25:00Z", LineKind.DateLine)]
    [TestCase("February 3, 2021", LineKind.DateLine)]
    [TestCase(" date 2022-01-26  Back To Top", LineKind.DateLine)]
    [TestCase("Copyright Herald Corporation. All Rights Reserved.", LineKind.Footer)]
    [TestCase("Tel : +82-2-727-0114", LineKind.Footer)]
    [TestCase("Online newspaper registration No : Seoul 아03711", LineKind.Footer)]
    [TestCase("Share Tweet Email", LineKind.Share)]
    [TestCase("This photo, captured from North Korea`s Central TV on Jan. 18, 2022, shows one of two tactical guided missiles.", LineKind.Caption)]
    [TestCase("Photo: Ringo H.W. Chiu, AP", LineKind.Caption)]
    [TestCase("President-elect Joe Biden waves as he leaves a theater in Wilmington, Delaware, on Tuesday. (EPA-Yonhap)", LineKind.Caption)]
    [TestCase("The below is attributable to Spokesperson Ned Price:", LineKind.LeadIn)]
    [TestCase("34 Comments", LineKind.CommentsStart)]
    [TestCase("Leave a Reply", LineKind.CommentsStart)]
    [TestCase("|", LineKind.Symbol)]
    [TestCase("1 / 4", LineKind.Symbol)]
    [TestCase("Diplomatic Circuit", LineKind.Label)]
    [TestCase("Blinken and Hayashi talked on the phone the previous day.", LineKind.Prose)]
    [TestCase("Tensions have ratcheted up in recent weeks since the start of the year. (Yonhap)", LineKind.Prose)]
    [TestCase("On October 18, more than 300 Indians were deported by Mexican immigration authorities. PTI", LineKind.Prose)]
    [TestCase("On Friday, July 29, 2022, the President signed into law:", LineKind.Prose)]
    [TestCase("Не только лишь все могут это сделать, но мы попробуем сделать это сегодня.", LineKind.Prose)]
    [TestCase("先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。", LineKind.Prose)]
    [TestCase("Babies and mothers died in what may be worst ever NHS maternity scandal, report finds", LineKind.Phrase)]
    [TestCase("First Snowfall In Metro DetroitOfficially, the start of winter is on December 22nd, but that means little.", LineKind.Teasers)]
    public void Classifies_a_line_on_its_own(string line, LineKind expected) =>
        Assert.That(Classifier.Classify(line), Is.EqualTo(expected));

    [Test]
    public void A_ticker_of_cut_off_teasers_is_not_prose()
    {
        var teaser = "Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has pleaded guilty to theft and misapplication of bank funds in connection with a fraud scheme to illegally make loans... ";
        var line = string.Concat(Enumerable.Repeat(teaser, 4)).Trim();
        Assert.That(Classifier.Classify(line), Is.EqualTo(LineKind.Teasers));
    }

    [TestCase("  MOST   POPULAR » ", "most popular")]
    [TestCase("Back To Top «", "back to top")]
    [TestCase("• Read more:", "read more")]
    public void Folds_labels_for_lookup(string line, string folded) =>
        Assert.That(LineClassifier.Fold(line), Is.EqualTo(folded));
}
