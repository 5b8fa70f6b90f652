using System.IO.Compression;
using System.Text;
using Extractor.Core.Input;

namespace Extractor.Tests.Input;

public sealed class GzipDecoderTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Officials held phone talks on Wednesday. ", 2000)));

    [Test]
    public void A_whole_file_decompresses()
    {
        Assert.That(GzipDecoder.Decode(Compress(Page), 1 << 20), Is.EqualTo(Page));
    }

    [TestCase(1)]
    [TestCase(4)]
    [TestCase(8)]
    [TestCase(100)]
    public void A_truncated_file_is_an_error_not_silently_short(int cut)
    {
        // GZipStream returns what it could inflate without complaint; the trailer check catches it.
        var gz = Compress(Page);
        Assert.That(() => GzipDecoder.Decode(gz[..^cut], 1 << 20), Throws.TypeOf<PageReadException>().With.Message.Contain("gzip"));
    }

    [Test]
    public void A_file_cut_in_half_is_an_error()
    {
        var gz = Compress(Page);
        Assert.That(() => GzipDecoder.Decode(gz[..(gz.Length / 2)], 1 << 20), Throws.TypeOf<PageReadException>());
    }

    [Test]
    public void A_header_only_is_an_error() =>
        Assert.That(() => GzipDecoder.Decode([0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3], 1 << 20), Throws.TypeOf<PageReadException>().With.Message.Contain("truncated"));

    [Test]
    public void Corrupt_data_is_an_error()
    {
        var gz = Compress(Page);
        for (var i = 12; i < 40; i++)
        {
            gz[i] ^= 0x5A;
        }

        Assert.That(() => GzipDecoder.Decode(gz, 1 << 20), Throws.TypeOf<PageReadException>());
    }

    // A changed CRC-32 or length in the trailer is zlib's "incorrect data check" or "incorrect
    // length check" (InvalidDataException); a stated length past the data fails the decoder's
    // length check, and one past the limit the read up to it. The messages are those of the
    // decoder that also computed the CRC-32 itself.
    [TestCase(0, 0x01, "corrupt gzip data")]
    [TestCase(1, 0x80, "corrupt gzip data")]
    [TestCase(2, 0x10, "corrupt gzip data")]
    [TestCase(3, 0xFF, "corrupt gzip data")]
    [TestCase(4, 0x01, "corrupt gzip data")]
    [TestCase(4, 0xFF, "corrupt gzip data")]
    [TestCase(5, 0x01, "corrupt gzip data")]
    [TestCase(6, 0x01, "truncated or corrupt gzip data")]
    [TestCase(7, 0x01, "corrupt gzip data")]
    public void A_changed_trailer_is_an_error(int trailerByte, int flip, string message)
    {
        var gz = Compress(Page);
        gz[gz.Length - 8 + trailerByte] ^= (byte)flip;
        Assert.That(() => GzipDecoder.Decode(gz, 1 << 20), Throws.TypeOf<PageReadException>().With.Message.EqualTo(message));
    }

    [Test]
    public void A_gzip_bomb_stops_at_the_limit()
    {
        var gz = Compress(new byte[4 << 20]);
        Assert.That(() => GzipDecoder.Decode(gz, 1 << 20), Throws.TypeOf<PageReadException>().With.Message.Contain("too large"));
    }

    private static byte[] Compress(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }
}
