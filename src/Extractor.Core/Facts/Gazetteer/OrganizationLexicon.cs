using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// Finds government bodies and international organizations (<c>Foreign Ministry</c>, <c>State Department</c>,
/// <c>United Nations</c>, <c>NATO</c>). Data: the embedded <c>Resources/Facts/organizations.json</c>.
/// Immutable once built; safe to use from several threads.
/// </summary>
public sealed class OrganizationLexicon
{
    private readonly PhraseTrie<OrganizationForm> _forms;
    private readonly CountryGazetteer _countries;

    private readonly Dictionary<string, IReadOnlyList<Country>> _members;

    private OrganizationLexicon(PhraseTrie<OrganizationForm> forms, CountryGazetteer countries, Dictionary<string, IReadOnlyList<Country>> members)
    {
        _forms = forms;
        _countries = countries;
        _members = members;
    }

    /// <summary>The member states of a group that meets as its members (<c>G7</c>), or none.</summary>
    internal IReadOnlyList<Country> MembersOf(string organization) =>
        _members.TryGetValue(organization, out var members) ? members : [];

    /// <summary>The lexicon shipped with the tool.</summary>

    /// <summary>
    /// The organizations named in <paramref name="text"/>, longest first, not overlapping, in text order. A body that
    /// does not say whose it is takes the country written right before it (<c>Japan's Foreign Ministry</c>,
    /// <c>the Russian Foreign Ministry</c>) or right after it (<c>Ministry of Foreign Affairs of Japan</c>).
    /// </summary>
    public IReadOnlyList<OrganizationMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, Tokenizer.Tokenize(text), null);
    }

    /// <summary>The gazetteer the bodies take their countries from.</summary>
    internal CountryGazetteer Countries => _countries;

    /// <summary>
    /// As <see cref="Find(string)"/>, over the text's tokens already made and, when known, the country mentions
    /// <see cref="Countries"/> finds in it.
    /// </summary>
    internal List<OrganizationMention> Find(string text, List<Token> tokens, IReadOnlyList<CountryMention>? countries, OrganizationMatches? matches = null)
    {
        var memo = matches is not null && ReferenceEquals(matches.Lexicon, this) ? matches : null;
        var result = new List<OrganizationMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord || (memo is null ? MatchAt(text, tokens, i) : memo.At(i)) is not { } m)
            {
                i++;
                continue;
            }

            var start = tokens[m.Start].Start;
            var end = tokens[m.End - 1].End;
            var country = m.Value.Country;
            if (country is null && !m.Value.IsInternational)
            {
                countries ??= _countries.Find(text);
                country = CountryBefore(text, countries, start) ?? CountryAfter(text, tokens, countries, m.End);
            }

            result.Add(new OrganizationMention(start, end - start, m.Value.Name, country, m.Value.IsInternational));
            i = m.End;
        }

        return result;
    }

    /// <summary>The longest organization form starting at token <paramref name="i"/>.</summary>
    internal PhraseTrie<OrganizationForm>.Match? MatchAt(string text, List<Token> tokens, int i)
    {
        var matches = _forms.MatchesAt(text, tokens, i);
        return matches.Count > 0 ? matches[0] : null;
    }

    // "Japan's Foreign Ministry", "the Russian Foreign Ministry", "South Korea's foreign ministry": a country
    // mention separated from the body by spaces only.
    private static Country? CountryBefore(string text, IReadOnlyList<CountryMention> countries, int start)
    {
        for (var k = countries.Count - 1; k >= 0; k--)
        {
            var c = countries[k];
            if (c.End > start)
            {
                continue;
            }

            return text.AsSpan(c.End, start - c.End).IsWhiteSpace() ? c.Country : null;
        }

        return null;
    }

    // "Ministry of Foreign Affairs of Japan", "Foreign Ministry of the Republic of Korea".
    private static Country? CountryAfter(string text, List<Token> tokens, IReadOnlyList<CountryMention> countries, int end)
    {
        if (end >= tokens.Count || !tokens[end].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var next = end + 1;
        if (next < tokens.Count && tokens[next].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            next++;
        }

        if (next >= tokens.Count)
        {
            return null;
        }

        var at = tokens[next].Start;
        foreach (var c in countries)
        {
            if (c.Start == at && c.BaseKind is not MentionKind.Demonym)
            {
                return c.Country;
            }
        }

        return null;
    }

    /// <summary>Builds the lexicon of <c>organizations.json</c> over the countries it names.</summary>
    internal static OrganizationLexicon From(OrganizationsFile file, CountryGazetteer countries)
    {
        var trie = new PhraseTrie<OrganizationForm>();
        var members = new Dictionary<string, IReadOnlyList<Country>>(StringComparer.Ordinal);
        foreach (var entry in file.Organizations)
        {
            if (entry.Members.Count > 0)
            {
                members[entry.Name] = entry.Members.Select(c => countries.ByCode(c) ?? throw new InvalidDataException($"{entry.Name}: unknown member {c}")).ToArray();
            }

            var country = entry.Country is not { } code ? null : countries.ByCode(code) ?? throw new InvalidDataException($"{entry.Name}: unknown country {code}");
            var form = new OrganizationForm(entry.Name, country, entry.International);
            var policy = entry.AnyCase ? CasePolicy.Any : CasePolicy.Proper;
            foreach (var phrase in entry.Forms)
            {
                trie.Add(phrase, policy, form);
            }

            foreach (var acronym in entry.Acronyms)
            {
                trie.Add(acronym, CasePolicy.Exact, form);
            }
        }

        return new OrganizationLexicon(trie, countries, members);
    }
}
