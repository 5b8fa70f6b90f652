using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// Finds government and diplomatic roles as English news and readouts write them: <c>Deputy Foreign Minister</c>,
/// <c>Secretary of State</c>, <c>special representative for Korean Peninsula peace and security affairs</c>,
/// <c>State Councilor and Foreign Minister</c>. A small grammar over the lexicon of <c>Resources/Facts/titles.json</c>:
/// modifiers and domain words, a core role, then <c>of/for/on/to</c> complements; see that file's <c>about</c>.
/// Immutable once built; safe to use from several threads.
/// </summary>
public sealed class TitleLexicon
{
    private readonly TitleGrammar _grammar;
    private readonly OrganizationLexicon _organizations;

    internal TitleLexicon(TitleGrammar grammar, OrganizationLexicon organizations)
    {
        _grammar = grammar;
        _organizations = organizations;
    }

    /// <summary>Builds the lexicon of <c>titles.json</c> over the countries and bodies it may name.</summary>
    internal static TitleLexicon From(TitlesFile file, CountryGazetteer countries, OrganizationLexicon organizations) =>
        new(TitleGrammar.From(file, countries, organizations), organizations);

    /// <summary>The titles of <paramref name="text"/>: the longest at each place, not overlapping, in text order.</summary>
    public IReadOnlyList<TitleMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, Tokenizer.Tokenize(text));
    }

    /// <summary>As <see cref="Find(string)"/>, over the text's tokens already made.</summary>
    internal List<TitleMention> Find(string text, List<Token> tokens, OrganizationMatches? organizations = null)
    {
        var memo = organizations is not null && ReferenceEquals(organizations.Lexicon, _organizations) ? organizations : null;
        var result = new List<TitleMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            // No title starts inside an organization's name: "Ministry of Foreign Affairs Director General" holds
            // the title "Director General", "Foreign Ministry Spokesperson" the title "Spokesperson". A one-word
            // acronym stays a possible modifier, as readouts write it: "MFA Secretary General".
            if (tokens[i].IsWord && (memo is null ? _organizations.MatchAt(text, tokens, i) : memo.At(i)) is { } org && org.End - org.Start > 1)
            {
                i = org.End;
                continue;
            }

            if (!tokens[i].IsWord || !_grammar.MayStart(tokens[i].Span(text)) || _grammar.Parse(text, tokens, i, allowJoin: true) is not { } parse)
            {
                i++;
                continue;
            }

            var end = parse.End;
            var plural = parse.Plural;
            if (InsideHyphenatedWord(text, tokens, i, end))
            {
                i++; // "Hossein Amir-Abdollahian": a title word inside a hyphenated name is no title
                continue;
            }

            var start = tokens[i].Start;
            var stop = tokens[end - 1].End;
            var title = text[start..stop];
            string? singular = null;
            if (plural is { } p)
            {
                var word = tokens[p.Token];
                var cut = word.End - p.Suffix.Length - start;
                singular = string.Concat(title.AsSpan(0, cut), word.IsCapitalized(text) && IsUpper(text, word) ? p.Singular.ToUpperInvariant() : p.Singular, title.AsSpan(word.End - start));
            }

            var core = text[tokens[parse.CoreStart].Start..tokens[parse.CoreEnd - 1].End];
            result.Add(new TitleMention(start, stop - start, title) { Singular = singular ?? title, IsPlural = plural is not null, Core = core });
            i = end;
        }

        return result;
    }

    /// <summary>Whether the whole of <paramref name="phrase"/> is one title (<c>Deputy Foreign Minister</c>).</summary>
    public bool IsTitle(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = Tokenizer.Tokenize(phrase);
        return tokens.Count > 0 && _grammar.ParseTitle(phrase, tokens, 0, allowJoin: true) == tokens.Count;
    }

    private bool InsideHyphenatedWord(string text, List<Token> tokens, int start, int end) =>
        (end + 1 < tokens.Count && tokens[end].Punct == '-' && tokens[end - 1].Touches(tokens[end]) && tokens[end].Touches(tokens[end + 1]))
        || (start >= 2 && tokens[start - 1].Punct == '-' && tokens[start - 2].Touches(tokens[start - 1]) && tokens[start - 1].Touches(tokens[start])
            && !_grammar.IsHyphenPrefix(tokens[start - 2].Span(text)));

    private static bool IsUpper(string text, Token token)
    {
        foreach (var c in text.AsSpan(token.Start, token.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
