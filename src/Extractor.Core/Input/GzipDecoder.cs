using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Extractor.Core.Input;

/// <summary>
/// Decompresses a stored <c>.gz</c> page and checks it is whole. .NET's GZipStream does not throw
/// on a truncated stream: it returns the bytes it could inflate and then end of stream. So the
/// length the gzip trailer states (modulo 2^32) is checked against what came out. The trailer's
/// CRC-32 is zlib's to check: it reads the trailer once the data is inflated and fails a
/// mismatch (InvalidDataException), so it is not computed a second time here.
/// </summary>
internal static class GzipDecoder
{
    private const int TrailerLength = 8;
    private const int MinimumLength = 18; // 10-byte header + empty deflate block + trailer

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>The decompressed bytes; throws <see cref="PageReadException"/> when truncated, corrupt or over <paramref name="maxBytes"/>.</summary>
    public static byte[] Decode(byte[] stored, long maxBytes)
    {
        var rented = DecodeRented(stored, maxBytes);
        try
        {
            return rented.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented.Array!);
        }
    }

    /// <summary>
    /// The decompressed bytes, at the start of an array rented from <see cref="ArrayPool{T}.Shared"/>
    /// that the caller returns once it has decoded them: the inflated page is only a step
    /// towards its text, and a page's worth of bytes need not be allocated for every page.
    /// </summary>
    public static ArraySegment<byte> DecodeRented(ArraySegment<byte> stored, long maxBytes)
    {
        if (stored.Count < MinimumLength)
        {
            throw new PageReadException("truncated gzip data");
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(stored.AsSpan(stored.Count - TrailerLength + 4));
        if (length > maxBytes)
        {
            // The trailer states the size modulo 2^32: read on, up to the limit, to tell a page
            // that is too large from a corrupt trailer. Either way no page comes out.
            ReadPastLimit(stored, maxBytes);
            throw new PageReadException("truncated or corrupt gzip data");
        }

        // The trailer states the size: inflate straight into an array of that size. A wrong
        // size fails the check below.
        var output = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            int filled;
            try
            {
                using var gzip = new GZipStream(new MemoryStream(stored.Array!, stored.Offset, stored.Count, writable: false), CompressionMode.Decompress);
                filled = gzip.ReadAtLeast(output.AsSpan(0, (int)length), (int)length, throwOnEndOfStream: false);
                Span<byte> probe = stackalloc byte[1];
                if (filled == length && gzip.Read(probe) != 0)
                {
                    throw new PageReadException("truncated or corrupt gzip data");
                }
            }
            catch (InvalidDataException e)
            {
                throw new PageReadException("corrupt gzip data", e);
            }

            // A file of several concatenated gzip members is checked against its last member's
            // trailer only, so it fails here; such files are rare for saved pages (see README).
            // The CRC-32 of each member zlib checked as it read the member's trailer (a changed
            // trailer: GzipDecoderTests); computing it again cost 22 M instructions on the bench's
            // 181 HTML pages (native, tests/bench/instructions.sh).
            if (length != unchecked((uint)filled))
            {
                throw new PageReadException("truncated or corrupt gzip data");
            }

            return new ArraySegment<byte>(output, 0, filled);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(output);
            throw;
        }
    }

    private static void ReadPastLimit(ArraySegment<byte> stored, long maxBytes)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(stored.Array!, stored.Offset, stored.Count, writable: false), CompressionMode.Decompress);
            PageReader.ReadLimited(gzip, maxBytes, "after decompression");
        }
        catch (InvalidDataException e)
        {
            throw new PageReadException("corrupt gzip data", e);
        }
    }
}
