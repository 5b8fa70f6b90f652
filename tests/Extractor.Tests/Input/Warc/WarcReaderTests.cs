using System.Text;
using Extractor.Core.Input;
using Extractor.Core.Model;

namespace Extractor.Tests.Input.Warc;

/// <summary>WARC files read as containers (<see cref="PageExpander"/>), their pages read by <see cref="PageReader"/>.</summary>
public sealed class WarcReaderTests
{
    private static readonly string First = WarcBuilder.HtmlPage("Ministers hold talks", "The foreign ministers met in Seoul on Monday.");
    private static readonly string Second = WarcBuilder.HtmlPage("Leaders speak by phone", "The two presidents spoke by phone on Tuesday.");

    private static WarcBuilder TwoPages() => new WarcBuilder()
        .Info()
        .Request("https://example.com/a")
        .Response("https://example.com/a", First)
        .Request("https://example.com/b")
        .Response("https://example.com/b", Second, contentType: "text/html; charset=utf-8");

    [Test]
    public void A_plain_warc_gives_its_responses_as_pages_and_counts_the_other_records()
    {
        var warc = TwoPages();
        var (pages, skipped) = Expand(warc.Plain(), "crawl/one.warc");
        var offsets = warc.Offsets();
        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Id), Is.EqualTo(new[] { $"one#{offsets[2]}", $"one#{offsets[4]}" }));
            Assert.That(pages.Select(p => Read(p).Url), Is.EqualTo(new[] { "https://example.com/a", "https://example.com/b" }));
            Assert.That(Read(pages[1]).Content, Is.EqualTo(Second));
            Assert.That(Read(pages[0]).Format, Is.EqualTo(InputFormat.Html));
            Assert.That(skipped, Is.EqualTo(3), "warcinfo and two requests");
        });
    }

    [Test]
    public void Gzip_per_record_and_gzip_of_the_whole_file_read_like_the_plain_file()
    {
        var warc = TwoPages();
        var plain = Expand(warc.Plain(), "a.warc");
        var perRecord = Expand(warc.GzipPerRecord(), "a.warc.gz");
        var whole = Expand(warc.GzipWhole(), "a.warc.gz");
        Assert.Multiple(() =>
        {
            Assert.That(perRecord.Pages.Select(p => p.Id), Is.EqualTo(plain.Pages.Select(p => p.Id)));
            Assert.That(whole.Pages.Select(p => p.Id), Is.EqualTo(plain.Pages.Select(p => p.Id)));
            Assert.That(perRecord.Pages.Select(p => Read(p).Content), Is.EqualTo(new[] { First, Second }));
            Assert.That(whole.Pages.Select(p => Read(p).Content), Is.EqualTo(new[] { First, Second }));
            Assert.That(perRecord.Skipped, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_truncated_record_is_one_error_after_the_pages_before_it()
    {
        var bytes = TwoPages().Plain();
        var (pages, _) = Expand(bytes[..^40], "cut.warc");
        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.EqualTo(2));
            Assert.That(pages[0].Error, Is.Null);
            Assert.That(pages[1].Error, Does.Contain("truncated"));
            Assert.That(pages[1].Source, Does.StartWith("cut.warc#"));
            Assert.That(() => Read(pages[1]), Throws.TypeOf<PageReadException>().With.Message.Contain("truncated"));
        });
    }

    [Test]
    public void A_truncated_gzip_member_ends_the_file_with_one_error()
    {
        var warc = TwoPages();
        var members = warc.Records.Select(WarcBuilder.Gzip).ToArray();
        byte[] cut = [.. members[..4].SelectMany(m => m), .. members[4][..(members[4].Length / 2)]];
        var (pages, _) = Expand(cut, "cut.warc.gz");
        Assert.That(pages.Select(p => p.Error is null), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void A_record_whose_length_is_wrong_is_one_error_and_the_next_record_is_read()
    {
        var warc = new WarcBuilder()
            .Record("response", "https://example.com/bad", "application/http", Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + First), contentLength: 20)
            .Response("https://example.com/b", Second);
        var (pages, _) = Expand(warc.Plain(), "bad.warc");
        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.EqualTo(2));
            Assert.That(pages[0].Error, Does.Contain("Content-Length"));
            Assert.That(pages[1].Id, Is.EqualTo($"bad#{warc.Offsets()[1]}"));
            Assert.That(Read(pages[1]).Content, Is.EqualTo(Second));
        });
    }

    [Test]
    public void Garbage_between_records_is_one_error_and_reading_goes_on()
    {
        var warc = TwoPages();
        byte[] bytes = [.. warc.Records[2], .. "this is not a WARC header\r\nat all\r\n\r\n"u8, .. warc.Records[4]];
        var (pages, _) = Expand(bytes, "junk.warc");
        Assert.That(pages.Select(p => p.Error is null ? p.Warc!.TargetUri : "error"), Is.EqualTo(new[] { "https://example.com/a", "error", "https://example.com/b" }));
    }

    [Test]
    public void Non_200_responses_revisits_and_other_media_types_are_skipped_and_counted()
    {
        var warc = new WarcBuilder()
            .Response("https://example.com/missing", "<html>not found</html>", status: 404)
            .Response("https://example.com/moved", "", status: 301)
            .Record("revisit", "https://example.com/a", "application/http", "HTTP/1.1 200 OK\r\n\r\n"u8.ToArray())
            .Response("https://example.com/logo.png", [0x89, 0x50, 0x4E, 0x47], contentType: "image/png")
            .Record("metadata", "https://example.com/a", "application/warc-fields", "outlink: x\r\n"u8.ToArray())
            .Record("resource", "metadata://wget/log", "text/plain", "a crawler's log"u8.ToArray())
            .Response("https://example.com/a", First);
        var (pages, skipped) = Expand(warc.Plain(), "mixed.warc");
        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Warc!.TargetUri), Is.EqualTo(new[] { "https://example.com/a" }));
            Assert.That(skipped, Is.EqualTo(6));
        });
    }

    [Test]
    public void A_resource_record_of_a_web_page_is_a_page()
    {
        var warc = new WarcBuilder().Record("resource", "https://example.com/r", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("A plain text page."));
        var (pages, _) = Expand(warc.Plain(), "r.warc");
        Assert.That(pages.Select(p => Read(p).Content), Is.EqualTo(new[] { "A plain text page." }));
    }

    [Test]
    public void The_http_charset_decodes_the_body()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // "Привет, мир" in windows-1251: not valid UTF-8, and Windows-1252 would make Latin letters of it.
        var body = Encoding.GetEncoding(1251).GetBytes("<html><body><p>Привет, мир</p></body></html>");
        var warc = new WarcBuilder().Response("https://example.ru/", body, contentType: "text/html; charset=windows-1251");
        var (pages, _) = Expand(warc.Plain(), "ru.warc");
        var page = Read(pages[0]);
        Assert.Multiple(() =>
        {
            Assert.That(page.Content, Does.Contain("Привет, мир"));
            Assert.That(page.Warnings, Is.Empty);
        });
    }

    [Test]
    public void A_chunked_gzip_body_is_undone()
    {
        var gz = WarcBuilder.Gzip(Encoding.UTF8.GetBytes(First));
        var split = gz.Length / 2;
        byte[] chunked =
        [
            .. Encoding.ASCII.GetBytes($"{split:x}\r\n"), .. gz[..split], .. "\r\n"u8,
            .. Encoding.ASCII.GetBytes($"{gz.Length - split:x}\r\n"), .. gz[split..], .. "\r\n0\r\n\r\n"u8,
        ];
        var warc = new WarcBuilder().Response("https://example.com/z", chunked, extraHeaders: "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n");
        var (pages, _) = Expand(warc.Plain(), "z.warc");
        Assert.That(Read(pages[0]).Content, Is.EqualTo(First));
    }

    [Test]
    public void A_record_over_the_size_limit_is_an_error_and_the_next_is_read()
    {
        var big = WarcBuilder.HtmlPage("Big", new string('x', 5000));
        var warc = new WarcBuilder().Response("https://example.com/big", big).Response("https://example.com/b", Second);
        var (pages, _) = Expand(warc.Plain(), "big.warc", maxBytes: 4096);
        Assert.That(pages.Select(p => p.Error is null ? "page" : p.Error.StartsWith("page too large", StringComparison.Ordinal) ? "too large" : p.Error), Is.EqualTo(new[] { "too large", "page" }));
    }

    [Test]
    public void Shards_split_the_records_of_one_file_without_overlap()
    {
        var warc = new WarcBuilder();
        for (var i = 0; i < 40; i++)
        {
            warc.Response($"https://example.com/{i}", WarcBuilder.HtmlPage($"Page {i}", "Text."));
        }

        var all = Expand(warc.Plain(), "many.warc").Pages.Select(p => p.Id).ToArray();
        var parts = Enumerable.Range(1, 4).Select(k => Expand(warc.Plain(), "many.warc", new Shard(k, 4)).Pages.Select(p => p.Id).ToArray()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(parts.SelectMany(p => p).Order(StringComparer.Ordinal), Is.EqualTo(all.Order(StringComparer.Ordinal)));
            Assert.That(parts.SelectMany(p => p).Distinct().Count(), Is.EqualTo(all.Length));
            Assert.That(parts, Has.All.Not.Empty);
        });
    }

    [Test]
    public void Warc_files_are_read_by_name_in_directory_walks()
    {
        var root = Path.Combine(Path.GetTempPath(), "extract-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllBytes(Path.Combine(root, "a.warc.gz"), TwoPages().GzipPerRecord());
            File.WriteAllBytes(Path.Combine(root, "b.warc"), TwoPages().Plain());
            var inputs = new CorpusEnumerator().Enumerate([root]).ToArray();
            var pages = new PageExpander().Expand(inputs).ToArray();
            Assert.Multiple(() =>
            {
                Assert.That(inputs.Select(i => i.Id), Is.EqualTo(new[] { "a", "b" }));
                Assert.That(pages.Select(p => p.Id.Split('#')[0]), Is.EqualTo(new[] { "a", "a", "b", "b" }));
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static SourcePage Read(PageInput page) => new PageReader().Read(page);

    private static (List<PageInput> Pages, int Skipped) Expand(byte[] bytes, string name, Shard? shard = null, long maxBytes = PageReader.DefaultMaxBytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "extract-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        try
        {
            var expander = new PageExpander(shard, maxBytes);
            var file = new PageInput(PageIds.FromRelativePath(Path.GetFileName(name)), name, path);
            var pages = expander.Expand([file]).ToList();
            return (pages, expander.SkippedRecords);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
