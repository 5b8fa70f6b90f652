namespace Extractor.Core.Input.Warc;

/// <summary>
/// A page taken out of a WARC record: the record's block and what its headers said. The body is
/// decoded (transfer and content codings, charset) by the page reader, on a worker thread.
/// </summary>
/// <param name="Block">The record's block as stored.</param>
/// <param name="BodyStart">Where the page's bytes start in <paramref name="Block"/> (after the HTTP head of a response).</param>
/// <param name="TargetUri">WARC-Target-URI, or null.</param>
/// <param name="Charset">The charset the HTTP Content-Type (or a resource record's Content-Type) declares, or null.</param>
/// <param name="TransferEncoding">The HTTP Transfer-Encoding (<c>chunked</c>), or null.</param>
/// <param name="ContentEncoding">The HTTP Content-Encoding (<c>gzip</c>, <c>deflate</c>, <c>br</c>), or null.</param>
public sealed record WarcPayload(
    byte[] Block,
    int BodyStart,
    string? TargetUri,
    string? Charset,
    string? TransferEncoding,
    string? ContentEncoding)
{
    public ReadOnlySpan<byte> Body => Block.AsSpan(BodyStart);
}
