using Extractor.Core.Model;

namespace Extractor.Core.Cleaning;

/// <summary>
/// Cleans a text dump. First cut: keeps prose-like lines (long, ending in sentence punctuation)
/// and takes the first long line without a final full stop as the headline.
/// </summary>
public sealed class TextCleaner : ICleaner
{
    public CleanedPage Clean(SourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var body = new List<string>();
        var removed = new List<string>();
        string? title = null;
        foreach (var raw in page.Content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length >= 60 && ".!?\")”'".Contains(line[^1], StringComparison.Ordinal))
            {
                body.Add(line);
            }
            else
            {
                if (title is null && body.Count == 0 && line.Split(' ').Length >= 5)
                {
                    title = line;
                }
                else
                {
                    removed.Add(line);
                }
            }
        }

        return new CleanedPage(title, body, [], [], removed, null, []);
    }
}
