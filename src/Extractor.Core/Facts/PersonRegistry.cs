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

    // A page resolves the same mentions and titles again and again: their keys and upper-case forms are made once.
    private readonly Dictionary<IReadOnlyList<string>, HashSet<string>> _keys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _upper = new(StringComparer.Ordinal);

    // The people holding each name word, in the order they were added; made at the first look-up after a change.
    private Dictionary<string, List<Person>>? _byToken;

    public IReadOnlyList<Person> People => _people;

    /// <summary>Adds a full-name mention (two name words or more).</summary>
    public void AddFull(PartyMention mention, int position)
    {
        if (mention.IsBody || mention.NameTokens.Count < 2)
        {
            return;
        }

        _byToken = null;
        var tokens = KeyOf(mention.NameTokens);
        var person = _people.FirstOrDefault(p => p.Tokens.IsSupersetOf(tokens) || p.Tokens.IsSubsetOf(tokens) && tokens.Count >= 2 && p.Tokens.Count >= 2);
        if (person is null)
        {
            var nickname = new Nickname(mention.NameTokens);
            person = _people.FirstOrDefault(nickname.Matches);
        }

        if (person is null)
        {
            _people.Add(new Person(mention.Name!, Copy(tokens), position) { Title = mention.Title, Country = mention.Country, Organization = mention.Organization, IsInternational = mention.IsInternational });
            return;
        }

        person.Absorb(mention, tokens);
    }

    /// <summary>
    /// Adds a surname that comes with a title ("President Biden", "Prime Minister Albanese") when the
    /// page never gives the full name: the title makes it a person all the same.
    /// </summary>
    public void AddTitledSurname(PartyMention mention, int position)
    {
        if (mention.Title is null)
        {
            return;
        }

        AddSingle(mention, position);
    }

    /// <summary>Adds a one-word name the page gives no fuller form of, unless a known person already holds it.</summary>
    public void AddSingle(PartyMention mention, int position)
    {
        if (mention.IsBody || mention.NameTokens.Count != 1)
        {
            return;
        }

        _byToken = null;
        var tokens = KeyOf(mention.NameTokens);
        if (_people.Any(p => p.Tokens.IsSupersetOf(tokens)))
        {
            return;
        }

        _people.Add(new Person(mention.Name!, Copy(tokens), position) { Title = mention.Title, Country = mention.Country, Organization = mention.Organization, IsInternational = mention.IsInternational });
    }

    // "Joe Biden" and "Joseph R. Biden, Jr.": the same surname, and one given name starts the other's.
    // The mention's words are put in upper case once, not once per person compared.
    private readonly struct Nickname
    {
        private readonly string? _last;
        private readonly string? _first;

        public Nickname(IReadOnlyList<string> tokens)
        {
            if (tokens.Count >= 2)
            {
                _last = tokens[^1].ToUpperInvariant();
                _first = tokens[0].ToUpperInvariant();
            }
        }

        public bool Matches(Person p)
        {
            if (_last is null || _first is null || p.Tokens.Count < 2)
            {
                return false;
            }

            var first = _first;
            var personFirst = p.FirstNameUpper;
            return p.Tokens.Contains(_last) && first.Length >= 3 && personFirst.Length >= 3
                && (personFirst.AsSpan().StartsWith(first.AsSpan(0, 3), StringComparison.Ordinal) || first.AsSpan().StartsWith(personFirst.AsSpan(0, 3), StringComparison.Ordinal));
        }
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
            var candidates = new List<Person>();
            // One title holds the other, in any case and either number: "Secretary of State" and "the Secretary".
            var wanted = Upper(mention.Title).AsSpan().TrimEnd('S');
            foreach (var p in _people)
            {
                if (p.Title is not null && Upper(p.Title).AsSpan().IndexOf(wanted, StringComparison.Ordinal) >= 0
                    && (mention.Country is null || p.Country?.Code == mention.Country.Code))
                {
                    candidates.Add(p);
                }
            }

            return Pick(candidates, position, preferred);
        }

        var tokens = KeyOf(mention.NameTokens);
        var matches = new List<Person>();
        foreach (var p in Holding(tokens))
        {
            if (p.Tokens.IsSupersetOf(tokens))
            {
                matches.Add(p);
            }
        }

        if (matches.Count == 0)
        {
            var nickname = new Nickname(mention.NameTokens);
            foreach (var p in _people)
            {
                if (nickname.Matches(p))
                {
                    matches.Add(p);
                }
            }
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

    // The people who may hold every word of the key, in the order they were added: those holding its rarest word.
    private List<Person> Holding(HashSet<string> key)
    {
        if (key.Count == 0)
        {
            return _people;
        }

        if (_byToken is null)
        {
            _byToken = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
            foreach (var p in _people)
            {
                foreach (var t in p.Tokens)
                {
                    if (!_byToken.TryGetValue(t, out var holders))
                    {
                        holders = [];
                        _byToken.Add(t, holders);
                    }

                    holders.Add(p);
                }
            }
        }

        List<Person>? fewest = null;
        foreach (var t in key)
        {
            if (!_byToken.TryGetValue(t, out var holders))
            {
                return [];
            }

            if (fewest is null || holders.Count < fewest.Count)
            {
                fewest = holders;
            }
        }

        return fewest!;
    }

    private string Upper(string s)
    {
        if (!_upper.TryGetValue(s, out var upper))
        {
            upper = s.ToUpperInvariant();
            _upper.Add(s, upper);
        }

        return upper;
    }

    // The key of a mention's name words, made once per mention; callers only read it.
    private HashSet<string> KeyOf(IReadOnlyList<string> tokens)
    {
        if (!_keys.TryGetValue(tokens, out var key))
        {
            key = Key(tokens);
            _keys.Add(tokens, key);
        }

        return key;
    }

    // A person's own token set grows as longer mentions come: never the shared key of a mention.
    private static HashSet<string> Copy(HashSet<string> key) => new(key, StringComparer.Ordinal);

    // "al-Sisi" also holds "Sisi": a short mention drops the joined particle ("Abdel-Fattah al-Sisi" ... "Sisi said"),
    // a lower-case word of three letters at most before the hyphen ("al-", "el-", "bin-").
    public static HashSet<string> Key(IEnumerable<string> tokens)
    {
        var key = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            var upper = t.ToUpperInvariant().Replace('’', '\'');
            key.Add(upper);
            var dash = t.IndexOf('-');
            if (dash is > 0 and <= 3 && dash + 1 < t.Length && t[..dash].All(char.IsLower))
            {
                key.Add(upper[(dash + 1)..]);
            }
        }

        return key;
    }
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

    /// <summary>The country was guessed from the countries the page names most, not said of the person.</summary>
    public bool CountryGuessed { get; set; }

    /// <summary>The country is the outlet's or the dateline's, given to a person the page places nowhere.</summary>
    public bool CountryFromHome { get; set; }

    /// <summary>The country was guessed as the counterpart's of an official of the home country.</summary>
    public bool CountryAbroad { get; set; }

    /// <summary>The first word of the name in upper case, made again only when the name changes.</summary>
    public string FirstNameUpper
    {
        get
        {
            if (!ReferenceEquals(_firstNameOf, Name))
            {
                _firstNameUpper = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
                _firstNameOf = Name;
            }

            return _firstNameUpper!;
        }
    }

    private string? _firstNameOf;
    private string? _firstNameUpper;

    public void Absorb(PartyMention mention) => Absorb(mention, PersonRegistry.Key(mention.NameTokens));

    public void Absorb(PartyMention mention, HashSet<string> tokens)
    {
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
