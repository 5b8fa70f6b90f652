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

    [Test]
    public void Utf8_bytes_under_a_legacy_declaration_are_utf8()
    {
        // Pages saved as UTF-8 keep their old <meta charset=iso-8859-1> (winfuture.de, elmundo.es).
        var bytes = Encoding.UTF8.GetBytes("<meta charset=iso-8859-1><p>Günstige Tarife für Normalsurfer</p>");
        Assert.That(EncodingDetector.Decode(bytes, out var warning), Does.Contain("Günstige Tarife für Normalsurfer"));
        Assert.That(warning, Is.Null);
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
}
