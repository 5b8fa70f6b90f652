using System.Globalization;
using System.Text;

namespace Extractor.Core.Input.Warc;

/// <summary>
/// Reads a WARC 1.0/1.1 stream record by record in a fixed buffer: a record's header is parsed,
/// then its block is either read into one array of its length or skipped without being kept, so
/// memory stays flat however long the file is. Offsets are positions in the (decompressed) stream.
/// </summary>
/// <remarks>
/// The caller decides per record whether the block is wanted (a shard takes only its own records).
/// A record whose header cannot be parsed, or whose block does not end where its
/// <c>Content-Length</c> says, is reported and the reader moves on to the next line starting with
/// <c>WARC/</c>; a stream that ends inside a record cannot go on.
/// </remarks>
internal sealed class WarcReader(Stream stream)
{
    /// <summary>A record header longer than this is taken as corrupt (real ones are under 2 KB).</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    private static ReadOnlySpan<byte> Magic => "WARC/"u8;

    private readonly byte[] _buffer = new byte[2 * MaxHeaderBytes];
    private int _pos;
    private int _end;
    private long _bufferOffset;
    private bool _eof;

    /// <summary>The offset in the stream of the next byte to be read.</summary>
    public long Position => _bufferOffset + _pos;

    /// <summary>
    /// The next record's header, or null at the end of the stream. A header that is not a WARC
    /// header comes back with <see cref="WarcHeader.Error"/> set; call <see cref="Resync"/> then.
    /// </summary>
    public WarcHeader? ReadHeader()
    {
        // Records are separated by two line ends; tolerate more (or fewer) between them.
        while (true)
        {
            while (_pos < _end && _buffer[_pos] is (byte)'\r' or (byte)'\n')
            {
                _pos++;
            }

            if (_pos < _end || !Fill())
            {
                break;
            }
        }

        if (_pos == _end)
        {
            return null;
        }

        var offset = Position;
        var lines = new List<string>();
        var size = 0;
        while (true)
        {
            var line = ReadLine(MaxHeaderBytes - size, out var length);
            if (line is null)
            {
                return length < 0
                    ? new WarcHeader(offset, Error: "WARC header longer than 64 KB")
                    : new WarcHeader(offset, Error: "truncated WARC record (the file ends inside its header)", Truncated: true);
            }

            size += length;
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t' && lines.Count > 1)
            {
                lines[^1] += " " + line.Trim();
            }
            else
            {
                lines.Add(line);
            }
        }

        return Parse(offset, lines);
    }

    private static WarcHeader Parse(long offset, List<string> lines)
    {
        if (!lines[0].StartsWith("WARC/", StringComparison.Ordinal))
        {
            return new WarcHeader(offset, Error: "not a WARC record (no WARC/ version line)");
        }

        string? type = null, uri = null, contentType = null;
        long length = -1;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return new WarcHeader(offset, Error: "corrupt WARC header line");
            }

            var name = line.AsSpan(0, colon).Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("WARC-Type", StringComparison.OrdinalIgnoreCase))
            {
                type = value.ToLowerInvariant();
            }
            else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out length))
                {
                    return new WarcHeader(offset, Error: "WARC Content-Length is not a number");
                }
            }
            else if (name.Equals("WARC-Target-URI", StringComparison.OrdinalIgnoreCase))
            {
                // WARC 1.0 examples write the URI in angle brackets; 1.1 does not.
                uri = value.Trim('<', '>');
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
        }

        return length < 0
            ? new WarcHeader(offset, Error: "WARC record without Content-Length")
            : new WarcHeader(offset, type, length, uri, contentType);
    }

    /// <summary>The block, in one array of its length; null when the stream ends first.</summary>
    public byte[]? ReadBlock(long length)
    {
        var block = new byte[length];
        var done = 0;
        while (done < block.Length)
        {
            if (_pos == _end && !Fill())
            {
                return null;
            }

            var n = Math.Min(_end - _pos, block.Length - done);
            _buffer.AsSpan(_pos, n).CopyTo(block.AsSpan(done));
            _pos += n;
            done += n;
        }

        return block;
    }

    /// <summary>Passes over a block without keeping it; false when the stream ends first.</summary>
    public bool SkipBlock(long length)
    {
        var left = length;
        while (left > 0)
        {
            if (_pos == _end && !Fill())
            {
                return false;
            }

            var n = (int)Math.Min(_end - _pos, left);
            _pos += n;
            left -= n;
        }

        return true;
    }

    /// <summary>
    /// Reads the line ends that close a record. False when something else follows the block: its
    /// Content-Length was wrong. The end of the stream right after a block is accepted.
    /// </summary>
    public bool ReadRecordEnd()
    {
        var seen = 0;
        while (seen < 4)
        {
            if (_pos == _end && !Fill())
            {
                return true;
            }

            var b = _buffer[_pos];
            if (b is not (byte)'\r' and not (byte)'\n')
            {
                // Some writers leave out the closing line ends; the next record may follow at once.
                return seen > 0 && _buffer.AsSpan(_pos, _end - _pos).StartsWith(Magic);
            }

            _pos++;
            seen++;
        }

        return true;
    }

    /// <summary>Moves to the next line that starts with <c>WARC/</c>, or to the end of the stream.</summary>
    public void Resync()
    {
        // The reader stands after the bad header or block: the next record may start right here.
        if (_end - _pos < Magic.Length)
        {
            Fill();
        }

        if (_buffer.AsSpan(_pos, _end - _pos).StartsWith(Magic))
        {
            return;
        }

        while (true)
        {
            var window = _buffer.AsSpan(_pos, _end - _pos);
            var at = window.IndexOf("\nWARC/"u8);
            if (at >= 0)
            {
                _pos += at + 1;
                return;
            }

            // Keep the last few bytes: the marker may straddle two reads.
            _pos = Math.Max(_pos, _end - 5);
            if (!Fill())
            {
                _pos = _end;
                return;
            }
        }
    }

    /// <summary>
    /// One line without its line end, decoded as UTF-8; null at the end of the stream (<paramref name="length"/> = 0)
    /// or past <paramref name="limit"/> bytes (<paramref name="length"/> = -1).
    /// </summary>
    private string? ReadLine(int limit, out int length)
    {
        var searched = 0;
        while (true)
        {
            var window = _buffer.AsSpan(_pos, _end - _pos);
            var newline = window[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var end = searched + newline;
                length = end + 1;
                var text = window[..end];
                if (text.EndsWith("\r"u8))
                {
                    text = text[..^1];
                }

                var line = Encoding.UTF8.GetString(text);
                _pos += end + 1;
                return line;
            }

            searched = window.Length;
            if (window.Length >= limit)
            {
                length = -1;
                return null;
            }

            if (!Fill())
            {
                length = 0;
                return null;
            }
        }
    }

    /// <summary>Moves unread bytes to the front and reads more; false when nothing more came.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_pos > 0)
        {
            _buffer.AsSpan(_pos, _end - _pos).CopyTo(_buffer);
            _bufferOffset += _pos;
            _end -= _pos;
            _pos = 0;
        }

        var n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
            return false;
        }

        _end += n;
        return true;
    }
}
