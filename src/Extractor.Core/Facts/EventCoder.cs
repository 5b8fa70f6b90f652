using Extractor.Core.Facts.Gazetteer;
using Extractor.Core.Lexicons;
using Extractor.Core.Model;

namespace Extractor.Core.Facts;

/// <summary>
/// Gives each built interaction its CAMEO code and PLOVER mode (README, "Event codes"), and where the evidence says
/// who visited whom, puts the visitor first among the participants. Runs after interactions are built, reading only
/// the interaction: its medium, its parties' countries and names, and the words of its evidence sentence.
/// </summary>
/// <remarks>
/// The direction is read with a small grammar over the evidence: a visitor phrase ("visited", "arrived in", "was
/// received by", "on a visit to") has the visitor before it and the host after it (a person, or the place visited,
/// which names the host by its country); a host phrase ("hosted", "received", "welcomed") the other way round.
/// A direction needs two different parties on its two sides; otherwise the meeting has none. The words, and the
/// codes each remote medium gives, are data (<c>Resources/Facts/event-codes.json</c>).
/// </remarks>
public sealed class EventCoder
{
    private readonly Dictionary<string, (string Cameo, string? Mode)> _mediumCodes;
    private readonly PhraseSet _visitor;
    private readonly PhraseSet _host;
    private readonly PhraseSet _thirdPlace;
    private readonly HashSet<string> _placeBefore;
    private readonly CountryGazetteer _countries;

