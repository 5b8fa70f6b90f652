using Extractor.Core.Model;
using Extractor.Core.Pipeline;

namespace Extractor.Tests.Pipeline;

public sealed class ExtractionPipelineTests
{
    [Test]
    public void Every_page_gets_a_record_with_lists_never_null()
    {
        var pipeline = new ExtractionPipeline(new ExtractorOptions());
        var record = pipeline.Process(new SourcePage("a", "a.txt", "00", InputFormat.Text, "", []));
        Assert.Multiple(() =>
        {
            Assert.That(record.Authors, Is.Not.Null);
            Assert.That(record.Agencies, Is.Not.Null);
            Assert.That(record.Interactions, Is.Not.Null);
            Assert.That(record.Captions, Is.Not.Null);
            Assert.That(record.Warnings, Is.Not.Null);
        });
    }
}
