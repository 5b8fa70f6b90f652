namespace Extractor.Core.Cleaning.Html;

/// <summary>Gives a signal for one token of a class or id value (the span is only valid during the call).</summary>
internal delegate AttributeSignal TokenClassifier(ReadOnlySpan<char> token);

/// <summary>
/// Splits class and id values into word tokens: on spaces, '-', '_', ':' and digits, and at
/// camelCase humps ("articleBody" → "article", "body"), so lexicon words match whole words and
/// "ad" never matches inside "header". Each hyphenated class name also yields its letters run
/// together ("sr-only" → "sronly") so compound names can be listed whole. Walks spans, without
/// allocating: class values are read for every element of every page.
/// </summary>
internal static class AttributeTokens
{
    private const int MaxJoined = 64;

    /// <summary>The tokens, lower-cased (for tests and diagnostics).</summary>
    public static List<string> Split(string value)
    {
        var tokens = new List<string>();
        Walk(value, token =>
        {
            tokens.Add(token.ToString().ToLowerInvariant());
            return AttributeSignal.None;
        });
        return tokens;
    }

    /// <summary>
    /// Calls <paramref name="classify"/> for every token (in its original case) and combines the
    /// signals. No token, nor a compound's run of letters, spans whitespace: the signal of a value
    /// is that of its whitespace-separated words combined.
    /// </summary>
    public static AttributeSignal Walk(ReadOnlySpan<char> value, TokenClassifier classify)
    {
        var signal = AttributeSignal.None;
        Span<char> joined = stackalloc char[MaxJoined];
        var joinedLength = 0;
        var compound = false;
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var letter = char.IsLetter(c);
            var boundary = !letter || (start >= 0 && char.IsUpper(c) && char.IsLower(value[i - 1]));
            if (boundary && start >= 0)
            {
                signal |= classify(value[start..i]);
                start = -1;
            }

            if (letter)
            {
                if (start < 0)
                {
                    start = i;
                }

                if (joinedLength < MaxJoined)
                {
                    joined[joinedLength++] = c;
                }
            }
            else if (c is '-' or '_')
            {
                compound = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (compound && joinedLength > 0)
                {
                    signal |= classify(joined[..joinedLength]);
                }

                joinedLength = 0;
                compound = false;
            }
        }

        return signal;
    }
}
