using System.Collections.Frozen;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// The site knowledge of the HTML cleaner, kept as data (<c>Cleaning/Html/boilerplate.json</c> of the lexicon set):
/// class/id words that mark furniture or content, tags that never hold article text, and short
/// lines that are never article text in any language the lexicon covers.
/// </summary>
internal sealed class BoilerplateLexicon
{
    /// <summary>Tokens longer than this are lower-cased on the heap rather than the stack.</summary>
    private const int MaxStackToken = 128;

    private readonly TokenClassifier _classifyToken;

    /// <summary>Each listed word (lower case) with the signals of every list that holds it.</summary>
    private readonly FrozenDictionary<string, AttributeSignal>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>The listed prefixes (entries ending in '*'), by first letter: a–z, then all others.</summary>
    private readonly (string Prefix, AttributeSignal Signal)[][] _prefixes;

    /// <summary>Words a listed prefix would catch that name content, not furniture ("commentary").</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixExceptions;

    private BoilerplateLexicon(IEnumerable<(IEnumerable<string> Entries, AttributeSignal Signal)> lists, IEnumerable<string> prefixExceptions, FrozenSet<string> removedTags, StrippedTags strippedTags, FrozenSet<string> boilerplateLines, IReadOnlyList<string> bylineStarts)
    {
        var words = new Dictionary<string, AttributeSignal>(StringComparer.Ordinal);
        var prefixes = new List<(string Prefix, AttributeSignal Signal)>();
        foreach (var (entries, signal) in lists)
        {
            foreach (var entry in entries)
            {
                if (entry.EndsWith('*'))
                {
                    prefixes.Add((entry[..^1], signal));
                }
                else
                {
                    words[entry] = words.GetValueOrDefault(entry) | signal;
                }
            }
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = [.. Enumerable.Range(0, 27).Select(bucket => prefixes.Where(p => Bucket(p.Prefix) == bucket).ToArray())];
        _prefixExceptions = prefixExceptions.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _classifyToken = ClassifyToken;
        BylineStarts = bylineStarts;
        RemovedTags = removedTags;
        StrippedTags = strippedTags;
        BoilerplateLines = boilerplateLines;
    }

    /// <summary>Elements that never hold article text (lower-case tag names).</summary>
    public FrozenSet<string> RemovedTags { get; }

    /// <summary>Those of <see cref="RemovedTags"/> cut out of the markup before it is parsed.</summary>
    public StrippedTags StrippedTags { get; }

    /// <summary>Whole lines, lower-cased, that are never article text ("Advertisement").</summary>
    public FrozenSet<string> BoilerplateLines { get; }

    /// <summary>Lower-case words that open a byline or date line ("by", "von", "published").</summary>
    public IReadOnlyList<string> BylineStarts { get; }

    /// <summary>Classifies a class/id attribute value by its tokens.</summary>
    public AttributeSignal Classify(string classAndId) => AttributeTokens.Walk(classAndId, _classifyToken);

    /// <summary>
    /// One token's signal: the lists holding it as a word, and those holding a prefix of it. One
    /// lookup in a table of all the lists' words and a look at the few prefixes that start with
    /// its first letter, on the token lower-cased in place.
    /// </summary>
    private AttributeSignal ClassifyToken(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty)
        {
            return AttributeSignal.None;
        }

        Span<char> buffer = raw.Length <= MaxStackToken ? stackalloc char[raw.Length] : new char[raw.Length];
        // Class names are ASCII almost always: a plain ASCII case map (tokens are a few letters, too
        // short for the vectorised one to pay its set-up), else the invariant one.
        if (!AsciiNames.TryLower(raw, buffer))
        {
            raw.ToLowerInvariant(buffer);
        }

        ReadOnlySpan<char> token = buffer;
        var signal = _words.TryGetValue(token, out var listed) ? listed : AttributeSignal.None;
        var prefixed = AttributeSignal.None;
        foreach (var (prefix, prefixSignal) in _prefixes[Bucket(token)])
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                prefixed |= prefixSignal;
            }
        }

        // An opinion piece is marked "article-type-commentary": "comment*" is meant for reader
        // comments (case commentary-article-kept).
        return prefixed == AttributeSignal.None || _prefixExceptions.Contains(token) ? signal : signal | prefixed;
    }

    private static int Bucket(ReadOnlySpan<char> word) => word.IsEmpty || word[0] is < 'a' or > 'z' ? 26 : word[0] - 'a';

    /// <summary>Builds the lexicon of <c>Cleaning/Html/boilerplate.json</c>.</summary>
    public static BoilerplateLexicon From(HtmlBoilerplateFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        static string[] Lower(IEnumerable<string> entries) => entries.Select(e => e.ToLowerInvariant()).ToArray();
        return new BoilerplateLexicon(
            [
                (Lower(file.CommentTokens), AttributeSignal.Comments | AttributeSignal.StrongNegative | AttributeSignal.Negative),
                (Lower(file.StrongNegativeTokens), AttributeSignal.StrongNegative | AttributeSignal.Negative),
                (Lower(file.NegativeTokens), AttributeSignal.Negative),
                (Lower(file.CaptionTokens), AttributeSignal.Caption),
                (Lower(file.CreditTokens), AttributeSignal.Credit),
                (Lower(file.PositiveTokens), AttributeSignal.Positive),
            ],
            Lower(file.PrefixExceptions),
            Lower(file.RemovedTags).ToFrozenSet(StringComparer.Ordinal),
            new StrippedTags(file.StrippedTags),
            Lower(file.BoilerplateLines).ToFrozenSet(StringComparer.Ordinal),
            Lower(file.BylineStarts));
    }
}
