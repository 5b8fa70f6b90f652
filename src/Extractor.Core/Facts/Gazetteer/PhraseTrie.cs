namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// A trie over tokens (keys compared case-insensitively); each phrase carries a <see cref="CasePolicy"/>
/// checked against the text when it matches. Built once, then read-only and safe to share between threads.
/// </summary>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();
    private readonly WordFilter _firstWords = new();

    public int Count { get; private set; }

    public void Add(string phrase, CasePolicy policy, T value)
    {
        var tokens = Tokenizer.PatternTokens(phrase);
        if (tokens.Length == 0)
        {
            throw new ArgumentException("empty phrase", nameof(phrase));
        }

        _firstWords.Add(tokens[0]);
        var node = _root;
        foreach (var token in tokens)
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                node.ChildrenBySpan = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!node.Children.TryGetValue(token, out var child))
            {
                child = new Node();
                node.Children.Add(token, child);
            }

            node = child;
        }

        node.Entries ??= [];
        node.Entries.Add(new Entry(tokens, policy, value));
        Count++;
    }

    /// <summary>False only when no phrase starts with <paramref name="word"/>: a quick test before <see cref="MatchesAt"/>.</summary>
    public bool MayStartWith(ReadOnlySpan<char> word) => _firstWords.MayContain(word);

    /// <summary>
    /// Every phrase that matches the tokens starting at <paramref name="start"/>, its case agreeing with the text
    /// (or in any case when <paramref name="ignoreCase"/>, acronyms excepted), longest first.
    /// </summary>
    public IReadOnlyList<Match> MatchesAt(string text, List<Token> tokens, int start, bool ignoreCase = false)
    {
        List<Match>? found = null; // most tokens start no phrase: no allocation for them
        if (start >= tokens.Count || !_firstWords.MayContain(tokens[start].Span(text)))
        {
            return [];
        }

        var node = _root;
        for (var i = start; i < tokens.Count; i++)
        {
            if (node.Children is null || !node.ChildrenBySpan.TryGetValue(tokens[i].Span(text), out var child))
            {
                break;
            }

            node = child;
            if (node.Entries is null)
            {
                continue;
            }

            foreach (var entry in node.Entries)
            {
                if (CaseAgrees(text, tokens, start, entry, ignoreCase))
                {
                    (found ??= []).Add(new Match(start, i + 1, entry.Value));
                }
            }
        }

        if (found is null)
        {
            return [];
        }

        found.Reverse();
        return found;
    }

    private static bool CaseAgrees(string text, List<Token> tokens, int start, Entry entry, bool ignoreCase)
    {
        if (entry.Policy == CasePolicy.Any || (ignoreCase && entry.Policy != CasePolicy.Exact))
        {
            return true;
        }

        for (var k = 0; k < entry.Tokens.Length; k++)
        {
            var pattern = entry.Tokens[k].AsSpan();
            var written = tokens[start + k].Span(text);
            if (written.SequenceEqual(pattern))
            {
                continue;
            }

            if (entry.Policy == CasePolicy.Exact)
            {
                return false;
            }

            // Proper: a lower-case pattern word may be written in any case ("Of", "THE"); a capitalized one
            // as written or all in capitals (headlines, datelines).
            if (!IsLower(pattern) && !IsUpper(written))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A phrase found at tokens [Start, End).</summary>
    public readonly record struct Match(int Start, int End, T Value);

    private sealed record Entry(string[] Tokens, CasePolicy Policy, T Value);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        /// <summary>The children looked up by a word of the text in place (set with <see cref="Children"/>).</summary>
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> ChildrenBySpan { get; set; }

        public List<Entry>? Entries { get; set; }
    }
}
