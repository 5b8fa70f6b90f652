using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Core.Input;

/// <summary>
/// Decodes page bytes (SPEC §2): a BOM wins, then an HTML charset declaration, then UTF-8 when
/// the bytes are valid UTF-8, else Windows-1252. A declared legacy charset (single-byte, or a
/// CJK multi-byte one) yields to UTF-8 when the bytes are valid UTF-8 and hold multi-byte
/// sequences: such bytes are almost never legacy text, and pages that declare
/// <c>iso-8859-1</c> over UTF-8 are common (<c>fÃ¼r</c> otherwise).
/// </summary>
public static partial class EncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="warning"/> says when a fallback was taken.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out string? warning) => Decode(bytes, null, out warning);

    /// <summary>
    /// Decodes <paramref name="bytes"/> with the charset a transport declared (an HTTP Content-Type
    /// of a WARC record) after a BOM and before the page's own declaration, as browsers do.
    /// An unknown or UTF-16 name is ignored.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? transportCharset, out string? warning)
    {
        warning = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var declared = (transportCharset is null ? null : Named(transportCharset)) ?? DeclaredCharset(bytes);
        if (declared is not null)
        {
            if (declared is not UTF8Encoding && HoldsMultiByteUtf8(bytes))
            {
                warning = $"the page declares {declared.WebName} but is valid UTF-8; read as UTF-8";
                return StrictUtf8.GetString(bytes);
            }

            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warning = "the page is not valid UTF-8; read as Windows-1252";
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>Whether the bytes are valid UTF-8 and hold at least one multi-byte sequence.</summary>
    private static bool HoldsMultiByteUtf8(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && System.Text.Unicode.Utf8.IsValid(bytes);

    // Looks for <meta charset=...> or http-equiv content="...; charset=..." in the first 4 KB.
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetPattern().Match(head);
        if (!match.Success)
        {
            return null;
        }

        return Named(match.Groups[1].Value.Trim());
    }

    private static Encoding? Named(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name);
            // A page that declares a UTF-16 charset inside ASCII bytes is lying; keep sniffing.
            return encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An unknown name, or one .NET refuses to decode (UTF-7: disabled as unsafe): sniff on.
            return null;
        }
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
