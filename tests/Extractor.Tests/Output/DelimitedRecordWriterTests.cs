using System.Text;
using Extractor.Core.Model;
using Extractor.Core.Output;
using Extractor.Tests.Cli;

namespace Extractor.Tests.Output;

public sealed class DelimitedRecordWriterTests
{
    [TestCase(FieldStyle.Csv)]
    [TestCase(FieldStyle.Tsv)]
    public void Rows_read_back_give_the_record_values(FieldStyle style)
    {
        var format = style == FieldStyle.Csv ? "csv" : "tsv";
        var record = SampleRecords.WithInteractions;
        var rows = FormatTests.ReadDelimited(Write(style, ExplodeMode.None, true, record), format);
        Assert.That(rows, Has.Count.EqualTo(2));
        var row = rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => FormatTests.Unescape(p.Second, format));
        Assert.Multiple(() =>
        {
            Assert.That(row["title"], Is.EqualTo(record.Title));
            Assert.That(row["updated"], Is.EqualTo(record.Updated));
            Assert.That(row["authors"], Is.EqualTo("Kim Soo-yeon; Lee Ji-hye"));
            Assert.That(row["interaction_count"], Is.EqualTo("2"));
            Assert.That(row["medium"], Is.EqualTo("phone"));
            Assert.That(row["cameo"], Is.EqualTo("041"));
            Assert.That(row["plover"], Is.EqualTo("CONSULT (phone)"));
            Assert.That(row["copy_of"], Is.EqualTo("yonhap/2022/first"));
            Assert.That(row["interaction_date"], Is.EqualTo("2022-01-26"));
            Assert.That(row["participants"], Is.EqualTo("Noh Kyu-duk (special representative, South Korea); Igor Morgulov (Deputy Foreign Minister, Russia)"));
            Assert.That(row["countries"], Is.EqualTo("KOR; RUS"));
            Assert.That(row["topics"], Is.EqualTo("nuclear; peace"));
            Assert.That(row["evidence"], Is.EqualTo(record.Interactions[0].Evidence));
            Assert.That(row["captions"], Is.EqualTo("A photo\tof a missile; + another caption"));
            Assert.That(row["text"], Is.EqualTo(record.Text));
            Assert.That(row["warnings"], Is.Empty);
        });
    }

    [Test]
    public void Csv_quotes_per_rfc4180_and_escapes_formulas()
    {
        var csv = Write(FieldStyle.Csv, ExplodeMode.Interactions, false, SampleRecords.WithInteractions);
        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.Contain("\"S. Korea, Russia hold \"\"phone talks\"\", over N. Korea\""));
            Assert.That(csv, Does.Contain("\"'=SUM(A1) officials met, too.\""));
            Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3));
        });
    }

    [Test]
    public void Tsv_is_never_quoted_and_escapes_tabs_newlines_and_formulas()
    {
        var tsv = Write(FieldStyle.Tsv, ExplodeMode.None, true, SampleRecords.WithInteractions);
        var lines = tsv.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(3), "header, one row, final newline");
            Assert.That(lines[1], Does.Contain("\tS. Korea, Russia hold \"phone talks\", over N. Korea\t"), "quotes stay as they are");
            Assert.That(lines[1], Does.Contain("A photo\\tof a missile; + another caption"));
            Assert.That(lines[1], Does.Contain("and\\ta tab.\\r\\n-- end"));
            Assert.That(lines[1].Split('\t'), Has.Length.EqualTo(lines[0].Split('\t').Length));
        });
    }

    [Test]
    public void Tsv_escape_marks_formula_starters()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FieldText.EscapeTsv("=1+1"), Is.EqualTo("'=1+1"));
            Assert.That(FieldText.EscapeTsv("a\tb\nc"), Is.EqualTo("a\\tb\\nc"));
            Assert.That(FieldText.EscapeTsv("plain"), Is.EqualTo("plain"));
        });
    }

    [Test]
    public void Explode_interactions_gives_one_row_per_interaction_with_its_index()
    {
        var rows = FormatTests.ReadDelimited(Write(FieldStyle.Csv, ExplodeMode.Interactions, true, SampleRecords.WithInteractions, SampleRecords.WithoutInteractions), "csv");
        var index = Array.IndexOf(rows[0], "interaction_index");
        var medium = Array.IndexOf(rows[0], "medium");
        Assert.Multiple(() =>
        {
            Assert.That(index, Is.EqualTo(Array.IndexOf(rows[0], "interaction_count") + 1));
            Assert.That(rows.Skip(1).Select(r => (r[0], r[index], r[medium])), Is.EqualTo(new[]
            {
                ("yonhap/2022/phone-talks", "0", "phone"),
                ("yonhap/2022/phone-talks", "1", "in-person"),
                ("plain", "", ""),
            }));
        });
    }

    [Test]
    public void Explode_participants_gives_one_row_per_participant()
    {
        var rows = FormatTests.ReadDelimited(Write(FieldStyle.Csv, ExplodeMode.Participants, true, SampleRecords.WithInteractions, SampleRecords.WithoutInteractions), "csv");
        var header = rows[0];
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];
        Assert.That(rows.Skip(1).Select(r => (Cell(r, "interaction_index"), Cell(r, "participant_name"), Cell(r, "participant_country_code"), Cell(r, "participant_organization"))), Is.EqualTo(new[]
        {
            ("0", "Noh Kyu-duk", "KOR", "Foreign Ministry"),
            ("0", "Igor Morgulov", "RUS", ""),
            ("1", "", "JPN", "the foreign ministry of Japan"),
            ("", "", "", ""),
        }));
    }

    [TestCase(ExplodeMode.None, 24)]
    [TestCase(ExplodeMode.Interactions, 25)]
    [TestCase(ExplodeMode.Participants, 30)]
    public void Header_has_the_spec_columns(ExplodeMode explode, int count)
    {
        var header = Write(FieldStyle.Csv, explode, true).TrimEnd();
        Assert.That(header.Split(','), Has.Length.EqualTo(count));
        Assert.That(header, Does.StartWith("id,source,sha256,copy_of,input_format,title,published,updated,outlet,authors,agencies,dateline,interaction_count,").And.EndWith("captions,text,warnings"));
    }

    internal static string Write(FieldStyle style, ExplodeMode explode, bool includeText, params Record[] records)
    {
        using var buffer = new MemoryStream();
        using (var writer = new DelimitedRecordWriter(buffer, style, explode, includeText))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
