using System.Globalization;
using System.Text;

namespace Extractor.Core.Input.Warc;

/// <summary>
/// The head of an HTTP response as a WARC <c>response</c> record stores it: the status, the media
/// type and charset, the codings applied to the body, and where the body starts.
/// </summary>
internal sealed record HttpHead(int Status, string? MediaType, string? Charset, string? TransferEncoding, string? ContentEncoding, int BodyStart)
{
    /// <summary>Parses the head at the start of <paramref name="block"/>; null when it is not an HTTP response.</summary>
    public static HttpHead? Parse(ReadOnlySpan<byte> block)
    {
        var limit = Math.Min(block.Length, WarcReader.MaxHeaderBytes);
        var pos = 0;
        int status = 0;
        string? contentType = null, transfer = null, encoding = null;
        var first = true;
        while (true)
        {
            var newline = block[pos..limit].IndexOf((byte)'\n');
            if (newline < 0)
            {
                // No end of the head: a head with no body at all is still a head.
                return first || pos < block.Length ? null : new HttpHead(status, null, null, null, null, block.Length);
            }

            var raw = block.Slice(pos, newline);
            pos += newline + 1;
            if (raw.EndsWith("\r"u8))
            {
                raw = raw[..^1];
            }

            var line = Encoding.Latin1.GetString(raw);
            if (first)
            {
                // HTTP/1.1 200 OK
                var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
                    || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out status))
                {
                    return null;
                }

                first = false;
                continue;
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line.AsSpan(0, colon).Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType ??= value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transfer = value.ToLowerInvariant();
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                encoding = value.ToLowerInvariant();
            }
        }

        var (mediaType, charset) = SplitContentType(contentType);
        return new HttpHead(status, mediaType, charset, transfer, encoding, pos);
    }

    /// <summary><c>text/html; charset="utf-8"</c> → (<c>text/html</c>, <c>utf-8</c>); nulls for what is missing.</summary>
    public static (string? MediaType, string? Charset) SplitContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (null, null);
        }

        var parts = contentType.Split(';');
        var media = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        foreach (var parameter in parts.Skip(1))
        {
            var eq = parameter.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && parameter.AsSpan(0, eq).Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = parameter[(eq + 1)..].Trim().Trim('"', '\'').Trim();
                charset = charset.Length == 0 ? null : charset;
            }
        }

        return (media.Length == 0 ? null : media, charset);
    }

    /// <summary>
    /// Media types read as pages: HTML, XHTML and plain text. A body of no stated type is read too,
    /// and the reader's own checks (binary content, format detection) decide.
    /// </summary>
    public static bool IsPageType(string? mediaType) =>
        mediaType is null or "text/html" or "application/xhtml+xml" or "text/plain";
}
