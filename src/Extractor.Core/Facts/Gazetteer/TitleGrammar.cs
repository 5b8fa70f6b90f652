using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// The title grammar: <c>(modifier | domain)* core suffix? complement* ("and" title)?</c>, where a complement is
/// <c>of|for|on|to [the] body</c>. Works on tokens; returns the token index just past a title, or -1.
/// </summary>
internal sealed class TitleGrammar
{
    private const int MaxWordsBeforeCore = 8;

    private readonly PhraseTrie<TitleCore> _cores;
    private readonly PhraseTrie<bool> _regions;
    private readonly WordSet _modifiers;
    private readonly WordSet _domains;
    private readonly WordSet _complementOnly;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _hyphenPrefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _joins;
    private readonly CountryGazetteer _countries;
    private readonly OrganizationLexicon _organizations;

    /// <summary>The modifiers and domain words: the words a title may start with before its core.</summary>
    private readonly WordFilter _wordsBefore = new();

    private TitleGrammar(PhraseTrie<TitleCore> cores, PhraseTrie<bool> regions, HashSet<string> modifiers, HashSet<string> domains,
        HashSet<string> joins, HashSet<string> complementOnly, HashSet<string> hyphenPrefixes, CountryGazetteer countries, OrganizationLexicon organizations)
    {
        _cores = cores;
        _regions = regions;
        _modifiers = new WordSet(modifiers);
        _domains = new WordSet(domains);
        _joins = joins.GetAlternateLookup<ReadOnlySpan<char>>();
        _complementOnly = new WordSet(complementOnly);
        _hyphenPrefixes = hyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _countries = countries;
        _organizations = organizations;
        foreach (var word in modifiers.Concat(domains))
        {
            _wordsBefore.Add(word);
        }
    }

    /// <summary>
    /// False only when no title starts with <paramref name="word"/>: it is no core's first word, no modifier and no domain
    /// word. Most words of a sentence are turned away here before <see cref="Parse"/>.
    /// </summary>
    public bool MayStart(ReadOnlySpan<char> word) => _cores.MayStartWith(word) || _wordsBefore.MayContain(word);

    public static TitleGrammar From(TitlesFile file, CountryGazetteer countries, OrganizationLexicon organizations)
    {
        ArgumentNullException.ThrowIfNull(file);
        var needsQualifier = file.NeedsQualifier.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cores = new PhraseTrie<TitleCore>();
        var takesCountry = file.CountryComplementCores.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var bare = file.BareCores.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var listed = file.Cores.ToList();
        var known = listed.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var core in listed)
        {
            var qualify = needsQualifier.Contains(core);
            var country = takesCountry.Contains(core);
            cores.Add(core, CasePolicy.Any, new TitleCore(qualify, country, null, null, bare.Contains(core)));
            // "the Foreign Ministers of Kazakhstan, ...": plurals are found too and report their singular.
            if (Plural(core) is { } plural && known.Add(plural.Phrase))
            {
                cores.Add(plural.Phrase, CasePolicy.Any, new TitleCore(qualify, country, plural.Suffix, plural.Singular, bare.Contains(core)));
            }
        }

        var regions = new PhraseTrie<bool>();
        foreach (var region in file.Regions)
        {
            regions.Add(region, CasePolicy.Proper, true);
        }

