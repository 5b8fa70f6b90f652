using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Core.Model;

namespace Extractor.Core.Output;

/// <summary>
/// <c>jsonl</c> with <c>--explode</c>: one compact JSON object per row, with exactly the columns
/// (names and order) of the csv row, lists kept as arrays and counts as numbers.
/// </summary>
public sealed class JsonRowWriter : IRecordWriter
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly ExplodeMode _explode;
    private readonly IReadOnlyList<FlatColumn> _columns;

    public JsonRowWriter(Stream stream, ExplodeMode explode, bool includeText)
    {
        _stream = stream;
        _explode = explode;
        _columns = FlatColumns.For(explode, includeText);
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void Write(Record record)
    {
        foreach (var row in RowFlattener.Rows(record, _explode))
        {
            _writer.WriteStartObject();
            foreach (var column in _columns)
            {
                _writer.WritePropertyName(column.Name);
                switch (column.Value(row))
                {
                    case null:
                        _writer.WriteNullValue();
                        break;
                    case string s:
                        _writer.WriteStringValue(s);
                        break;
                    case int n:
                        _writer.WriteNumberValue(n);
                        break;
                    case IEnumerable<string> list:
                        _writer.WriteStartArray();
                        foreach (var item in list)
                        {
                            _writer.WriteStringValue(item);
                        }

                        _writer.WriteEndArray();
                        break;
                    case var other:
                        throw new InvalidOperationException($"no JSON form for column {column.Name} of type {other.GetType().Name}");
                }
            }

            _writer.WriteEndObject();
            _writer.Flush();
            _writer.Reset();
            _stream.WriteByte((byte)'\n');
        }

        _stream.Flush();
    }

    public void Complete() => _stream.Flush();

    public void Dispose() => _writer.Dispose();
}
