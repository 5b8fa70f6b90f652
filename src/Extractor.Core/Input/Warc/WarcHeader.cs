namespace Extractor.Core.Input.Warc;

/// <summary>The fields of a WARC record header that the tool reads, or why the header could not be read.</summary>
/// <param name="Offset">Where the record starts in the (decompressed) stream.</param>
/// <param name="Type">WARC-Type, lower-cased (<c>response</c>, <c>resource</c>, <c>revisit</c>, ...).</param>
/// <param name="ContentLength">The length of the record's block.</param>
/// <param name="TargetUri">WARC-Target-URI, or null.</param>
/// <param name="ContentType">The block's Content-Type (for a response, <c>application/http</c>).</param>
/// <param name="Error">Why the header is not a WARC header, or null.</param>
/// <param name="Truncated">The stream ended inside the header.</param>
internal sealed record WarcHeader(
    long Offset,
    string? Type = null,
    long ContentLength = 0,
    string? TargetUri = null,
    string? ContentType = null,
    string? Error = null,
    bool Truncated = false);
