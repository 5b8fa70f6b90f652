using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Extractor.Core.Input.Warc;
using Extractor.Core.Model;

namespace Extractor.Core.Input;

/// <summary>
/// Reads one page: bytes, SHA-256 of the stored bytes, gzip, encoding and format detection, and
/// the guards that keep hostile pages from reaching the stages (size, binary content, nesting).
/// The only part of the core that touches files.
/// </summary>
public sealed class PageReader(
    InputFormat? forcedFormat = null,
    long maxBytes = PageReader.DefaultMaxBytes,
    int maxHtmlDepth = PageReader.DefaultMaxHtmlDepth)
{
    /// <summary>
    /// Pages larger than this (stored, or after decompression) are refused with an error line.
    /// Real article pages are well under 5 MB; past 16 MB a page is a dump or an inlined-media
    /// archive, and cleaning it would cost seconds and hundreds of megabytes per page.
    /// </summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>Element nesting past which an HTML page is refused (<see cref="HtmlNesting"/>).</summary>
    public const int DefaultMaxHtmlDepth = 1000;

    public SourcePage Read(PageInput input, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Error is not null)
        {
            throw new PageReadException(input.Error);
        }

        if (input.Warc is { } record)
        {
            return ReadRecord(input, record);
        }

        // A file's bytes are read into an array rented from the pool (returned below): they are
        // only hashed and decoded, and a page's worth of bytes need not be allocated per page.
        byte[]? rented = null;
        ArraySegment<byte> stored;
        try
        {
            stored = input.Path is null
                ? ReadLimited(standardInput ?? throw new ArgumentNullException(nameof(standardInput)), maxBytes)
                : input.Listed && new FileInfo(input.Path).Length == 0
                    // A listed file of no length is empty, and is not opened: a FIFO or device in
                    // a corpus folder also shows no length, and opening one would wait for a writer
                    // forever. A pipe named on the command line (<(command)) is still read.
                    ? ArraySegment<byte>.Empty
                    : ReadFile(input.Path, out rented);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PageReadException(IoErrorText.Reason(e), e);
        }

        try
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(stored));
            var warnings = new List<string>();
            string content;
            string? encodingWarning;
            if (GzipDecoder.IsGzip(stored))
            {
                var inflated = GzipDecoder.DecodeRented(stored, maxBytes);
                try
                {
                    content = EncodingDetector.Decode(inflated, out encodingWarning);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(inflated.Array!);
                }
            }
            else
            {
                content = EncodingDetector.Decode(stored, out encodingWarning);
            }

            return Finish(input, sha, content, encodingWarning, warnings);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>A page from a WARC record: its body undone of its HTTP codings, decoded with the declared charset first.</summary>
    private SourcePage ReadRecord(PageInput input, WarcPayload record)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(record.Body));
        var body = WarcBody.Decode(record, maxBytes);
        if (GzipDecoder.IsGzip(body))
        {
            body = GzipDecoder.Decode(body, maxBytes);
        }

        var content = EncodingDetector.Decode(body, record.Charset, out var encodingWarning);
        return Finish(input, sha, content, encodingWarning, []) with { Url = record.TargetUri };
    }

    private SourcePage Finish(PageInput input, string sha, string content, string? encodingWarning, List<string> warnings)
    {
        if (encodingWarning is not null)
        {
            warnings.Add(encodingWarning);
        }

        if (LooksBinary(content))
        {
            throw new PageReadException("binary file, not a text or HTML page");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            warnings.Add("the page is empty");
        }

        var format = forcedFormat ?? FormatDetector.Detect(content);
        if (format == InputFormat.Html && HtmlNesting.Exceeds(content, maxHtmlDepth))
        {
            throw new PageReadException(string.Create(CultureInfo.InvariantCulture, $"HTML nested more than {maxHtmlDepth:N0} levels deep"));
        }

        return new SourcePage(input.Id, input.Source, sha, format, content, warnings);
    }

    internal static string TooLarge(long maxBytes, string? when = null) =>
        string.Create(CultureInfo.InvariantCulture, $"page too large{(when is null ? "" : " " + when)} (the limit is {maxBytes / (1024 * 1024)} MB)");

    /// <summary>The file's bytes; a regular file's in <paramref name="rented"/>, from the shared pool, for the caller to return.</summary>
    private ArraySegment<byte> ReadFile(string path, out byte[]? rented)
    {
        rented = null;
        // The size is checked before reading, so a huge file costs nothing.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw new PageReadException(TooLarge(maxBytes));
        }

        if (!stream.CanSeek)
        {
            return ReadLimited(stream, maxBytes);
        }

        // A regular file: one pooled array of at least its size, no growing buffer.
        var length = (int)stream.Length;
        if (length == 0)
        {
            return ArraySegment<byte>.Empty;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = stream.ReadAtLeast(bytes.AsSpan(0, length), length, throwOnEndOfStream: false);
            rented = bytes;
            return new ArraySegment<byte>(bytes, 0, read);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
    }

    /// <summary>All of a stream of unknown length, refused once it passes <paramref name="maxBytes"/> (<paramref name="when"/> says at which step).</summary>
    internal static byte[] ReadLimited(Stream stream, long maxBytes, string? when = null)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxBytes)
            {
                throw new PageReadException(TooLarge(maxBytes, when));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>NUL and the C0 controls other than tab, newline, form feed and carriage return.</summary>
    private static readonly SearchValues<char> OddControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i).Where(c => c is not '\t' and not '\n' and not '\r' and not '\f')]);

    // NUL and other C0 controls (beyond tab, newline, form feed, carriage return) in quantity mean binary.
    private static bool LooksBinary(string content)
    {
        var sample = content.AsSpan(0, Math.Min(content.Length, 8192));
        if (sample.IsEmpty)
        {
            return false;
        }

        // Most pages hold no control character but tab, newline, form feed and carriage return:
        // one vectorised search says so.
        if (!sample.ContainsAny(OddControls))
        {
            return false;
        }

        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c < 0x20 && c is not '\t' and not '\n' and not '\r' and not '\f')
            {
                controls++;
            }
        }

        return controls > sample.Length / 20;
    }
}
