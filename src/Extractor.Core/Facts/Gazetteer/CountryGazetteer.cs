using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// Finds countries in text from their names, short forms, acronyms, demonyms, capitals and seats of government,
/// with possessives (<c>South Korea's</c>, <c>Seoul's</c>). Data: <c>countries.json</c> of the lexicon set.
/// Immutable once built; safe to use from several threads.
/// </summary>
public sealed class CountryGazetteer
{
    private readonly PhraseTrie<CountryForm> _forms;
    private readonly Dictionary<string, Country> _byCode;
    private readonly HashSet<string> _guardNeighbours;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalStopNouns;
    private readonly PhraseTrie<bool> _outletTails;

    private CountryGazetteer(PhraseTrie<CountryForm> forms, Dictionary<string, Country> byCode, HashSet<string> guardNeighbours, HashSet<string> capitalStopNouns,
        PhraseTrie<bool> outletTails)
    {
        _outletTails = outletTails;
        _forms = forms;
        _byCode = byCode;
        _guardNeighbours = guardNeighbours;
        _capitalStopNouns = capitalStopNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        Countries = [.. byCode.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every country the gazetteer knows, by name.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>
    /// All country mentions of <paramref name="text"/>, in text order, not overlapping; where two forms start at the
    /// same place the longer wins (<c>South Korea</c> over <c>Korea</c>, <c>Korean Peninsula</c> names no country).
    /// </summary>
    public IReadOnlyList<CountryMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, Tokenizer.Tokenize(text));
    }

    /// <summary>As <see cref="Find(string)"/>, over the text's tokens already made.</summary>
    internal List<CountryMention> Find(string text, List<Token> tokens)
    {
        var result = new List<CountryMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = tokens[i].IsWord ? Best(text, tokens, i) : null;
            if (match is not { } m)
            {
                i++;
                continue;
            }

            i = m.End;
            if (m.Value.Country is not { } country)
            {
                continue; // a stop phrase: consumed, names no country
            }

            var end = PossessiveEnd(text, tokens, m.End);
            var start = tokens[m.Start].Start;
            var kind = end > m.End ? MentionKind.Possessive : m.Value.Kind;
            result.Add(new CountryMention(start, tokens[end - 1].End - start, country, kind)
            {
                BaseKind = m.Value.Kind,
                Ambiguous = m.Value.Ambiguous,
            });
            i = end;
        }

