using System.Globalization;
using System.IO.Compression;
using Extractor.Core.Input.Warc;

namespace Extractor.Core.Input;

/// <summary>
/// The step between the file list and the pipeline: a WARC file (<c>.warc</c>, <c>.warc.gz</c>) is
/// opened as a container and streamed record by record, each <c>response</c> or <c>resource</c>
/// record with an HTML or text body becoming a page; every other page passes as it is; and only
/// the pages of the shard go on. Runs on the thread that feeds the workers, reading one record
/// at a time, so memory holds the records in flight and no more.
/// </summary>
/// <remarks>
/// A record's id is its file's id, <c>#</c> and the record's offset (in the decompressed stream
/// for <c>.warc.gz</c>): stable from run to run and known before the record is read, so a shard
/// passes over the records of the other shards without keeping them. Records that are not pages
/// (requests, metadata, warcinfo, revisits, responses other than 200, other media types) are
/// counted in <see cref="SkippedRecords"/>, each by the shard its id falls in.
/// </remarks>
public sealed class PageExpander(Shard? shard = null, long maxBytes = PageReader.DefaultMaxBytes)
{
    private readonly Shard _shard = shard ?? Shard.All;

    /// <summary>Records of the shard's part of the WARC files read so far that were not pages.</summary>
    public int SkippedRecords { get; private set; }

    /// <summary>True once a WARC file has been opened (the summary then tells the skipped records).</summary>
    public bool ReadContainers { get; private set; }

    public static bool IsWarc(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<PageInput> Expand(IEnumerable<PageInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            if (input.Path is not null && input.Warc is null && IsWarc(input.Path))
            {
                foreach (var page in Records(input))
                {
                    yield return page;
                }
            }
            else if (_shard.Contains(input.Id))
            {
                yield return input;
            }
        }
    }

    private IEnumerable<PageInput> Records(PageInput file)
    {
        ReadContainers = true;
        Stream? stream = null;
        string? error = null;
        try
        {
            stream = Open(file.Path!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e is UnauthorizedAccessException ? "permission denied" : e.Message;
        }

        if (stream is null)
        {
            if (_shard.Contains(file.Id))
            {
                yield return file with { Error = error };
            }

            yield break;
        }

        using (stream)
        {
            var reader = new WarcReader(stream);
            var done = false;
            while (!done)
            {
                var page = Next(file, reader, stream is GZipStream, ref done);
                if (page is not null)
                {
                    yield return page;
                }
            }
        }
    }

    private static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var n = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        // GZipStream reads on across gzip members, so a file of one member per record (as
        // Common Crawl writes them) and one member for the whole file read alike.
        return n == 2 && GzipDecoder.IsGzip(magic) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>The next page (or error) of the file, or null for a record that is skipped; sets <paramref name="done"/> at the end.</summary>
    private PageInput? Next(PageInput file, WarcReader reader, bool gzip, ref bool done)
    {
        var offset = reader.Position;
        try
        {
            var header = reader.ReadHeader();
            if (header is null)
            {
                // GZipStream ends without a word on a stream cut inside its first member's header:
                // a gzip file that gives no byte at all is cut or corrupt.
                done = true;
                return gzip && reader.Position == 0 && _shard.Contains(RecordId(file, 0)) ? Failed(file, 0, "truncated or corrupt gzip data") : null;
            }

            offset = header.Offset;
            var wanted = _shard.Contains(RecordId(file, offset));
            if (header.Error is not null)
            {
                done = header.Truncated;
                reader.Resync();
                return wanted ? Failed(file, offset, header.Error) : null;
            }

            var candidate = wanted && header.Type is "response" or "resource";
            if (!candidate || header.ContentLength > maxBytes)
            {
                if (!reader.SkipBlock(header.ContentLength))
                {
                    done = true;
                    return wanted ? Failed(file, offset, Truncated) : null;
                }

                if (!reader.ReadRecordEnd())
                {
                    reader.Resync();
                    return wanted ? Failed(file, offset, WrongLength) : null;
                }

                if (candidate)
                {
                    return Failed(file, offset, PageReader.TooLarge(maxBytes));
                }

                SkippedRecords += wanted ? 1 : 0;
                return null;
            }

            var block = reader.ReadBlock(header.ContentLength);
            if (block is null)
            {
                done = true;
                return Failed(file, offset, Truncated);
            }

            if (!reader.ReadRecordEnd())
            {
                reader.Resync();
                return Failed(file, offset, WrongLength);
            }

            var payload = Payload(header, block);
            if (payload is null)
            {
                SkippedRecords++;
                return null;
            }

            return new PageInput(RecordId(file, offset), RecordSource(file, offset), file.Path) { Warc = payload };
        }
        catch (InvalidDataException)
        {
            done = true;
            return _shard.Contains(RecordId(file, offset)) ? Failed(file, offset, "corrupt gzip data") : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            done = true;
            return _shard.Contains(RecordId(file, offset)) ? Failed(file, offset, e.Message) : null;
        }
    }

    private const string Truncated = "truncated WARC record (the file ends inside it)";
    private const string WrongLength = "corrupt WARC record (its block does not end where its Content-Length says)";

    /// <summary>The page of a response or resource record, or null when the record is not a page.</summary>
    private static WarcPayload? Payload(WarcHeader header, byte[] block)
    {
        if (header.Type == "resource")
        {
            // Only resources that stand for a web page: wget, for one, also stores its log and
            // manifest as text resources under metadata:// addresses.
            if (header.TargetUri is { } uri && !IsWebAddress(uri))
            {
                return null;
            }

            var (media, charset) = HttpHead.SplitContentType(header.ContentType);
            return HttpHead.IsPageType(media) ? new WarcPayload(block, 0, header.TargetUri, charset, null, null) : null;
        }

        var head = HttpHead.Parse(block);
        return head is { Status: 200 } && HttpHead.IsPageType(head.MediaType)
            ? new WarcPayload(block, head.BodyStart, header.TargetUri, head.Charset, head.TransferEncoding, head.ContentEncoding)
            : null;
    }

    private static bool IsWebAddress(string uri) =>
        uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static PageInput Failed(PageInput file, long offset, string reason) =>
        new(RecordId(file, offset), RecordSource(file, offset), file.Path) { Error = reason };

    private static string RecordId(PageInput file, long offset) => file.Id + "#" + offset.ToString(CultureInfo.InvariantCulture);

    private static string RecordSource(PageInput file, long offset) => file.Source + "#" + offset.ToString(CultureInfo.InvariantCulture);
}
