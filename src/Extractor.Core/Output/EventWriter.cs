using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Extractor.Core.Corpus;
using Extractor.Core.Model;

namespace Extractor.Core.Output;

/// <summary>
/// Writes the events of <c>--events</c> in the run's format: <c>json</c> an indented array, <c>jsonl</c> one object a
/// line, <c>csv</c>/<c>tsv</c> a header and one row an event, lists joined with <c>"; "</c> and participants written
/// as in the record's csv. Field order: <see cref="Columns"/>.
/// </summary>
public static class EventWriter
{
    public static IReadOnlyList<string> Columns { get; } =
        ["event_id", "date", "medium", "cameo", "participants", "countries", "topics", "reports", "outlets", "record_ids", "first_published"];

    public static void Write(Stream stream, OutputFormat format, IEnumerable<CorpusEvent> events)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(events);
        switch (format)
        {
            case OutputFormat.Json or OutputFormat.Jsonl:
                WriteJson(stream, format == OutputFormat.Jsonl, events);
                break;
            case OutputFormat.Csv or OutputFormat.Tsv:
                WriteDelimited(stream, format == OutputFormat.Csv ? FieldStyle.Csv : FieldStyle.Tsv, events);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    private static object?[] Values(CorpusEvent e) =>
        [e.EventId, e.Date, e.Medium, e.Cameo, e.Participants, e.Countries, e.Topics, e.Reports, e.Outlets, e.RecordIds, e.FirstPublished];

    private static void WriteJson(Stream stream, bool lines, IEnumerable<CorpusEvent> events)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = !lines, IndentSize = 2, NewLine = "\n" };
        using var writer = new Utf8JsonWriter(stream, options);
        if (!lines)
        {
            writer.WriteStartArray();
        }

        foreach (var e in events)
        {
            writer.WriteStartObject();
            var values = Values(e);
            for (var i = 0; i < Columns.Count; i++)
            {
                writer.WritePropertyName(Columns[i]);
                switch (values[i])
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case string s:
                        writer.WriteStringValue(s);
                        break;
                    case int n:
                        writer.WriteNumberValue(n);
                        break;
                    case IReadOnlyList<Participant> participants:
                        writer.WriteStartArray();
                        foreach (var p in participants)
                        {
                            writer.WriteStartObject();
                            writer.WriteString("name", p.Name);
                            writer.WriteString("title", p.Title);
                            writer.WriteString("country", p.Country);
                            writer.WriteString("country_code", p.CountryCode);
                            writer.WriteString("organization", p.Organization);
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                        break;
                    case IEnumerable<string> list:
                        writer.WriteStartArray();
                        foreach (var item in list)
                        {
                            writer.WriteStringValue(item);
                        }

                        writer.WriteEndArray();
                        break;
                }
            }

            writer.WriteEndObject();
            if (lines)
            {
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
            }
        }

        if (!lines)
        {
            writer.WriteEndArray();
            writer.Flush();
            stream.WriteByte((byte)'\n');
        }

        stream.Flush();
    }

    private static void WriteDelimited(Stream stream, FieldStyle style, IEnumerable<CorpusEvent> events)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true);
        var config = style == FieldStyle.Csv
            ? new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", NewLine = "\r\n", InjectionOptions = InjectionOptions.Escape }
            : new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = "\t", NewLine = "\n", Mode = CsvMode.NoEscape, InjectionOptions = InjectionOptions.None };
        using var csv = new CsvWriter(text, config);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var e in events)
        {
            foreach (var value in Values(e))
            {
                var cell = value is IReadOnlyList<Participant> participants ? participants.Select(RowFlattener.FormatParticipant).ToArray() : value;
                csv.WriteField(FieldText.Format(cell, style));
            }

            csv.NextRecord();
        }

        csv.Flush();
        text.Flush();
    }
}
