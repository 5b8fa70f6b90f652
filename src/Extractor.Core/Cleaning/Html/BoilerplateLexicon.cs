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

    /// <summary>How many class and id words a thread's <see cref="WordSignals"/> keeps at most (a few MB).</summary>
    private const int MaxCachedWords = 32 * 1024;

    private readonly TokenClassifier _classifyToken;

    /// <summary>Beginnings of class names that carry a post's categories and tags (lower case).</summary>
    private readonly string[] _termClassPrefixes;

    /// <summary>The signals of the words this thread has classified, for the lexicon it last used.</summary>
    [ThreadStatic]
    private static WordSignals? t_wordSignals;

    /// <summary>Each listed word (lower case) with the signals of every list that holds it.</summary>
    private readonly FrozenDictionary<string, AttributeSignal>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>The listed prefixes (entries ending in '*'), by first letter: a–z, then all others.</summary>
    private readonly (string Prefix, AttributeSignal Signal)[][] _prefixes;

    /// <summary>Words a listed prefix would catch that name content, not furniture ("commentary").</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixExceptions;

    private BoilerplateLexicon(IEnumerable<(IEnumerable<string> Entries, AttributeSignal Signal)> lists, IEnumerable<string> prefixExceptions, string[] termClassPrefixes, FrozenSet<string> removedTags, StrippedTags strippedTags, FrozenSet<string> boilerplateLines, IReadOnlyList<string> bylineStarts)
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
        _termClassPrefixes = termClassPrefixes;
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

    /// <summary>Classifies a class/id attribute value by its tokens, word by word (<see cref="WordSignals"/>).</summary>
    public AttributeSignal Classify(string classAndId)
    {
        ArgumentNullException.ThrowIfNull(classAndId);
        var words = t_wordSignals;
        if (words is null || words.Lexicon != this)
        {
            t_wordSignals = words = new WordSignals(this);
        }

        var signal = AttributeSignal.None;
        var rest = classAndId.AsSpan();
        while (true)
        {
            var start = 0;
            while (start < rest.Length && char.IsWhiteSpace(rest[start]))
            {
                start++;
            }

            if (start == rest.Length)
            {
                return signal;
            }

            rest = rest[start..];
            var end = 1;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            var word = rest[..end];
            if (!words.Lookup.TryGetValue(word, out var wordSignal))
            {
                wordSignal = IsTermClass(word) ? AttributeSignal.None : AttributeTokens.Walk(word, _classifyToken);
                if (words.Lookup.Dictionary.Count < MaxCachedWords)
                {
                    words.Lookup.TryAdd(word, wordSignal);
                }
            }

            signal |= wordSignal;
            rest = rest[end..];
        }
    }

    /// <summary>A class name that carries a post's category or tag ("category-no-newsletter-rss"): the post's words, no signal.</summary>
    private bool IsTermClass(ReadOnlySpan<char> word)
    {
        foreach (var prefix in _termClassPrefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

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
                (Lower(file.LeadTokens), AttributeSignal.Lead),
                (Lower(file.PositiveTokens), AttributeSignal.Positive),
            ],
            Lower(file.PrefixExceptions),
            Lower(file.TermClassPrefixes),
            Lower(file.RemovedTags).ToFrozenSet(StringComparer.Ordinal),
            new StrippedTags(file.StrippedTags),
            Lower(file.BoilerplateLines).ToFrozenSet(StringComparer.Ordinal),
            Lower(file.BylineStarts));
    }

    /// <summary>
    /// The signal of each class or id word (a whitespace-separated part, as written) a thread has
    /// seen, for one lexicon. A page writes a few hundred distinct class lists made of far fewer
    /// words ("flex", "article-body", "col-md-6"), and a site repeats them from page to page: one
    /// lookup per word instead of splitting it into tokens and matching each against the lists
    /// and prefixes. No token spans whitespace, so a value's signal is its words' combined. Per
    /// thread, so no lock; words such as generated ids are unique, so it stops growing at
    /// <see cref="MaxCachedWords"/>.
    /// </summary>
    private sealed class WordSignals(BoilerplateLexicon lexicon)
    {
        public BoilerplateLexicon Lexicon { get; } = lexicon;

        public Dictionary<string, AttributeSignal>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
            new Dictionary<string, AttributeSignal>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
