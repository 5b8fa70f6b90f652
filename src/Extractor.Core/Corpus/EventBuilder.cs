using System.Globalization;
using Extractor.Core.Model;

namespace Extractor.Core.Corpus;

/// <summary>
/// One event as its reports come in: the union of their parties, countries, topics, outlets and records, and the
/// counts that choose its date, medium and code (the most reported; on a tie, the first reported).
/// </summary>
internal sealed class EventBuilder(int index)
{
    private readonly List<Participant> _participants = [];
    private readonly HashSet<string> _partyKeys = new(StringComparer.Ordinal);
    private readonly List<string> _countries = [];
    private readonly HashSet<string> _topics = new(StringComparer.Ordinal);
    private readonly List<string> _outlets = [];
    private readonly List<string> _recordIds = [];
    private readonly HashSet<int> _records = [];
    private readonly Dictionary<string, int> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _media = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cameos = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _topicOrder = [];
    private string? _firstPublished;
    private int _reports;

    public int Index { get; } = index;

    public bool Has(int record) => _records.Contains(record);

    public void Add(Record record, Interaction interaction, EventIndex.Report report, IReadOnlyList<string> topicOrder)
    {
        _topicOrder = topicOrder;
        _reports++;
        if (_records.Add(report.Record))
        {
            _recordIds.Add(record.Id);
        }

        if (record.Outlet is { } outlet && !_outlets.Contains(outlet, StringComparer.Ordinal))
        {
            _outlets.Add(outlet);
        }

        if (record.Published is { } published && (_firstPublished is null || string.CompareOrdinal(published, _firstPublished) < 0))
        {
            _firstPublished = published;
        }

        foreach (var p in interaction.Participants)
        {
            var key = PartyKeys.NameKey(p.Name) is { } name ? "n:" + name : $"c:{p.CountryCode}:{p.Organization}:{p.Title}";
            if (_partyKeys.Add(key))
            {
                _participants.Add(p);
            }
        }

        foreach (var c in interaction.Countries.Where(c => !_countries.Contains(c, StringComparer.Ordinal)))
        {
            _countries.Add(c);
        }

        _topics.UnionWith(interaction.Topics);
        Count(_dates, interaction.Date ?? "");
        Count(_media, interaction.Medium);
        Count(_cameos, interaction.Cameo);
    }

    public CorpusEvent Build()
    {
        var date = Most(_dates.Where(d => d.Key.Length > 0));
        var medium = Most(_media.Where(m => m.Key != Media.Unspecified)) ?? Media.Unspecified;
        var cameo = Most(_cameos.Where(c => c.Key != EventCodes.CameoConsult)) ?? EventCodes.CameoConsult;
        return new CorpusEvent(
            "e" + (Index + 1).ToString(CultureInfo.InvariantCulture),
            date,
            medium,
            cameo,
            _participants,
            _countries,
            _topicOrder.Where(_topics.Contains).ToArray(),
            _reports,
            _outlets,
            _recordIds,
            _firstPublished);
    }

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    // The value counted most; dictionaries keep insertion order until something is removed, so a tie goes to the first.
    private static string? Most(IEnumerable<KeyValuePair<string, int>> counts)
    {
        string? best = null;
        var most = 0;
        foreach (var (key, n) in counts)
        {
            if (n > most)
            {
                best = key;
                most = n;
            }
        }

        return best;
    }
}
