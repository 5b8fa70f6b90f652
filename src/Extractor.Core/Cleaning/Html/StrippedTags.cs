using System.Buffers;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// The elements cut out of the markup before it is parsed (<c>strippedTags</c> of
/// <c>Cleaning/Html/boilerplate.json</c>), with the searches <see cref="RawHtmlStripper"/> runs for them.
/// </summary>
internal sealed class StrippedTags
{
    private readonly Dictionary<string, SearchValues<string>> _endTags;

    public StrippedTags(IEnumerable<string> names)
    {
        Names = [.. names.Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        _endTags = Names.ToDictionary(name => name, name => SearchValues.Create(["</" + name], StringComparison.OrdinalIgnoreCase), StringComparer.Ordinal);
        FirstLetters = SearchValues.Create(string.Concat(Names.Select(n => n[0]).Distinct().SelectMany(c => new[] { c, char.ToUpperInvariant(c) }).Distinct()));
    }

    /// <summary>Lower-case tag names, in the order they are tried.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The first letters of the names in either case: a tag starting otherwise is none of them.</summary>
    public SearchValues<char> FirstLetters { get; }

    /// <summary>"&lt;/" and the name, in any case.</summary>
    public SearchValues<string> EndTag(string name) => _endTags[name];
}
