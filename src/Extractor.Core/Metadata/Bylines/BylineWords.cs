using Extractor.Core.Lexicons;

namespace Extractor.Core.Metadata.Bylines;

/// <summary>The byline word lists (<c>bylines.json</c> of the lexicon set), all matched ignoring case.</summary>
internal sealed record BylineWords(
    HashSet<string> NotPeople,
    HashSet<string> JobWords,
    HashSet<string> NotNameWords,
    HashSet<string> CutWords,
    HashSet<string> DeskWords)
{
    public static BylineWords From(BylinesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);
        return new BylineWords(Set(file.NotPeople), Set(file.JobWords), Set(file.NotNameWords), Set(file.CutWords), Set(file.DeskWords));
    }
}