        static HashSet<string> Set(IEnumerable<string> words) => words.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new TitleGrammar(cores, regions, Set(file.Modifiers), Set(file.Domains), Set(file.JoinWords), Set(file.ComplementOnly), Set(file.HyphenPrefixes), countries, organizations);
    }

    /// <summary>A core's plural, when it has a simple one: single words and "X Y" heads, not "Chief of Staff".</summary>
    private static (string Phrase, string Suffix, string Singular)? Plural(string core)
    {
        if (core.Contains(" of ", StringComparison.OrdinalIgnoreCase) || core.Contains('-', StringComparison.Ordinal) || core.EndsWith(" General", StringComparison.Ordinal)
            || core.EndsWith('s') || !char.IsLetter(core[^1]))
        {
            return null;
        }

        if (core.EndsWith('y') && core.Length > 1 && !"aeiou".Contains(core[^2], StringComparison.Ordinal))
        {
            return (core[..^1] + "ies", "ies", "y");
        }

        return core.EndsWith("ch", StringComparison.Ordinal) || core.EndsWith("sh", StringComparison.Ordinal) || core.EndsWith('x')
            ? (core + "es", "es", "")
            : (core + "s", "s", "");
    }

    public int ParseTitle(string text, List<Token> tokens, int start, bool allowJoin, int depth = 0) =>
        Parse(text, tokens, start, allowJoin, depth)?.End ?? -1;

    public TitleParse? Parse(string text, List<Token> tokens, int start, bool allowJoin, int depth = 0)
    {
        if (depth > 4 || ParseSingle(text, tokens, start, depth) is not { } first)
        {
            return null;
        }

        // "State Councilor and Foreign Minister", "Spokesperson and Chief Advisor to the President": one person's
        // two roles. "President Biden and Prime Minister Kishida" never gets here: the name ends the first title.
        // "The Secretary and Foreign Minister Park reiterated" is two people: after "the", a bare role is someone
        // named before, so only a title with a complement joins ("the special representative for North Korea and
        // deputy secretary of state").
        var afterThe = start > 0 && tokens[start - 1].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase);
        if (!allowJoin || (afterThe && !first.HasComplement))
        {
            return first;
        }

        var result = first;
        while (result.End + 1 < tokens.Count && tokens[result.End].IsWord && _joins.Contains(tokens[result.End].Span(text)))
        {
            if (ParseSingle(text, tokens, result.End + 1, depth) is not { } next || next.Plural is not null)
            {
                break;
            }

            result = result with { End = next.End, HasComplement = result.HasComplement || next.HasComplement };
        }

        return result;
    }

    private TitleParse? ParseSingle(string text, List<Token> tokens, int start, int depth)
    {
        if (!tokens[start].IsWord)
        {
            return null;
        }

        TitleParse? best = null;
        var k = start;
        // Real titles carry a few modifiers ("Principal Deputy National Security Advisor"); the cap keeps a run of
        // domain words from costing quadratic time.
        while (k < tokens.Count && k - start <= MaxWordsBeforeCore)
        {
            if (tokens[k].IsWord)
            {
                foreach (var core in _cores.MatchesAt(text, tokens, k))
                {
                    if (!SameCase(text, tokens, start, k) || (core.Value.Bare && k > start))
                    {
                        continue;
                    }

                    var coreEnd = Suffix(text, tokens, core.End);
                    var end = Complements(text, tokens, coreEnd, tokens[k].IsCapitalized(text), core.Value.TakesCountry, depth);
                    if (!core.Value.NeedsQualifier || k > start || end > coreEnd)
                    {
                        if (end > (best?.End ?? -1))
                        {
                            var plural = core.Value.PluralSuffix is { } suffix ? new PluralCore(core.End - 1, suffix, core.Value.SingularSuffix!) : (PluralCore?)null;
                            best = new TitleParse(end, plural, end > coreEnd, k, coreEnd);
                        }

                        break;
                    }
                }
            }

            // Regional words belong after the core ("Director General for Asian and Oceanian Affairs"); before it
            // they say whose the role is, like a demonym: "Central Asian Foreign Ministers" are "Foreign Ministers".
            if (tokens[k].IsWord && (_modifiers.Contains(tokens[k].Span(text))
                || (_domains.Contains(tokens[k].Span(text)) && !_complementOnly.Contains(tokens[k].Span(text)))))
            {
                k++;
            }
            else if (k > start && IsInnerHyphen(tokens, k))
            {
                k++; // "Vice-President", "Counter-Terrorism"
            }
            else
            {
                break;
            }
        }

        return best;
    }

    // The words before the core are written in the core's case: "Deputy Foreign Minister", "chief nuclear envoy";
    // so "energy security President" is only "President". A sentence may capitalize its first word: "Foreign
    // minister Wang Yi said".
    private static bool SameCase(string text, List<Token> tokens, int start, int core)
    {
        var capitalized = tokens[core].IsCapitalized(text);
        for (var k = start; k < core; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsCapitalized(text) != capitalized && !(k == start && !capitalized && StartsSentence(text, tokens, k)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsSentence(string text, List<Token> tokens, int k)
    {
        if (k == 0)
        {
            return true;
        }

        var previous = tokens[k - 1];
        return previous.Punct is '.' or '!' or '?' or ':' or '"' or '\u201C' or '(' or '|'
            || text.AsSpan(previous.End, tokens[k].Start - previous.End).Contains('\n');
    }

    // "President-elect", "Minister-designate".
    private static int Suffix(string text, List<Token> tokens, int end)
    {
        if (end + 1 < tokens.Count && tokens[end].Punct == '-' && tokens[end - 1].Touches(tokens[end]) && tokens[end].Touches(tokens[end + 1]))
        {
            var word = tokens[end + 1].Span(text);
            if (word.Equals("elect", StringComparison.OrdinalIgnoreCase) || word.Equals("designate", StringComparison.OrdinalIgnoreCase))
            {
                return end + 2;
            }
        }

        return end;
    }

    private int Complements(string text, List<Token> tokens, int end, bool capitalizedTitle, bool takesCountry, int depth)
    {
        while (end + 1 < tokens.Count && tokens[end].IsWord)
        {
            var preposition = Preposition(tokens[end].Span(text));
            if (preposition == '\0')
            {
                break;
            }

            var bodyStart = end + 1;
            if (tokens[bodyStart].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                bodyStart++;
            }

            var bodyEnd = bodyStart < tokens.Count ? Body(text, tokens, bodyStart, preposition, capitalizedTitle, takesCountry, depth) : -1;
            if (bodyEnd < 0)
            {
                break;
            }

            end = bodyEnd;
        }

        return end;
    }

    private static char Preposition(ReadOnlySpan<char> word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) ? 'o'
        : word.Equals("for", StringComparison.OrdinalIgnoreCase) ? 'f'
        : word.Equals("on", StringComparison.OrdinalIgnoreCase) ? 'n'
        : word.Equals("to", StringComparison.OrdinalIgnoreCase) ? 't'
        : '\0';

    // The body of a complement. After "to" only another title ("Chief Advisor to the President"); after "of" domain
    // words, international bodies or a title, never a country ("President of Russia" is the title "President");
    // after "for"/"on" also countries and regions ("for North Korea", "for Korean Peninsula peace and security affairs").
    private int Body(string text, List<Token> tokens, int pos, char preposition, bool capitalizedTitle, bool takesCountry, int depth)
    {
        if (preposition == 't')
        {
            return ParseTitle(text, tokens, pos, allowJoin: false, depth + 1);
        }

        var last = -1;
        var capitalized = false;
        while (pos < tokens.Count && tokens[pos].IsWord)
        {
            var itemStart = pos;
            var itemEnd = Item(text, tokens, pos, preposition, takesCountry, first: last < 0, depth);
            if (itemEnd < 0)
            {
                break;
            }

            capitalized |= tokens[itemStart].IsCapitalized(text);
            last = itemEnd;
            pos = itemEnd;
            if (pos + 1 < tokens.Count && (tokens[pos].Punct == ',' || (tokens[pos].IsWord && _joins.Contains(tokens[pos].Span(text)))))
            {
                // "... for North Korea and deputy secretary of state": a second title ends the body.
                if (ParseSingle(text, tokens, pos + 1, depth + 1) is not null || Item(text, tokens, pos + 1, preposition, takesCountry, first: false, depth) < 0)
                {
                    break;
                }

                pos++;
            }
            else if (IsInnerHyphen(tokens, pos) && pos + 1 < tokens.Count && _domains.Contains(tokens[pos + 1].Span(text)))
            {
                pos++;
            }
        }

        // "Foreign Minister on security issues" is not a title: a capitalized title's complement is capitalized, and
        // so is any "on" complement ("Special Representative on Korean Peninsula Affairs"; not "the president on
        // security").
        return last < 0 || ((capitalizedTitle || preposition == 'n') && !capitalized) ? -1 : last;
    }

    private int Item(string text, List<Token> tokens, int pos, char preposition, bool takesCountry, bool first, int depth)
    {
        if (_regions.MatchesAt(text, tokens, pos) is [var region, ..])
        {
            return region.End;
        }

        var country = _countries.Best(text, tokens, pos);
        if (country is { } c)
        {
            // A country after "for"/"on" is the subject of the role; after "of" it is whose the role is, and SPEC
            // keeps countries out of titles. A stop phrase ("Korean War") is no item either.
            // "thanked the Prime Minister for Jamaica's stance": a possessive country starts a new phrase.
            return takesCountry && preposition is 'f' or 'n' && c.Value.Country is not null && c.Value.Kind is not MentionKind.Demonym
                && !IsPossessive(text, tokens, c.End) ? c.End : -1;
        }

        if (preposition == 'o' && _organizations.MatchAt(text, tokens, pos) is { } org && org.Value.IsInternational)
        {
            return org.End; // "Chairperson of the African Union Commission"
        }

        if (_domains.Contains(tokens[pos].Span(text)))
        {
            return pos + 1;
        }

        if (first && preposition == 'o')
        {
            var title = ParseTitle(text, tokens, pos, allowJoin: false, depth + 1);
            if (title > 0 && !IsPossessive(text, tokens, title))
            {
                return title; // "Head of Cabinet of the President of the European Commission"
            }
        }

        return -1;
    }

    /// <summary>Whether the word before a hyphen may prefix a title ("then-Senator", "ex-President").</summary>
    public bool IsHyphenPrefix(ReadOnlySpan<char> word) => _hyphenPrefixes.Contains(word);

    private static bool IsPossessive(string text, List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].Punct == '\'' && tokens[k - 1].Touches(tokens[k]);

    private static bool IsInnerHyphen(List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Punct == '-' && tokens[k - 1].Touches(tokens[k]) && tokens[k].Touches(tokens[k + 1]) && tokens[k + 1].IsWord;
}
