using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Extractor.Tests.Input.Warc;

/// <summary>Writes WARC 1.1 records by hand for the reader's tests: plain, one gzip member per record, or one member for all.</summary>
internal sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];

    public IReadOnlyList<byte[]> Records => _records;

    public static string HtmlPage(string title, string body) =>
        $"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>";

    public WarcBuilder Response(string uri, string body, int status = 200, string contentType = "text/html", string extraHeaders = "") =>
        Response(uri, Encoding.UTF8.GetBytes(body), status, contentType, extraHeaders);

    public WarcBuilder Response(string uri, byte[] body, int status = 200, string contentType = "text/html", string extraHeaders = "")
    {
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Other")}\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n");
        return Record("response", uri, "application/http; msgtype=response", [.. head, .. body]);
    }

    public WarcBuilder Record(string type, string? uri, string contentType, byte[] block, long? contentLength = null)
    {
        var header = new StringBuilder();
        header.Append("WARC/1.1\r\n");
        header.Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n");
        header.Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        header.Append("WARC-Date: 2024-01-02T03:04:05Z\r\n");
        if (uri is not null)
        {
            header.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {uri}\r\n");
        }

        header.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        header.Append(CultureInfo.InvariantCulture, $"Content-Length: {contentLength ?? block.Length}\r\n\r\n");
        _records.Add([.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public WarcBuilder Info() => Record("warcinfo", null, "application/warc-fields", "software: tests\r\n"u8.ToArray());

    public WarcBuilder Request(string uri) => Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET {uri} HTTP/1.1\r\n\r\n"));

    public byte[] Plain() => [.. _records.SelectMany(r => r)];

    public byte[] GzipPerRecord() => [.. _records.SelectMany(Gzip)];

    public byte[] GzipWhole() => Gzip(Plain());

    /// <summary>Where each record starts in the plain (decompressed) stream.</summary>
    public long[] Offsets()
    {
        var offsets = new long[_records.Count];
        for (int i = 0, at = 0; i < _records.Count; at += _records[i].Length, i++)
        {
            offsets[i] = at;
        }

        return offsets;
    }

    public static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }
}
