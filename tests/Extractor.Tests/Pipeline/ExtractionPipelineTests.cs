using Extractor.Core.Model;
using Extractor.Core.Pipeline;

namespace Extractor.Tests.Pipeline;

public sealed class ExtractionPipelineTests
{
    [Test]
    public void An_empty_page_gets_a_record_with_empty_lists_and_a_warning()
    {
        // Is.Empty fails on null too: the lists are [] in the output, never null (SPEC §3).
        var pipeline = new ExtractionPipeline(new ExtractorOptions());
        var record = pipeline.Process(new SourcePage("a", "a.txt", "00", InputFormat.Text, "", []));
        Assert.Multiple(() =>
        {
            Assert.That(record.Authors, Is.Empty);
            Assert.That(record.Agencies, Is.Empty);
            Assert.That(record.Interactions, Is.Empty);
            Assert.That(record.Captions, Is.Empty);
            Assert.That(record.Warnings, Is.Not.Empty, "an empty page says why it has no text");
        });
    }
}
