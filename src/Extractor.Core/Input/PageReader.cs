using System.IO.Compression;
using System.Security.Cryptography;
using Extractor.Core.Model;

namespace Extractor.Core.Input;

/// <summary>
/// Reads one page: bytes, SHA-256 of the stored bytes, gzip, encoding and format detection.
/// The only part of the core that touches files.
/// </summary>
public sealed class PageReader(InputFormat? forcedFormat = null, long maxBytes = PageReader.DefaultMaxBytes)
{
    /// <summary>Pages larger than this (after decompression) are refused rather than read into memory.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    public SourcePage Read(PageInput input, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        byte[] stored;
        try
        {
            stored = input.Path is null
                ? ReadAll(standardInput ?? throw new ArgumentNullException(nameof(standardInput)))
                : File.ReadAllBytes(input.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PageReadException(e is UnauthorizedAccessException ? "permission denied" : e.Message, e);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(stored));
        var bytes = IsGzip(stored) ? Gunzip(stored) : stored;
        var warnings = new List<string>();
        var content = EncodingDetector.Decode(bytes, out var encodingWarning);
        if (encodingWarning is not null)
        {
            warnings.Add(encodingWarning);
        }

        if (LooksBinary(content))
        {
            throw new PageReadException("binary file, not a text or HTML page");
        }

        if (content.Length == 0 || string.IsNullOrWhiteSpace(content))
        {
            warnings.Add("the page is empty");
        }

        var format = forcedFormat ?? FormatDetector.Detect(content);
        return new SourcePage(input.Id, input.Source, sha, format, content, warnings);
    }

    private byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.Length > maxBytes ? throw new PageReadException("page too large") : buffer.ToArray();
    }

    private static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    private byte[] Gunzip(byte[] bytes)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                output.Write(chunk, 0, n);
                if (output.Length > maxBytes)
                {
                    throw new PageReadException("page too large after decompression");
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new PageReadException("corrupt or truncated gzip data", e);
        }
        catch (EndOfStreamException e)
        {
            throw new PageReadException("truncated gzip data", e);
        }
    }

    // NUL and other C0 controls (beyond tab, newline, form feed, carriage return) in quantity mean binary.
    private static bool LooksBinary(string content)
    {
        var sample = content.AsSpan(0, Math.Min(content.Length, 8192));
        if (sample.IsEmpty)
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
