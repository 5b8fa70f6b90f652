using Extractor.Core.Facts.Gazetteer;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts;

/// <summary>
/// Finds the people, titles and bodies a sentence names, each with the title, country and
/// organisation the words around it give. Understands the ways reports introduce people:
/// <c>Russian Deputy Foreign Minister Igor Morgulov</c>, <c>Prime Minister of Japan Fumio Kishida</c>,
/// <c>President Felix Tshisekedi of the Democratic Republic of the Congo</c>,
/// <c>Noh Kyu-duk, South Korea's special representative for ..., </c>, <c>his US counterpart, Sung Kim</c>;
/// and bodies: <c>the Foreign Ministers of Kazakhstan, ... and Uzbekistan</c>, <c>South Korean and Japanese envoys</c>.
/// </summary>
public sealed class ParticipantExtractor(FactCues cues, CountryGazetteer countries, TitleLexicon titles, OrganizationLexicon organizations)
{
    private readonly NameRunScanner _nameRuns = new(cues);
    private readonly PersonDescriber _describer = new(cues);
    private readonly TitleOnlyMentions _titleOnly = new(cues);
    private readonly BodyMentions _bodies = new(cues);

    /// <summary>The extractor of a lexicon set's cues and gazetteers.</summary>
    public ParticipantExtractor(LexiconSet lexicons)
        : this(lexicons?.Cues!, lexicons!.Countries, lexicons.Titles, lexicons.Organizations)
    {
    }

    /// <summary>Every party mention of the sentence, in order.</summary>
    public IReadOnlyList<PartyMention> Find(string sentence) => Analyze(sentence).Mentions;

    /// <summary>The party mentions of the sentence with the countries, titles and organisations found on the way.</summary>
    internal SentenceFacts Analyze(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // One tokenization serves every gazetteer; the organisations reuse the countries already found.
        var tokens = Tokenizer.Tokenize(sentence);
        var countryMentions = countries.Find(sentence, tokens);
        var organizationMatches = new OrganizationMatches(organizations, sentence, tokens);
        var organizationMentions = organizations.Find(sentence, tokens, ReferenceEquals(organizations.Countries, countries) ? countryMentions : null, organizationMatches);
        var context = new SentenceContext(sentence, countryMentions, titles.Find(sentence, tokens, organizationMatches), organizationMentions);
        var result = new List<PartyMention>();
        var usedTitles = new HashSet<TitleMention>();
        var usedCountries = new HashSet<CountryMention>();
        foreach (var run in _nameRuns.Scan(context))
        {
            var person = _describer.Describe(context, run, usedTitles, usedCountries);
            if (person is not null)
            {
                result.Add(person);
            }
        }

        result.AddRange(_titleOnly.Find(context, usedTitles, usedCountries));
        result.AddRange(_bodies.Find(context, usedCountries, result));
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new SentenceFacts(result, context.Countries, context.Titles, context.Organizations);
    }

    /// <summary>The countries a sentence names, for the topic and home-country checks.</summary>
    public IReadOnlyList<CountryMention> Countries(string sentence) => countries.Find(sentence);

    /// <summary>The organisations a text names.</summary>
    public IReadOnlyList<OrganizationMention> Organizations(string text) => organizations.Find(text);

    /// <summary>The title and organisation mentions of a sentence, masked before matching topics.</summary>
    public IEnumerable<(int Start, int Length)> RoleSpans(string sentence) => RoleSpans(Analyze(sentence));

    /// <summary>The title and organisation mentions of an analysed sentence.</summary>
    internal static IEnumerable<(int Start, int Length)> RoleSpans(SentenceFacts facts) =>
        facts.Titles.Select(t => (t.Start, t.Length)).Concat(facts.Organizations.Select(o => (o.Start, o.Length)));
}