    /// <summary>The coder of <paramref name="data"/> (<c>Resources/Facts/event-codes.json</c>, checked when the lexicon set was loaded) over <paramref name="countries"/>.</summary>
    public EventCoder(EventCodesFile data, CountryGazetteer countries)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(countries);
        _mediumCodes = data.MediumCodes.ToDictionary(m => m.Medium, m => (m.Cameo, m.Mode), StringComparer.Ordinal);
        _visitor = new PhraseSet(data.Visitor);
        _host = new PhraseSet(data.Host);
        _thirdPlace = new PhraseSet(data.ThirdPlace);
        _placeBefore = data.PlaceBefore.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _countries = countries;
    }

    /// <summary>Each interaction with its codes set (and its visitor first where the evidence says who visited whom).</summary>
    public IReadOnlyList<Interaction> Code(IReadOnlyList<Interaction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        return interactions.Select(Code).ToArray();
    }

    /// <summary>One interaction with its codes set.</summary>
    public Interaction Code(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var multilateral = interaction.Countries.Count > 2;
        // Phone and video: the medium alone gives the code (CAMEO 041, "discuss by telephone", covers a video call).
        (string Cameo, string? Mode)? byMedium = _mediumCodes.TryGetValue(interaction.Medium, out var codes) ? codes : null;
        var inPerson = interaction.Medium == Media.InPerson;
        var words = Words(interaction.Evidence);
        var mentions = _countries.Find(interaction.Evidence);
        (int Visitor, bool HostSpeaks)? direction = inPerson ? Direction(interaction, words, mentions) : null;
        var thirdPlace = inPerson && direction is null && IsThirdPlace(interaction, words, mentions);

        var result = interaction;
        if (direction is { } d && d.Visitor > 0)
        {
            result = VisitorFirst(interaction, d.Visitor);
        }

        var cameo = byMedium is { } m ? m.Cameo
            : direction is { HostSpeaks: true } ? EventCodes.CameoVisitHosted
            : direction is not null ? EventCodes.CameoVisitMade
            : thirdPlace ? EventCodes.CameoThirdPlace
            : EventCodes.CameoConsult;
        var mode = multilateral ? EventCodes.ModeMultilateral
            : byMedium is { } mm ? mm.Mode
            : direction is not null ? EventCodes.ModeVisit
            : thirdPlace ? EventCodes.ModeThirdParty
            : null;
        return result with { Cameo = cameo, Plover = new PloverCode(EventCodes.PloverConsult, mode) };
    }

    // The visitor's index among the participants, and whether the host is the phrase's subject: from the first
    // visitor or host phrase with a party named before it (its subject) and another after it (its object, or the
    // country of the place visited). "The Kremlin hosted talks between A and B" has no subject party and gives none.
    private (int Visitor, bool HostSpeaks)? Direction(Interaction interaction, List<(int Start, int End, string Lower)> words, IReadOnlyList<CountryMention> mentions)
    {
        var positions = interaction.Participants.Select(part => Position(part, interaction.Evidence, mentions)).ToArray();
        for (var i = 0; i < words.Count; i++)
        {
            var v = _visitor.LongestAt(words, i);
            var h = _host.LongestAt(words, i);
            if (v == 0 && h == 0)
            {
                continue;
            }

            var host = h > v;
            var length = Math.Max(v, h);
            var phraseStart = words[i].Start;
            var afterStart = words[i + length - 1].End;
            var before = Nearest(positions, at => at < phraseStart, last: true);
            var after = Nearest(positions, at => at >= afterStart, last: false);
            if (after < 0 && !host)
            {
                // "visited Japan", "arrived in Seoul": the place visited names the host by its country.
                var place = mentions.FirstOrDefault(m => m.Start >= afterStart && m.Start - afterStart <= 12 && m.Kind != MentionKind.Demonym);
                after = place is null ? -1 : IndexOfCountry(interaction.Participants, place.Country.Code);
            }

            i += length - 1;
            if (before < 0 || after < 0 || before == after)
            {
                continue;
            }

            // Two officials of one country ("the President received the Minister") make no visit between states.
            var (visitor, hostIndex) = host ? (after, before) : (before, after);
            var vc = interaction.Participants[visitor].CountryCode;
            if (vc is not null && vc == interaction.Participants[hostIndex].CountryCode)
            {
                continue;
            }

            return (visitor, host);
        }

        return null;
    }

    // A meeting on a summit's sidelines, or held in a place that is no party's country.
    private bool IsThirdPlace(Interaction interaction, List<(int Start, int End, string Lower)> words, IReadOnlyList<CountryMention> mentions)
    {
        var places = mentions.Where(m => m.Kind is MentionKind.Capital || (m.Kind is MentionKind.Name or MentionKind.ShortForm && IsAfterPlaceWord(words, m.Start))).ToList();
        if (places.Any(m => interaction.Countries.Contains(m.Country.Code)))
        {
            return false;
        }

        if (places.Count > 0 && interaction.Countries.Count > 0)
        {
            return true;
        }

        return Enumerable.Range(0, words.Count).Any(i => _thirdPlace.LongestAt(words, i) > 0);
    }

    private bool IsAfterPlaceWord(List<(int Start, int End, string Lower)> words, int start)
    {
        var i = words.FindIndex(w => w.Start >= start);
        // "in Bali", "in the Indonesian island of Bali" is beyond this grammar; "in South Korea" is not.
        return i > 0 && (_placeBefore.Contains(words[i - 1].Lower) || (i > 1 && words[i - 1].Lower == "the" && _placeBefore.Contains(words[i - 2].Lower)));
    }

    // Where a participant is first named in the evidence: its surname; a party without a name, by its country.
    private static int Position(Participant participant, string evidence, IReadOnlyList<CountryMention> mentions)
    {
        if (participant.Name is { Length: > 0 } name)
        {
            // "Trump's Middle East envoy, Steve Witkoff": a possessive names someone else, not this party.
            var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            var at = IndexOfWord(evidence, surname, skipPossessive: true);
            return at;
        }

        var mention = mentions.FirstOrDefault(m => m.Country.Code == participant.CountryCode && m.Kind != MentionKind.Capital);
        return mention?.Start ?? -1;
    }

    private static int IndexOfWord(string text, string word, bool skipPossessive)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            var possessive = end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])) && !(skipPossessive && possessive))
            {
                return at;
            }
        }

        return -1;
    }

    private static int Nearest(int[] positions, Func<int, bool> where, bool last)
    {
        var best = -1;
        for (var i = 0; i < positions.Length; i++)
        {
            if (positions[i] < 0 || !where(positions[i]))
            {
                continue;
            }

            if (best < 0 || (last ? positions[i] > positions[best] : positions[i] < positions[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static int IndexOfCountry(IReadOnlyList<Participant> participants, string code)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            if (participants[i].CountryCode == code)
            {
                return i;
            }
        }

        return -1;
    }

    private static Interaction VisitorFirst(Interaction interaction, int visitor)
    {
        var participants = interaction.Participants.Skip(visitor).Take(1).Concat(interaction.Participants.Where((_, i) => i != visitor)).ToArray();
        var first = participants[0].CountryCode;
        var countries = first is null || !interaction.Countries.Contains(first)
            ? interaction.Countries
            : [first, .. interaction.Countries.Where(c => c != first)];
        return interaction with { Participants = participants, Countries = countries };
    }

    private static List<(int Start, int End, string Lower)> Words(string text)
    {
        var words = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            words.Add((start, i, text[start..i].ToLowerInvariant()));
        }

        return words;
    }

    /// <summary>Phrases of lower-case words, matched at a word of the sentence.</summary>
    private sealed class PhraseSet(IEnumerable<string> phrases)
    {
        private readonly string[][] _phrases = phrases
            .Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(p => p.Length)
            .ToArray();

        /// <summary>The length in words of the longest phrase starting at word <paramref name="i"/>, or 0.</summary>
        public int LongestAt(List<(int Start, int End, string Lower)> words, int i)
        {
            foreach (var phrase in _phrases)
            {
                if (i + phrase.Length > words.Count)
                {
                    continue;
                }

                var match = true;
                for (var k = 0; k < phrase.Length && match; k++)
                {
                    match = words[i + k].Lower == phrase[k];
                }

                if (match)
                {
                    return phrase.Length;
                }
            }

            return 0;
        }
    }
}
