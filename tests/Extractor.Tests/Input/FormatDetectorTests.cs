using Extractor.Core.Input;
using Extractor.Core.Model;

namespace Extractor.Tests.Input;

public sealed class FormatDetectorTests
{
    [TestCase("<!DOCTYPE html><html><body></body></html>", InputFormat.Html)]
    [TestCase("  \n<html lang=\"en\">", InputFormat.Html)]
    [TestCase("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", InputFormat.Html)]
    [TestCase("Saved preamble\n<div class=a><p>One</p><p>Two</p></div>", InputFormat.Html, TestName = "A fragment with enough tags is HTML")]
    [TestCase("Back To Top\nNational\nPolitics\n\nSEOUL, Jan. 26 (Yonhap) -- Talks were held.", InputFormat.Text)]
    [TestCase("<style>\n  .box { opacity: 1; }\n</style>\n<!DOCTYPE html>", InputFormat.Html, TestName = "A page that opens with its style sheet is HTML")]
    [TestCase("<script type=\"text/javascript\">var a = 1;</script>", InputFormat.Html)]
    [TestCase("<styled text> is how the note begins, and it goes on as prose.", InputFormat.Text)]
    [TestCase("He wrote that 3 < 4 and <p> is a tag name.", InputFormat.Text)]
    [TestCase("", InputFormat.Text)]
    public void Detects_the_format_from_content(string content, InputFormat expected) =>
        Assert.That(FormatDetector.Detect(content), Is.EqualTo(expected));
}
