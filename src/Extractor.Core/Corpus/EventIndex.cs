using System.Globalization;
using Extractor.Core.Model;

namespace Extractor.Core.Corpus;

/// <summary>
/// Gathers the interactions of the records, in input order, into events (README, "Events"). An interaction joins
/// the earliest event one of whose reports it matches, from another page; else it opens a new event. Two reports
/// match when
/// <list type="bullet">
/// <item>their parties are the same: they name at least two of the same people (by <see cref="PartyKeys"/>), or they
/// have the same countries (at least two) and, for each country that both name a person for, a person in common;</item>
/// <item>their media are compatible: the same, or either unspecified;</item>
/// <item>their dates agree: within a day (a weekday names the latest such day, and pages dated a day apart by
/// their time zones or their publication name it differently; the record does not say where a date came from, so
/// the day's tolerance is general); an undated report is placed at its page's publication date and agrees within
/// <see cref="UndatedDays"/> days.</item>
/// </list>
/// A report of a syndicated copy (<see cref="Record.CopyOf"/>) joins the event of its original's report with the same
/// parties and a compatible medium even where either page leaves the day out.
/// Only what the match and the event row need is kept (no text, no evidence): per report its record, day, medium,
/// countries and name keys; per event the merged row.
/// </summary>
public sealed class EventIndex(IReadOnlyList<string> topicOrder)
{
    /// <summary>How far an undated report may be from the other report's day (its page's publication to it).</summary>
    public const int UndatedDays = 3;

    private readonly List<EventBuilder> _events = [];
    private readonly List<Report> _reports = [];
    private readonly Dictionary<(string Key, DateOnly Day), List<int>> _postings = [];
    private readonly Dictionary<string, int> _twins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Report>> _originals = new(StringComparer.Ordinal);
    private int _records;

    /// <summary>Number of events so far.</summary>
    public int Count => _events.Count;

    /// <summary>Adds the interactions of the next record in input order.</summary>
    public void Add(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var ordinal = _records++;
        var published = Day(record.Published);
        foreach (var interaction in record.Interactions)
        {
            var report = new Report(
                ordinal,
                Day(interaction.Date),
                published,
                interaction.Medium,
                [.. interaction.Countries.Order(StringComparer.Ordinal)],
                interaction.Participants.Select(p => (p.CountryCode, PartyKeys.NameKey(p.Name))).Where(p => p.Item2 is not null).Select(p => (p.CountryCode, p.Item2!)).ToArray());
            var signature = report.Signature();
            var twin = _twins.TryGetValue(signature, out var t) ? _reports[t] : null;
            var target = FromOriginal(report, record.CopyOf)
                ?? (twin is not null && Matches(report, twin) && !_events[twin.Event].Has(ordinal)
                    ? _events[twin.Event]
                    : FindEvent(report));
            if (target is null)
            {
                target = new EventBuilder(_events.Count);
                _events.Add(target);
            }

            report.Event = target.Index;
            target.Add(record, interaction, report, topicOrder);
            if (record.CopyOf is null)
            {
                Posting(_originals, record.Id).Add(report);
            }

            if (twin is not null || report.Anchor is not { } anchor)
            {
                // A report the same as one indexed finds what that one finds; one with no day matches nothing.
                continue;
            }

            var index = _reports.Count;
            _reports.Add(report);
            _twins[signature] = index;
            if (report.Countries.Length >= 2)
            {
                Posting("c:" + string.Join(' ', report.Countries), anchor).Add(index);
            }

            foreach (var name in report.Names.Select(n => n.Name).Distinct(StringComparer.Ordinal))
            {
                Posting("n:" + name, anchor).Add(index);
            }
        }
    }

    /// <summary>The events, in the order of their first report.</summary>
    public IEnumerable<CorpusEvent> Events() => _events.Select(e => e.Build());

    /// <summary>Whether two reports are of one event (see the class summary).</summary>
    internal static bool Matches(Report a, Report b) =>
        a.Record != b.Record && MediaAgree(a.Medium, b.Medium) && DaysAgree(a, b) && PartiesAgree(a, b);

