using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Extractor.Core.Model;

namespace Extractor.Core.Output;

/// <summary>
/// <c>json</c>: one array indented by two spaces; <c>jsonl</c>: one compact record per line.
/// Either way each record is flushed as soon as it is written, so output streams.
/// </summary>
public sealed class JsonRecordWriter : IRecordWriter
{
    private readonly Stream _stream;
    private readonly bool _lines;
    private readonly Utf8JsonWriter _writer;
    private readonly JsonTypeInfo<Record> _typeInfo;
    private bool _completed;

    public JsonRecordWriter(Stream stream, bool lines)
    {
        _stream = stream;
        _lines = lines;
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            // Non-ASCII text is written as it is (SPEC §4), not as \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = !lines,
            IndentSize = 2,
            NewLine = "\n",
        };
        _typeInfo = new RecordJsonContext(options).Record;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = !lines,
            IndentSize = 2,
            NewLine = "\n",
            SkipValidation = lines,
        });
        if (!lines)
        {
            _writer.WriteStartArray();
        }
    }

    public void Write(Record record)
    {
        JsonSerializer.Serialize(_writer, record, _typeInfo);
        _writer.Flush();
        if (_lines)
        {
            _stream.WriteByte((byte)'\n');
            _writer.Reset();
        }

        _stream.Flush();
    }

    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        if (!_lines)
        {
            _writer.WriteEndArray();
            _writer.Flush();
            _stream.WriteByte((byte)'\n');
        }

        _stream.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
