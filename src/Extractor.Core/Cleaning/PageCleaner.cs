using Extractor.Core.Lexicons;
using Extractor.Core.Model;

namespace Extractor.Core.Cleaning;

/// <summary>Dispatches a page to the cleaner for its input format.</summary>
public sealed class PageCleaner(ICleaner textCleaner, ICleaner htmlCleaner) : ICleaner
{
    public PageCleaner()
        : this(LexiconSet.BuiltIn)
    {
    }

    public PageCleaner(LexiconSet lexicons)
        : this(new TextCleaner(lexicons), new HtmlCleaner(lexicons))
    {
    }

    public CleanedPage Clean(SourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Format == InputFormat.Html ? htmlCleaner.Clean(page) : textCleaner.Clean(page);
    }
}
