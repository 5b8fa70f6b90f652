using System.Text;
using Extractor.Core.Input;

namespace Extractor.Tests.Input;

public sealed class EncodingDetectorTests
{
    [Test]
    public void A_utf8_bom_wins_over_a_declared_charset()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\">é")).ToArray();
        Assert.That(EncodingDetector.Decode(bytes, out var warning), Is.EqualTo("<meta charset=\"windows-1252\">é"));
        Assert.That(warning, Is.Null);
    }

    [Test]
    public void A_utf16_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Seoul")).ToArray();
        Assert.That(EncodingDetector.Decode(bytes, out _), Is.EqualTo("Seoul"));
    }

    [Test]
    public void A_declared_charset_is_used()
    {
        var bytes = EncodingDetector.Windows1252.GetBytes("<meta charset=windows-1252><p>café – “quoted”</p>");
        Assert.That(EncodingDetector.Decode(bytes, out _), Does.Contain("café – “quoted”"));
    }

    [TestCase("utf-7")]
    [TestCase("x-unknown")]
    public void A_charset_dotnet_refuses_or_does_not_know_is_passed_over(string charset)
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"{charset}\"><p>Günstige Tarife</p>");
        Assert.That(EncodingDetector.Decode(bytes, out _), Does.Contain("Günstige Tarife"));
    }

    [Test]
    public void Utf8_bytes_under_a_legacy_declaration_are_utf8()
    {
        // Pages saved as UTF-8 keep their old <meta charset=iso-8859-1> (winfuture.de, elmundo.es).
        var bytes = Encoding.UTF8.GetBytes("<meta charset=iso-8859-1><p>Günstige Tarife für Normalsurfer</p>");
        Assert.That(EncodingDetector.Decode(bytes, out var warning), Does.Contain("Günstige Tarife für Normalsurfer"));
        Assert.That(warning, Is.EqualTo("the page declares iso-8859-1 but is valid UTF-8; read as UTF-8"), "the SPEC change asks for a warning");
    }

    [Test]
    public void Valid_utf8_without_declaration_is_utf8()
    {
        Assert.That(EncodingDetector.Decode(Encoding.UTF8.GetBytes("서울 — Seoul"), out var warning), Is.EqualTo("서울 — Seoul"));
        Assert.That(warning, Is.Null);
    }

    [Test]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        var bytes = new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'x', 0x94 };
        Assert.That(EncodingDetector.Decode(bytes, out var warning), Is.EqualTo("café “x”"));
        Assert.That(warning, Does.Contain("not valid UTF-8"));
    }

    [TestCase("iso-8859-1", "Grüße für Köln")]
    [TestCase("windows-1252", "sanción – “quoted”")]
    [TestCase("gb2312", "促进航天技术")]
    public void Valid_multi_byte_utf8_wins_over_a_declared_legacy_charset_with_a_warning(string charset, string text)
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"{charset}\"><p>{text}</p>");
        Assert.That(EncodingDetector.Decode(bytes, out var warning), Does.Contain(text));
        Assert.That(warning, Does.Contain("valid UTF-8"));
    }

    [Test]
    public void A_declared_single_byte_charset_stays_when_the_bytes_are_not_utf8()
    {
        var bytes = EncodingDetector.Windows1252.GetBytes("<meta charset=iso-8859-1><p>Grüße für Köln</p>");
        Assert.That(EncodingDetector.Decode(bytes, out var warning), Does.Contain("Grüße für Köln"));
        Assert.That(warning, Is.Null);
    }

    [Test]
    public void A_declared_charset_over_ascii_bytes_gives_no_warning()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=iso-8859-1><p>plain</p>");
        Assert.That(EncodingDetector.Decode(bytes, out var warning), Does.Contain("plain"));
        Assert.That(warning, Is.Null);
    }
}
