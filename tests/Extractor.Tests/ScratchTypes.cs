using System.Diagnostics.Tracing;
using Extractor.Core.Cleaning.Html;
using Extractor.Core.Input;
using Extractor.Core.Lexicons;
using HtmlAgilityPack;

namespace Extractor.Tests;

sealed class AllocListener : EventListener
{
    public readonly Dictionary<string, long> ByType = new();
    public volatile bool On;
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!On || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick")) return;
        var i = e.PayloadNames!.IndexOf("TypeName"); var a = e.PayloadNames.IndexOf("AllocationAmount64");
        var t = (string)e.Payload![i]!; var amt = Convert.ToInt64(e.Payload[a]);
        lock (ByType) ByType[t] = ByType.GetValueOrDefault(t) + amt;
    }
}

[Explicit]
public sealed class ScratchTypes
{
    [Test]
    public void Types()
    {
        var dir = Environment.GetEnvironmentVariable("ALLOC_DIR")!;
        var stage = Environment.GetEnvironmentVariable("STAGE") ?? "hap";
        var lexicons = LexiconSet.BuiltIn;
        var lex = lexicons.HtmlBoilerplate;
        var reader = new PageReader(null);
        using var l = new AllocListener();
        var meta = new Extractor.Core.Metadata.MetadataParser(lexicons);
        var facts = new Extractor.Core.Facts.InteractionExtractor(lexicons);
        var cleaner = new Extractor.Core.Cleaning.HtmlCleaner(lexicons);
        foreach (var file in Directory.GetFiles(dir).Order())
        {
            if (stage == "read") l.On = true;
            var page = reader.Read(new PageInput(Path.GetFileName(file), file, file), null);
            l.On = false;
            if (stage == "hap" || stage == "dom") {
            var stripped = RawHtmlStripper.Strip(page.Content, lex.StrippedTags);
            var doc = new HtmlDocument { OptionMaxNestedChildNodes = 2000, OptionUseIdAttribute = false, OptionCheckSyntax = false, OptionReadEncoding = false };
            l.On = stage == "hap";
            doc.LoadHtml(stripped);
            l.On = stage == "dom";
            DomTree.Build(doc, lex);
            l.On = false; }
            if (stage is "meta" or "facts") {
              var cleaned = cleaner.Clean(page);
              l.On = stage == "meta";
              var md = meta.Parse(page, cleaned);
              l.On = stage == "facts";
              facts.Extract(cleaned.Text, cleaned.Title, md);
              l.On = false;
            }
        }
        Thread.Sleep(500);
        foreach (var (k, v) in l.ByType.OrderByDescending(x => x.Value).Take(25)) TestContext.Out.WriteLine($"TYPE {v / 1e6,8:F1} MB {k}");
    }
}
