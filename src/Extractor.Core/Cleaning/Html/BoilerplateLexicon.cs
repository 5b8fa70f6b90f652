using System.Collections.Frozen;
using System.Text.Json;

namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// The site knowledge of the HTML cleaner, kept as data (<c>Resources/Cleaning/Html/boilerplate.json</c>):
/// class/id words that mark furniture or content, tags that never hold article text, and short
/// lines that are never article text in any language the lexicon covers.
/// </summary>
internal sealed class BoilerplateLexicon
{
    private readonly TokenSet _negative;
    private readonly TokenSet _positive;
    private readonly TokenSet _strongNegative;

    private const int MaxCachedTokens = 200_000;

    private readonly TokenClassifier _classifyToken;
    private readonly TokenSet _comment;
    private readonly TokenSet _caption;
    private readonly TokenSet _credit;

    private BoilerplateLexicon(TokenSet negative, TokenSet positive, TokenSet strongNegative, TokenSet comment, TokenSet caption, TokenSet credit, FrozenSet<string> removedTags, FrozenSet<string> boilerplateLines, IReadOnlyList<string> bylineStarts)
    {
        _classifyToken = ClassifyToken;
        _comment = comment;
        _caption = caption;
        _credit = credit;
        BylineStarts = bylineStarts;
        _negative = negative;
        _positive = positive;
        _strongNegative = strongNegative;
        RemovedTags = removedTags;
        BoilerplateLines = boilerplateLines;
    }

    public static BoilerplateLexicon BuiltIn { get; } = Load();

    /// <summary>Elements that never hold article text (lower-case tag names).</summary>
    public FrozenSet<string> RemovedTags { get; }

    /// <summary>Whole lines, lower-cased, that are never article text ("Advertisement").</summary>
    public FrozenSet<string> BoilerplateLines { get; }

    /// <summary>Lower-case words that open a byline or date line ("by", "von", "published").</summary>
    public IReadOnlyList<string> BylineStarts { get; }

    /// <summary>Classifies a class/id attribute value by its tokens.</summary>
    public AttributeSignal Classify(string classAndId) => AttributeTokens.Walk(classAndId, _classifyToken);

    /// <summary>
    /// One token's signal, memoised by its text as written: the same few thousand words make up
    /// the class names of every page, and matching a token against every prefix is the costly part.
    /// </summary>
    private AttributeSignal ClassifyToken(ReadOnlySpan<char> raw)
    {
        // Each thread keeps its own memo (no locks, no shared writes); a thread that meets
        // another lexicon starts a new one.
        if (!ReferenceEquals(t_cacheOwner, this) || t_cache is null)
        {
            t_cache = new Dictionary<string, AttributeSignal>(StringComparer.Ordinal);
            t_cacheOwner = this;
        }

        var lookup = t_cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        var signal = ComputeSignal(raw.ToString().ToLowerInvariant());
        if (t_cache.Count < MaxCachedTokens)
        {
            lookup[raw] = signal;
        }

        return signal;
    }

    [ThreadStatic]
    private static Dictionary<string, AttributeSignal>? t_cache;

    [ThreadStatic]
    private static BoilerplateLexicon? t_cacheOwner;

    private AttributeSignal ComputeSignal(string token)
    {
        var signal = AttributeSignal.None;
        if (_comment.Contains(token))
        {
            signal |= AttributeSignal.Comments | AttributeSignal.StrongNegative | AttributeSignal.Negative;
        }

        if (_strongNegative.Contains(token))
        {
            signal |= AttributeSignal.StrongNegative | AttributeSignal.Negative;
        }
        else if (_negative.Contains(token))
        {
            signal |= AttributeSignal.Negative;
        }

        if (_caption.Contains(token))
        {
            signal |= AttributeSignal.Caption;
        }

        if (_credit.Contains(token))
        {
            signal |= AttributeSignal.Credit;
        }

        if (_positive.Contains(token))
        {
            signal |= AttributeSignal.Positive;
        }

        return signal;
    }

    private static BoilerplateLexicon Load()
    {
        using var doc = EmbeddedData.ReadJson("Cleaning/Html/boilerplate.json");
        var root = doc.RootElement;
        string[] List(string property) => root.GetProperty(property).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).ToArray();
        return new BoilerplateLexicon(
            new TokenSet(List("negativeTokens")),
            new TokenSet(List("positiveTokens")),
            new TokenSet(List("strongNegativeTokens")),
            new TokenSet(List("commentTokens")),
            new TokenSet(List("captionTokens")),
            new TokenSet(List("creditTokens")),
            List("removedTags").ToFrozenSet(StringComparer.Ordinal),
            List("boilerplateLines").ToFrozenSet(StringComparer.Ordinal),
            List("bylineStarts"));
    }

    /// <summary>Exact tokens plus prefixes (entries ending in '*').</summary>
    private sealed class TokenSet
    {
        private readonly FrozenSet<string> _exact;
        private readonly string[] _prefixes;

        public TokenSet(IEnumerable<string> entries)
        {
            var list = entries.ToList();
            _exact = list.Where(e => !e.EndsWith('*')).ToFrozenSet(StringComparer.Ordinal);
            _prefixes = list.Where(e => e.EndsWith('*')).Select(e => e[..^1]).ToArray();
        }

        public bool Contains(string token)
        {
            if (_exact.Contains(token))
            {
                return true;
            }

            foreach (var prefix in _prefixes)
            {
                if (token.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
