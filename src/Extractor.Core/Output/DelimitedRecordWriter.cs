using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Extractor.Core.Model;

namespace Extractor.Core.Output;

/// <summary>
/// <c>csv</c> (RFC 4180, comma, CRLF) and <c>tsv</c> (tab, LF): a header row, then the rows of
/// each record as it comes, flushed at once so output streams. UTF-8 without BOM.
/// </summary>
public sealed class DelimitedRecordWriter : IRecordWriter
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private readonly ExplodeMode _explode;
    private readonly FieldStyle _style;
    private readonly IReadOnlyList<FlatColumn> _columns;

    public DelimitedRecordWriter(Stream stream, FieldStyle style, ExplodeMode explode, bool includeText)
    {
        _explode = explode;
        _style = style;
        _columns = FlatColumns.For(explode, includeText);
        _text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true);
        var config = style == FieldStyle.Csv
            ? new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = ",",
                NewLine = "\r\n",
                InjectionOptions = InjectionOptions.Escape,
                // CsvHelper's own test, with NewLine set, quotes only a field holding the whole
                // CRLF, so text joined with "\n\n" broke rows. RFC 4180 needs quotes around any
                // CR, LF, quote or comma; spaces at either end are quoted so no reader trims them.
                ShouldQuote = args => FieldText.NeedsCsvQuotes(args.Field),
            }
            : new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = "\t",
                NewLine = "\n",
                Mode = CsvMode.NoEscape,
                // FieldText escapes formula starters itself: CsvHelper's escape would quote.
                InjectionOptions = InjectionOptions.None,
            };
        _csv = new CsvWriter(_text, config);
        foreach (var column in _columns)
        {
            _csv.WriteField(column.Name);
        }

        _csv.NextRecord();
        _csv.Flush();
        _text.Flush();
    }

    public void Write(Record record)
    {
        foreach (var row in RowFlattener.Rows(record, _explode))
        {
            // Field by field, not WriteRecord: no class map, so no reflection (native builds).
            foreach (var column in _columns)
            {
                _csv.WriteField(FieldText.Format(column.Value(row), _style));
            }

            _csv.NextRecord();
        }

        _csv.Flush();
        _text.Flush();
    }

    public void Complete()
    {
        _csv.Flush();
        _text.Flush();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}