    // A syndicated copy (copy_of) tells the same story as its original: a report of it joins the event of the
    // original's report with the same parties and a compatible medium, even where one of the two pages gives no date.
    private EventBuilder? FromOriginal(Report report, string? original)
    {
        if (original is null || !_originals.TryGetValue(original, out var reports))
        {
            return null;
        }

        var match = reports.FirstOrDefault(o => MediaAgree(report.Medium, o.Medium) && PartiesAgree(report, o)
            && (o.Anchor is null || report.Anchor is null || DaysAgree(report, o)) && !_events[o.Event].Has(report.Record));
        return match is null ? null : _events[match.Event];
    }

    private EventBuilder? FindEvent(Report report)
    {
        if (report.Anchor is not { } anchor)
        {
            return null;
        }

        // Reports are indexed by each name and by their countries, under their day: only those within the widest
        // tolerance are looked at, so the work per report does not grow with the corpus.
        var keys = report.Names.Select(n => "n:" + n.Name).ToList();
        if (report.Countries.Length >= 2)
        {
            keys.Add("c:" + string.Join(' ', report.Countries));
        }

        var best = -1;
        foreach (var key in keys)
        {
            for (var day = -UndatedDays; day <= UndatedDays; day++)
            {
                if (!_postings.TryGetValue((key, anchor.AddDays(day)), out var list))
                {
                    continue;
                }

                foreach (var i in list)
                {
                    // The earliest event with a matching report that does not already hold a report of this page.
                    var other = _reports[i];
                    if ((best < 0 || other.Event < best) && Matches(report, other) && !_events[other.Event].Has(report.Record))
                    {
                        best = other.Event;
                    }
                }
            }
        }

        return best < 0 ? null : _events[best];
    }

    private static bool MediaAgree(string a, string b) => a == b || a == Media.Unspecified || b == Media.Unspecified;

    private static bool DaysAgree(Report a, Report b)
    {
        if (a.Date is { } x && b.Date is { } y)
        {
            return Math.Abs(x.DayNumber - y.DayNumber) <= 1;
        }

        var (p, q) = (a.Date ?? a.Published, b.Date ?? b.Published);
        return p is { } u && q is { } v && Math.Abs(u.DayNumber - v.DayNumber) <= UndatedDays;
    }

    private static bool PartiesAgree(Report a, Report b)
    {
        var shared = a.Names.Select(n => n.Name).Intersect(b.Names.Select(n => n.Name), StringComparer.Ordinal).Count();
        if (shared >= 2)
        {
            return true;
        }

        if (a.Countries.Length < 2 || !a.Countries.SequenceEqual(b.Countries, StringComparer.Ordinal))
        {
            return false;
        }

        // The same countries: each country both name a person for must share one.
        foreach (var country in a.Countries)
        {
            var mine = a.Names.Where(n => n.Country == country).Select(n => n.Name).ToList();
            var theirs = b.Names.Where(n => n.Country == country).Select(n => n.Name).ToList();
            if (mine.Count > 0 && theirs.Count > 0 && !mine.Intersect(theirs, StringComparer.Ordinal).Any())
            {
                return false;
            }
        }

        return true;
    }

    private static List<Report> Posting(Dictionary<string, List<Report>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        return list;
    }

    private List<int> Posting(string key, DateOnly day)
    {
        if (!_postings.TryGetValue((key, day), out var list))
        {
            list = [];
            _postings[(key, day)] = list;
        }

        return list;
    }

    private static DateOnly? Day(string? iso) =>
        iso is { Length: >= 10 } && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>What is kept of one interaction to match later ones against it.</summary>
    internal sealed class Report(int record, DateOnly? date, DateOnly? published, string medium, string[] countries, (string? Country, string Name)[] names)
    {
        public int Record { get; } = record;
        public DateOnly? Date { get; } = date;
        public DateOnly? Published { get; } = published;
        public string Medium { get; } = medium;
        public string[] Countries { get; } = countries;
        public (string? Country, string Name)[] Names { get; } = names;
        public int Event { get; set; }

        /// <summary>The day the report is placed at: its date, else its page's publication.</summary>
        public DateOnly? Anchor => Date ?? Published;

        /// <summary>Everything the match reads but the page, as one string: equal strings match the same reports.</summary>
        public string Signature() => string.Join(
            '|',
            Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "u" + Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Medium,
            string.Join(' ', Countries),
            string.Join(' ', Names.Select(n => n.Country + ":" + n.Name)));
    }
}