        return result;
    }

    /// <summary>
    /// The country one phrase names as a whole (<c>S. Korean</c>, <c>the ROK</c>, <c>Seoul's</c>, <c>Russian</c>), or null.
    /// Case is ignored except for acronyms; ambiguous forms return their conservative reading (<c>Korea</c> → South Korea).
    /// </summary>
    public Country? Lookup(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = Tokenizer.Tokenize(phrase);
        var count = tokens.Count;
        if (count >= 3 && tokens[count - 2].Punct == '\'' && IsS(phrase, tokens[count - 1]))
        {
            count -= 2;
        }
        else if (count >= 2 && tokens[count - 1].Punct == '\'')
        {
            count -= 1;
        }

        for (var start = 0; start < Math.Min(count, 2); start++)
        {
            if (start == 1 && !tokens[0].Span(phrase).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            foreach (var m in _forms.MatchesAt(phrase, tokens, start, ignoreCase: true))
            {
                if (m.End == count)
                {
                    return m.Value.Country;
                }
            }
        }

        return null;
    }

    /// <summary>The country with this ISO 3166-1 alpha-3 code (any case), or null.</summary>
    public Country? ByCode(string alpha3)
    {
        ArgumentNullException.ThrowIfNull(alpha3);
        return _byCode.GetValueOrDefault(alpha3.Trim());
    }

    internal PhraseTrie<CountryForm>.Match? Best(string text, List<Token> tokens, int i)
    {
        if (i >= tokens.Count || !_forms.MayStartWith(tokens[i].Span(text)))
        {
            return null; // most words start no country's name
        }

        foreach (var m in _forms.MatchesAt(text, tokens, i))
        {
            if (m.Value.Guarded && !GuardAllows(text, tokens, m.Start, m.End))
            {
                continue;
            }

            // "the Minsk Package of Measures", "the Paris Agreement", "the Beijing Olympics", "the Astana format":
            // a capital naming an accord, a process or an event is no party to anything.
            if (m.Value.Kind is MentionKind.Capital && m.End < tokens.Count && tokens[m.End].IsWord && _capitalStopNouns.Contains(tokens[m.End].Span(text)))
            {
                return m with { Value = CountryForm.Stop };
            }

            // "the Korea Herald", "Russia Today", "the Saudi Press Agency", "Turkish Airlines": a country word
            // naming a newspaper, an agency or a company.
            if (m.End < tokens.Count && tokens[m.End].IsCapitalized(text) && _outletTails.MatchesAt(text, tokens, m.End).Count > 0)
            {
                return m with { Value = CountryForm.Stop };
            }

            return m;
        }

        return null;
    }

    // Guarded forms are also people's and places' names (Michael Jordan, Jordan Peterson, George Washington,
    // Sofia Coppola): they count only when no other capitalized word sits right next to them, bar a few
    // harmless ones ("In Washington", "Jordan Foreign Minister", "Washington Monday"). A capitalized word after
    // them is fine after "of" or "in" ("President of Chad Mahamat Deby"), not after "with" ("met with Santiago Peña").
    private bool GuardAllows(string text, List<Token> tokens, int start, int end)
    {
        if (start > 0 && IsNameLike(text, tokens[start - 1]))
        {
            return false;
        }

        var afterPreposition = start > 0 && (tokens[start - 1].Span(text).SequenceEqual("of") || tokens[start - 1].Span(text).SequenceEqual("in"));
        return afterPreposition || end >= tokens.Count || !IsNameLike(text, tokens[end]);
    }

    private bool IsNameLike(string text, Token token) =>
        token.IsCapitalized(text) && !_guardNeighbours.Contains(text.Substring(token.Start, token.Length));

    private static int PossessiveEnd(string text, List<Token> tokens, int end)
    {
        if (end >= tokens.Count || tokens[end].Punct != '\'' || !tokens[end - 1].Touches(tokens[end]))
        {
            return end;
        }

        if (end + 1 < tokens.Count && tokens[end].Touches(tokens[end + 1]) && IsS(text, tokens[end + 1]))
        {
            return end + 2;
        }

        // "the Philippines' ", "the United States' ": a bare apostrophe after a final s.
        var last = tokens[end - 1];
        var endsInS = last.IsWord && char.ToLowerInvariant(text[last.End - 1]) == 's';
        var followedByWord = end + 1 < tokens.Count && tokens[end].Touches(tokens[end + 1]);
        return endsInS && !followedByWord ? end + 1 : end;
    }

    private static bool IsS(string text, Token token) => token.IsWord && token.Length == 1 && (text[token.Start] is 's' or 'S');

    /// <summary>Builds the gazetteer of <c>countries.json</c>; throws <see cref="InvalidDataException"/> on a form given for two countries.</summary>
    internal static CountryGazetteer From(CountriesFile file)
    {
        var ambiguous = file.Ambiguous.ToHashSet(StringComparer.Ordinal);
        var guarded = file.Guarded.ToHashSet(StringComparer.Ordinal);
        var neighbours = file.GuardNeighbours.ToHashSet(StringComparer.Ordinal);
        var capitalStopNouns = file.CapitalStopNouns.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outletTails = new PhraseTrie<bool>();
        foreach (var tail in file.OutletTails)
        {
            outletTails.Add(tail, CasePolicy.Exact, true);
        }

        var trie = new PhraseTrie<CountryForm>();
        var byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var stop in file.Stops)
        {
            trie.Add(stop, CasePolicy.Proper, CountryForm.Stop);
        }

        foreach (var entry in file.Countries)
        {
            var name = entry.Name;
            var code = entry.Code;
            var country = new Country(name, code);
            if (!byCode.TryAdd(code, country))
            {
                throw new InvalidDataException($"{name}: code {code} is given twice");
            }

            void AddForm(string form, MentionKind kind, CasePolicy policy)
            {
                // One spelling names one country: a second claim is a data error, not a silent tie.
                if (seen.TryGetValue(form, out var owner))
                {
                    if (owner != code)
                    {
                        throw new InvalidDataException($"{name}: \"{form}\" is given for {owner} and {code}");
                    }

                    return;
                }

                seen.Add(form, code);
                trie.Add(form, policy, new CountryForm(country, kind, ambiguous.Contains(form), guarded.Contains(form)));
            }

            AddForm(name, MentionKind.Name, CasePolicy.Proper);
            foreach (var form in entry.Names)
            {
                AddForm(form, MentionKind.Name, CasePolicy.Proper);
            }

            foreach (var form in entry.ShortForms)
            {
                AddForm(form, MentionKind.ShortForm, CasePolicy.Proper);
            }

            foreach (var form in entry.Acronyms)
            {
                AddForm(form, MentionKind.Acronym, CasePolicy.Exact);
            }

            foreach (var form in entry.Demonyms)
            {
                AddForm(form, MentionKind.Demonym, CasePolicy.Proper);
            }

            foreach (var form in entry.Capitals)
            {
                AddForm(form, MentionKind.Capital, CasePolicy.Proper);
            }

            foreach (var form in entry.Seats)
            {
                AddForm(form, MentionKind.Seat, CasePolicy.Proper);
            }
        }

        return new CountryGazetteer(trie, byCode, neighbours, capitalStopNouns, outletTails);
    }
}
