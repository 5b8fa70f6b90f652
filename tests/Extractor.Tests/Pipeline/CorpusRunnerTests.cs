using Extractor.Core.Lexicons;
using Extractor.Core.Cleaning;
using Extractor.Core.Facts;
using Extractor.Core.Input;
using Extractor.Core.Metadata;
using Extractor.Core.Model;
using Extractor.Core.Pipeline;
using Extractor.Tests.Cli;

namespace Extractor.Tests.Pipeline;

public sealed class CorpusRunnerTests
{
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(8)]
    public void Results_come_in_input_order_whatever_the_jobs(int jobs)
    {
        using var corpus = new TempCorpus();
        var inputs = Enumerable.Range(0, 60)
            .Select(i => new PageInput($"p{i:D2}", $"p{i:D2}.txt", corpus.Write($"p{i:D2}.txt", new string('x', (60 - i) * 50))))
            .ToArray();
        var pipeline = new ExtractionPipeline(new ExtractorOptions(), new SlowCleaner(), new MetadataParser(), new InteractionExtractor(LexiconSet.BuiltIn));
        var ids = new CorpusRunner(pipeline, jobs).Run(inputs).Select(r => r.Record!.Id).ToArray();
        Assert.That(ids, Is.EqualTo(inputs.Select(i => i.Id)));
    }

    [Test]
    public void A_stage_that_throws_becomes_that_page_error_and_the_run_goes_on()
    {
        using var corpus = new TempCorpus();
        var inputs = new[] { "a", "boom", "c" }.Select(n => new PageInput(n, n, corpus.Write(n + ".txt", n))).ToArray();
        var pipeline = new ExtractionPipeline(new ExtractorOptions(), new ThrowingCleaner(), new MetadataParser(), new InteractionExtractor(LexiconSet.BuiltIn));
        var results = new CorpusRunner(pipeline, 2).Run(inputs).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Succeeded), Is.EqualTo(new[] { true, false, true }));
            Assert.That(results[1].Error, Does.StartWith("internal error: InvalidOperationException"));
        });
    }

    /// <summary>Shorter pages finish sooner, so later pages overtake earlier ones unless the runner reorders.</summary>
    private sealed class SlowCleaner : ICleaner
    {
        public CleanedPage Clean(SourcePage page)
        {
            Thread.Sleep(page.Content.Length / 500);
            return new CleanedPage(null, [page.Content], [], [], [], null, []);
        }
    }

    private sealed class ThrowingCleaner : ICleaner
    {
        public CleanedPage Clean(SourcePage page) =>
            page.Content == "boom" ? throw new InvalidOperationException("boom") : new CleanedPage(null, [], [], [], [], null, []);
    }
}
