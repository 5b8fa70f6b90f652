using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Core.Facts;

/// <summary>
/// The people a page names, gathered over all its sentences so that a short mention
/// (<c>Noh</c>, <c>Secretary Blinken</c>, <c>Foreign Minister Park</c>) or a title alone
/// (<c>the Secretary</c>) resolves to the full participant (<c>Noh Kyu-duk</c>), and what one
/// mention says of a person (title, country) serves the others.
/// </summary>
internal sealed class PersonRegistry
{
    private readonly List<Person> _people = [];

    public IReadOnlyList<Person> People => _people;

    /// <summary>Adds a full-name mention (two name words or more).</summary>
    public void AddFull(PartyMention mention, int position)
    {
        if (mention.IsBody || mention.NameTokens.Count < 2)
        {
            return;
        }

        var tokens = Key(mention.NameTokens);
        var person = _people.FirstOrDefault(p => p.Tokens.IsSupersetOf(tokens) || p.Tokens.IsSubsetOf(tokens) && tokens.Count >= 2 && p.Tokens.Count >= 2)
            ?? _people.FirstOrDefault(p => SameByNickname(p, mention.NameTokens));
        if (person is null)
        {
            _people.Add(new Person(mention.Name!, tokens, position) { Title = mention.Title, Country = mention.Country, Organization = mention.Organization, IsInternational = mention.IsInternational });
            return;
        }

        person.Absorb(mention);
    }

    /// <summary>
    /// Adds a surname that comes with a title ("President Biden", "Prime Minister Albanese") when the
    /// page never gives the full name: the title makes it a person all the same.
    /// </summary>
    public void AddTitledSurname(PartyMention mention, int position)
    {
        if (mention.IsBody || mention.NameTokens.Count != 1 || mention.Title is null)
        {
            return;
        }

        var tokens = Key(mention.NameTokens);
        if (_people.Any(p => p.Tokens.IsSupersetOf(tokens)))
        {
            return;
        }

        _people.Add(new Person(mention.Name!, tokens, position) { Title = mention.Title, Country = mention.Country, Organization = mention.Organization, IsInternational = mention.IsInternational });
    }

    // "Joe Biden" and "Joseph R. Biden, Jr.": the same surname, and one given name starts the other's.
    private static bool SameByNickname(Person p, IReadOnlyList<string> tokens)
    {
        if (tokens.Count < 2 || p.Tokens.Count < 2)
        {
            return false;
        }

        var last = tokens[^1].ToUpperInvariant();
        var first = tokens[0].ToUpperInvariant();
        var personFirst = p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
        return p.Tokens.Contains(last) && first.Length >= 3 && personFirst.Length >= 3
            && (personFirst.StartsWith(first[..3], StringComparison.Ordinal) || first.StartsWith(personFirst[..3], StringComparison.Ordinal));
    }

    /// <summary>The person a mention stands for, or null when it names nobody known.</summary>
    public Person? Resolve(PartyMention mention, int position, IEnumerable<Person> preferred)
    {
        if (mention.IsBody)
        {
            if (!mention.IsTitleOnly || mention.Title is null)
            {
                return null;
            }

            // "the Secretary", "the President of Russia": the person holding that title (and country, when given).
            var candidates = _people.Where(p => p.Title is not null && SameTitle(p.Title, mention.Title)
                && (mention.Country is null || p.Country?.Code == mention.Country.Code)).ToList();
            return Pick(candidates, position, preferred);
        }

        var tokens = Key(mention.NameTokens);
        var matches = _people.Where(p => p.Tokens.IsSupersetOf(tokens)).ToList();
        if (matches.Count == 0)
        {
            matches = _people.Where(p => SameByNickname(p, mention.NameTokens)).ToList();
        }

        return Pick(matches, position, preferred);
    }

    private static Person? Pick(List<Person> candidates, int position, IEnumerable<Person> preferred)
    {
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var pref = candidates.FirstOrDefault(preferred.Contains);
        if (pref is not null)
        {
            return pref;
        }

        return candidates.Where(c => c.FirstSeen <= position).OrderByDescending(c => c.FirstSeen).FirstOrDefault() ?? candidates[0];
    }

    private static bool SameTitle(string a, string b)
    {
        var x = a.ToUpperInvariant();
        var y = b.ToUpperInvariant().TrimEnd('S');
        return x == y || x.EndsWith(" " + y, StringComparison.Ordinal) || x.StartsWith(y + " ", StringComparison.Ordinal) || x.Contains(y, StringComparison.Ordinal);
    }

    public static HashSet<string> Key(IEnumerable<string> tokens) =>
        new(tokens.Select(t => t.ToUpperInvariant().Replace('’', '\'')), StringComparer.Ordinal);
}

/// <summary>A person the page names, with what its mentions say of them.</summary>
internal sealed class Person(string name, HashSet<string> tokens, int firstSeen)
{
    public string Name { get; private set; } = name;

    public HashSet<string> Tokens { get; } = tokens;

    public int FirstSeen { get; } = firstSeen;

    public string? Title { get; set; }

    public Country? Country { get; set; }

    public string? Organization { get; set; }

    public bool IsInternational { get; set; }

    public void Absorb(PartyMention mention)
    {
        var tokens = PersonRegistry.Key(mention.NameTokens);
        if (tokens.Count > Tokens.Count)
        {
            Tokens.UnionWith(tokens);
            Name = mention.Name!;
        }

        Title ??= mention.Title;
        Organization ??= mention.Organization;
        IsInternational |= mention.IsInternational;
        if (!IsInternational)
        {
            Country ??= mention.Country;
        }
    }

    public void Absorb(Person other)
    {
        Title ??= other.Title;
        Organization ??= other.Organization;
        Country ??= other.Country;
    }
}
