using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Extractor.Core.Input;

/// <summary>
/// Decompresses a stored <c>.gz</c> page and checks it is whole. .NET's GZipStream does not throw
/// on a truncated stream: it returns the bytes it could inflate and then end of stream. So the
/// gzip trailer (CRC-32 and length of the data, modulo 2^32) is checked against what came out.
/// </summary>
internal static class GzipDecoder
{
    private const int TrailerLength = 8;
    private const int MinimumLength = 18; // 10-byte header + empty deflate block + trailer

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>The decompressed bytes; throws <see cref="PageReadException"/> when truncated, corrupt or over <paramref name="maxBytes"/>.</summary>
    public static byte[] Decode(byte[] stored, long maxBytes)
    {
        if (stored.Length < MinimumLength)
        {
            throw new PageReadException("truncated gzip data");
        }

        var trailer = stored.AsSpan(stored.Length - TrailerLength);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);

        byte[] output;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(stored, writable: false), CompressionMode.Decompress);
            // The trailer states the size: inflate straight into an array of that size, one
            // allocation. A stated size over the limit takes the growing path, which stops at the
            // limit; a wrong size fails the check below.
            output = length <= maxBytes
                ? InflateSized(gzip, (int)length) ?? throw new PageReadException("truncated or corrupt gzip data")
                : PageReader.ReadLimited(gzip, maxBytes, "after decompression");
        }
        catch (InvalidDataException e)
        {
            throw new PageReadException("corrupt gzip data", e);
        }

        // A file of several concatenated gzip members is checked against its last member's
        // trailer only, so it fails here; such files are rare for saved pages (see README).
        if (length != unchecked((uint)output.Length) || crc != Crc32.HashToUInt32(output))
        {
            throw new PageReadException("truncated or corrupt gzip data");
        }

        return output;
    }

    /// <summary>Inflates exactly <paramref name="size"/> bytes; null when the data goes on past them.</summary>
    private static byte[]? InflateSized(GZipStream gzip, int size)
    {
        var output = new byte[size];
        var filled = gzip.ReadAtLeast(output, size, throwOnEndOfStream: false);
        if (filled < size)
        {
            return output[..filled];
        }

        Span<byte> probe = stackalloc byte[1];
        return gzip.Read(probe) == 0 ? output : null;
    }
}
