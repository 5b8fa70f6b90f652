using Extractor.Core.Cleaning;
using Extractor.Core.Corpus;
using Extractor.Core.Facts;
using Extractor.Core.Input;
using Extractor.Core.Lexicons;
using Extractor.Core.Metadata;
using Extractor.Core.Model;

namespace Extractor.Core.Pipeline;

/// <summary>
/// read → clean → parse metadata → extract facts. Built once from options and shared by every
/// page; each stage is a pure function of its input, so pages can run in parallel.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly ExtractorOptions _options;
    private readonly PageReader _reader;
    private readonly ICleaner _cleaner;
    private readonly IMetadataParser _metadata;
    private readonly IFactExtractor _facts;

    public ExtractionPipeline(ExtractorOptions options)
        : this(options, options?.Lexicons ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    private ExtractionPipeline(ExtractorOptions options, LexiconSet lexicons)
        : this(options, new PageCleaner(lexicons), new MetadataParser(lexicons), new InteractionExtractor(lexicons))
    {
    }

    public ExtractionPipeline(ExtractorOptions options, ICleaner cleaner, IMetadataParser metadata, IFactExtractor facts)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _reader = new PageReader(options.InputFormat, options.MaxPageBytes);
        _cleaner = cleaner;
        _metadata = metadata;
        _facts = facts;
    }

    /// <summary>Reads and processes one page; failures become a result with an error, never an exception.</summary>
    public PageResult Run(PageInput input, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var (record, text) = Build(_reader.Read(input, standardInput));
            return new PageResult(input.Source, record, null) { Signature = MinHasher.Sign(text) };
        }
        catch (PageReadException e)
        {
            return new PageResult(input.Source, null, e.Message);
        }
#pragma warning disable CA1031 // One page's bug must not stop the corpus: it becomes that page's error line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new PageResult(input.Source, null, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Cleans, parses and extracts from a page already read.</summary>
    public Record Process(SourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Build(page).Record;
    }

    // The record and the article text (which the record leaves out with --no-text; the copy index signs it).
    private (Record Record, string Text) Build(SourcePage page)
    {
        var cleaned = _cleaner.Clean(page);
        var metadata = _metadata.Parse(page, cleaned);
        var text = cleaned.Text;
        var interactions = _facts.Extract(text, cleaned.Title, metadata);
        var warnings = page.Warnings.Concat(cleaned.Warnings).Concat(metadata.Warnings).Distinct(StringComparer.Ordinal).ToArray();
        return (new Record
        {
            Id = page.Id,
            Source = page.Source,
            Sha256 = page.Sha256,
            InputFormat = page.Format == InputFormat.Html ? "html" : "text",
            Title = cleaned.Title,
            Published = metadata.Published,
            Updated = metadata.Updated,
            Outlet = metadata.Outlet,
            Authors = metadata.Authors,
            Agencies = metadata.Agencies,
            Dateline = metadata.Dateline,
            Interactions = interactions,
            Captions = cleaned.Captions,
            Text = _options.IncludeText ? text : null,
            Warnings = warnings,
        }, text);
    }
}
