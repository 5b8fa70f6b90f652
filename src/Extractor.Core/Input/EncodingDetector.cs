using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Extractor.Core.Input;

/// <summary>
/// Decodes page bytes (SPEC §2): a BOM wins, then an HTML charset declaration, then UTF-8 when
/// the bytes are valid UTF-8, else Windows-1252. One exception to the declaration: a page that
/// declares a legacy charset but whose bytes are valid UTF-8 with non-ASCII characters was saved
/// as UTF-8 and kept its old declaration (about 1% of the bench pages: "fÃ¼r" for "für"); text
/// in a legacy charset is, in practice, never valid UTF-8 once it has a non-ASCII letter.
/// </summary>
public static partial class EncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="warning"/> says when a fallback was taken.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out string? warning)
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

        var declared = DeclaredCharset(bytes);
        if (declared is not null && (declared is UTF8Encoding || Ascii.IsValid(bytes) || !Utf8.IsValid(bytes)))
        {
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

    // Looks for <meta charset=...> or http-equiv content="...; charset=..." in the first 4 KB.
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetPattern().Match(head);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(match.Groups[1].Value.Trim());
            // A page that declares a UTF-16 charset inside ASCII bytes is lying; keep sniffing.
            return encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
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
