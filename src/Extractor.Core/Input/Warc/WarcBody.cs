using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Extractor.Core.Input.Warc;

/// <summary>
/// Undoes what HTTP did to a stored response body: the <c>chunked</c> transfer coding and the
/// <c>gzip</c>, <c>deflate</c> and <c>br</c> content codings, each kept under the page size limit.
/// Crawlers that store bodies already decoded (Common Crawl renames the headers) pass through.
/// </summary>
internal static class WarcBody
{
    public static byte[] Decode(WarcPayload record, long maxBytes)
    {
        var body = record.Body;
        var bytes = record.TransferEncoding is { } transfer && transfer.Contains("chunked", StringComparison.Ordinal)
            ? Dechunk(body, maxBytes)
            : body.ToArray();
        return record.ContentEncoding switch
        {
            null or "" or "identity" or "none" => bytes,
            "gzip" or "x-gzip" => Inflate(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
            "deflate" => Inflate(IsZlib(bytes) ? new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress) : new DeflateStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
            "br" => Inflate(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
            var other => throw new PageReadException($"unsupported HTTP Content-Encoding '{other}'"),
        };
    }

    // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
    private static bool IsZlib(byte[] bytes) => bytes.Length >= 2 && (bytes[0] & 0x0F) == 8 && ((bytes[0] << 8) | bytes[1]) % 31 == 0;

    private static byte[] Inflate(Stream decoder, long maxBytes)
    {
        using (decoder)
        {
            try
            {
                return PageReader.ReadLimited(decoder, maxBytes, "after decompression");
            }
            catch (InvalidDataException e)
            {
                throw new PageReadException("corrupt HTTP Content-Encoding data", e);
            }
        }
    }

    /// <summary>The chunks of a <c>chunked</c> body, joined; a body cut off inside a chunk keeps what arrived.</summary>
    public static byte[] Dechunk(ReadOnlySpan<byte> body, long maxBytes)
    {
        using var output = new MemoryStream(body.Length);
        var pos = 0;
        while (pos < body.Length)
        {
            var newline = body[pos..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            var sizeLine = Encoding.ASCII.GetString(body.Slice(pos, newline)).Trim();
            var semicolon = sizeLine.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                sizeLine = sizeLine[..semicolon].Trim();
            }

            if (!int.TryParse(sizeLine, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new PageReadException("malformed chunked HTTP body");
            }

            pos += newline + 1;
            if (size == 0)
            {
                break;
            }

            var take = Math.Min(size, body.Length - pos);
            output.Write(body.Slice(pos, take));
            if (output.Length > maxBytes)
            {
                throw new PageReadException(PageReader.TooLarge(maxBytes, "after decompression"));
            }

            pos += take;
            // The line end after the chunk's data.
            while (pos < body.Length && body[pos] is (byte)'\r' or (byte)'\n')
            {
                pos++;
            }
        }

        return output.ToArray();
    }
}
