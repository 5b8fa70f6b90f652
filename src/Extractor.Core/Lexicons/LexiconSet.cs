using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Extractor.Core.Cleaning.Html;
using Extractor.Core.Cleaning.Text;
using Extractor.Core.Facts;
using Extractor.Core.Facts.Gazetteer;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Bylines;
using Extractor.Core.Metadata.Dates;
using Extractor.Core.Metadata.Outlets;

namespace Extractor.Core.Lexicons;

/// <summary>
/// All the tool's knowledge that is data — the files under <c>Resources/</c> — read into typed
/// records, checked against each other once, and built into the lookups the stages use. The
/// pipeline gets one set through <see cref="Pipeline.ExtractorOptions.Lexicons"/>; a folder given
/// to <see cref="Load"/> replaces the built-in files of the same name. Immutable; safe to share.
/// </summary>
public sealed partial class LexiconSet
{
    /// <summary>Every lexicon file, '/'-separated under <c>Resources/</c>, in the order they are read.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        CuesPath, TopicsPath, CountriesPath, OrganizationsPath, TitlesPath, EventCodesPath,
        HtmlBoilerplatePath, TextBoilerplatePath, StopwordsPath,
        AgenciesPath, OutletsPath, BylinesPath, DatelinesPath, TimezonesPath, DatesPath,
    ];

    internal const string CuesPath = "Facts/cues.json";
    internal const string TopicsPath = "Facts/topics.json";
    internal const string CountriesPath = "Facts/countries.json";
    internal const string OrganizationsPath = "Facts/organizations.json";
    internal const string TitlesPath = "Facts/titles.json";
    internal const string EventCodesPath = "Facts/event-codes.json";
    internal const string HtmlBoilerplatePath = "Cleaning/Html/boilerplate.json";
    internal const string TextBoilerplatePath = "Cleaning/Text/boilerplate.json";
    internal const string StopwordsPath = "Cleaning/Text/stopwords.json";
    internal const string AgenciesPath = "Metadata/agencies.json";
    internal const string OutletsPath = "Metadata/outlets.json";
    internal const string BylinesPath = "Metadata/bylines.json";
    internal const string DatelinesPath = "Metadata/datelines.json";
    internal const string TimezonesPath = "Metadata/timezones.json";
    internal const string DatesPath = "Metadata/dates.json";

    private static readonly Lazy<LexiconSet> BuiltInSet = new(() => Load(null));

    private LexiconSet(Sources sources)
    {
        // Read every file first, so a file that cannot be read is reported before any check runs.
        CuesData = sources.Read(CuesPath, LexiconJsonContext.Default.CuesFile);
        TopicsData = sources.Read(TopicsPath, LexiconJsonContext.Default.TopicsFile);
        CountriesData = sources.Read(CountriesPath, LexiconJsonContext.Default.CountriesFile);
        OrganizationsData = sources.Read(OrganizationsPath, LexiconJsonContext.Default.OrganizationsFile);
        TitlesData = sources.Read(TitlesPath, LexiconJsonContext.Default.TitlesFile);
        EventCodesData = sources.Read(EventCodesPath, LexiconJsonContext.Default.EventCodesFile);
        HtmlBoilerplateData = sources.Read(HtmlBoilerplatePath, LexiconJsonContext.Default.HtmlBoilerplateFile);
        TextBoilerplateData = sources.Read(TextBoilerplatePath, LexiconJsonContext.Default.TextBoilerplateFile);
        StopwordsData = sources.Read(StopwordsPath, LexiconJsonContext.Default.StopwordsFile);
        AgenciesData = sources.Read(AgenciesPath, LexiconJsonContext.Default.AgenciesFile);
        OutletsData = sources.Read(OutletsPath, LexiconJsonContext.Default.OutletsFile);
        BylinesData = sources.Read(BylinesPath, LexiconJsonContext.Default.BylinesFile);
        DatelinesData = sources.Read(DatelinesPath, LexiconJsonContext.Default.DatelinesFile);
        TimezonesData = sources.Read(TimezonesPath, LexiconJsonContext.Default.TimezonesFile);
        DatesData = sources.Read(DatesPath, LexiconJsonContext.Default.DatesFile);

        LexiconChecks.Check(this, sources.NameOf, sources.IsUsers);

        Media = CuesData.Media;
        Cues = sources.Build(CuesPath, () => new FactCues(CuesData));
        Topics = sources.Build(TopicsPath, () => TopicLexicon.From(TopicsData));
        Countries = sources.Build(CountriesPath, () => CountryGazetteer.From(CountriesData));
        Organizations = sources.Build(OrganizationsPath, () => OrganizationLexicon.From(OrganizationsData, Countries));
        Titles = sources.Build(TitlesPath, () => TitleLexicon.From(TitlesData, Countries, Organizations));
        EventCoder = new EventCoder(EventCodesData, Countries);
        HtmlBoilerplate = sources.Build(HtmlBoilerplatePath, () => BoilerplateLexicon.From(HtmlBoilerplateData));
        Text = sources.Build(TextBoilerplatePath, () => TextLexicon.From(TextBoilerplateData, StopwordsData));
        Agencies = sources.Build(AgenciesPath, () => AgencyList.From(AgenciesData));
        Outlets = sources.Build(OutletsPath, () => OutletList.From(OutletsData));
        Bylines = sources.Build(BylinesPath, () => BylineWords.From(BylinesData, DatesData));
        NotPlaces = new HashSet<string>(DatelinesData.NotPlaces, StringComparer.OrdinalIgnoreCase);
        NotPlaceFirstWords = new HashSet<string>(DatelinesData.NotPlaceFirstWords, StringComparer.OrdinalIgnoreCase);
        Zones = new Dictionary<string, string?>(TimezonesData.Zones, StringComparer.Ordinal);
        Cities = new HashSet<string>(DatelinesData.Places, StringComparer.Ordinal);
        Dates = sources.Build(DatesPath, () => DateWords.From(DatesData, Zones));
    }

    /// <summary>The files built into the tool.</summary>
    public static LexiconSet BuiltIn => BuiltInSet.Value;

    // The files as read.
    public CuesFile CuesData { get; }

    public TopicsFile TopicsData { get; }

    public CountriesFile CountriesData { get; }

    public OrganizationsFile OrganizationsData { get; }

    public TitlesFile TitlesData { get; }

    public EventCodesFile EventCodesData { get; }

    public HtmlBoilerplateFile HtmlBoilerplateData { get; }

    public TextBoilerplateFile TextBoilerplateData { get; }

    public StopwordsFile StopwordsData { get; }

    public AgenciesFile AgenciesData { get; }

    public OutletsFile OutletsData { get; }

    public BylinesFile BylinesData { get; }

    public DatelinesFile DatelinesData { get; }

    public TimezonesFile TimezonesData { get; }

    public DatesFile DatesData { get; }

    // What the stages use, built once from the files.

    /// <summary>The values of an interaction's medium, in the order they win (SPEC §5); the record schema's enum.</summary>
    public IReadOnlyList<string> Media { get; }

    public FactCues Cues { get; }

    public TopicLexicon Topics { get; }

    public CountryGazetteer Countries { get; }

    public OrganizationLexicon Organizations { get; }

    public TitleLexicon Titles { get; }

    /// <summary>The CAMEO/PLOVER coder with the set's medium codes and visit words.</summary>
    public EventCoder EventCoder { get; }

    public TextLexicon Text { get; }

    internal BoilerplateLexicon HtmlBoilerplate { get; }

    internal AgencyList Agencies { get; }

    internal OutletList Outlets { get; }

    internal BylineWords Bylines { get; }

    /// <summary>Capitalised dateline openings that are no place (<c>BREAKING</c>).</summary>
    internal IReadOnlySet<string> NotPlaces { get; }

    internal IReadOnlySet<string> NotPlaceFirstWords { get; }

    /// <summary>Time-zone abbreviation → UTC offset (null: printed, but not trusted).</summary>
    internal IReadOnlyDictionary<string, string?> Zones { get; }

    /// <summary>Cities a dateline may name in title case before a colon or a dash.</summary>
    internal IReadOnlySet<string> Cities { get; }

    /// <summary>The date grammar's words: month names, date-line labels, date-element marks, time zones.</summary>
    internal DateWords Dates { get; }

    /// <summary>
    /// The built-in files, each replaced by the file of the same name in <paramref name="directory"/>
    /// when there is one (its path under <c>Resources/</c>, or only its name where that is unique), and
    /// the topics by <paramref name="topicsFile"/>. Throws <see cref="LexiconException"/> naming the
    /// file and entry at fault.
    /// </summary>
    public static LexiconSet Load(string? directory, string? topicsFile = null) => new(new Sources(directory, topicsFile));

    /// <summary>Writes the built-in files into <paramref name="directory"/>, under their paths; refuses to overwrite a file.</summary>
    public static IReadOnlyList<string> Export(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var written = new List<string>();
        foreach (var path in Files)
        {
            var target = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(target))
            {
                throw new IOException($"{target}: exists; export into an empty folder");
            }
        }

        foreach (var path in Files)
        {
            var target = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = EmbeddedData.Open(path);
            using var file = File.Create(target);
            source.CopyTo(file);
            written.Add(target);
        }

        return written;
    }

    /// <summary>Where each file comes from: the user's folder or file, else the assembly.</summary>
    private sealed partial class Sources
    {
        private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

        private readonly Dictionary<string, string> _overrides = new(StringComparer.Ordinal);

        public Sources(string? directory, string? topicsFile)
        {
            if (directory is not null)
            {
                FindOverrides(directory);
            }

            if (topicsFile is not null)
            {
                _overrides[TopicsPath] = topicsFile;
            }
        }

        /// <summary>The name an error gives a file: the user's path, or the built-in file's.</summary>
        public string NameOf(string path) => _overrides.TryGetValue(path, out var user) ? user : "built-in " + path;

        /// <summary>Whether the file at <paramref name="path"/> is the user's, not the built-in one.</summary>
        public bool IsUsers(string path) => _overrides.ContainsKey(path);

        public T Read<T>(string path, JsonTypeInfo<T> type)
            where T : class
        {
            try
            {
                // Parsed from the whole file's bytes: from a stream, System.Text.Json takes its resumable path
                // (reading the 15 built-in files cost 12.9 M instructions that way, 11.6 M from the bytes).
                // Like the stream path, skip a UTF-8 byte order mark, which a user's file may start with.
                var bytes = _overrides.TryGetValue(path, out var user) ? File.ReadAllBytes(user) : EmbeddedData.ReadBytes(path);
                var json = bytes.AsSpan();
                var value = JsonSerializer.Deserialize(json.StartsWith(Utf8Bom) ? json[Utf8Bom.Length..] : json, type);

                if (value is null)
                {
                    throw new LexiconException(NameOf(path), null, "expected a JSON object, not null");
                }

                // The built-in files are checked by the tests; a user's file here.
                return _overrides.ContainsKey(path) ? NullInList(path, value, type) ?? value : value;
            }
            catch (JsonException e)
            {
                throw new LexiconException(NameOf(path), Entry(e.Path), Problem(e), e);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new LexiconException(NameOf(path), null, "no such file", e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new LexiconException(NameOf(path), null, e.Message, e);
            }
        }

        /// <summary>A null inside a list (which the records' nullability does not catch) is an error naming where it is.</summary>
        private T? NullInList<T>(string path, T value, JsonTypeInfo<T> type)
        {
            var element = JsonSerializer.SerializeToElement(value, type);
            if (FindNull(element, "") is { } at)
            {
                throw new LexiconException(NameOf(path), at, "null in a list");
            }

            return default;
        }

        private static string? FindNull(JsonElement element, string at)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in element.EnumerateObject())
                    {
                        if (FindNull(p.Value, at.Length == 0 ? p.Name : $"{at}.{p.Name}") is { } found)
                        {
                            return found;
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.Null)
                        {
                            return $"{at}[{i}]";
                        }

                        if (FindNull(item, $"{at}[{i}]") is { } found)
                        {
                            return found;
                        }

                        i++;
                    }

                    break;
            }

            return null;
        }

        /// <summary>
        /// Builds a stage's lookups from a file, turning a data error found on the way into a <see cref="LexiconException"/>.
        /// With a user's file in the set, its patterns are constructed here, not at first use, so that one .NET refuses
        /// is reported at load as such.
        /// </summary>
        public T Build<T>(string path, Func<T> build)
        {
            try
            {
                return LazyRegex.BuildEagerly(_overrides.Count > 0, build);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or ArgumentException)
            {
                throw new LexiconException(NameOf(path), null, e.Message, e);
            }
        }

        private void FindOverrides(string directory)
        {
            if (!Directory.Exists(directory))
            {
                throw new LexiconException(directory, null, "no such directory");
            }

            var byName = Files.GroupBy(Path.GetFileName).Where(g => g.Count() == 1).ToDictionary(g => g.Key!, g => g.Single(), StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');
                var path = Files.Contains(relative, StringComparer.Ordinal) ? relative
                    : !relative.Contains('/', StringComparison.Ordinal) && byName.TryGetValue(relative, out var named) ? named
                    : throw new LexiconException(file, null, $"names no lexicon file (they are: {string.Join(", ", Files)})");
                if (_overrides.TryGetValue(path, out var other))
                {
                    throw new LexiconException(file, null, $"replaces {path}, as {other} does");
                }

                _overrides[path] = file;
            }
        }

        private static string? Entry(string? jsonPath) =>
            jsonPath is null or "$" ? null : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

        // System.Text.Json's messages name the CLR type and repeat the path; keep what a user can act on.
        private static string Problem(JsonException e)
        {
            var message = e.Message;
            if (MissingRequired().Match(message) is { Success: true } missing)
            {
                return $"no \"{missing.Groups["name"].Value}\"";
            }

            if (UnknownKey().Match(message) is { Success: true } unknown)
            {
                return $"unknown key \"{unknown.Groups["name"].Value}\"";
            }

            // The message names the record, not the kind of value the key wants.
            if (WrongKind().IsMatch(message))
            {
                return Entry(e.Path) is null ? "expected a JSON object {...}" : "a value of the wrong kind (a string, a list, true/false... as the built-in file has it)";
            }

            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            var text = cut >= 0 ? message[..cut] : message;
            return e.LineNumber is { } line ? $"not valid JSON at line {line + 1} ({text.TrimEnd('.')})" : $"not valid JSON ({text.TrimEnd('.')})";
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"The JSON value could not be converted to ")]
        private static partial Regex WrongKind();

        [System.Text.RegularExpressions.GeneratedRegex(@"missing required properties including: '(?<name>[^']+)'")]
        private static partial Regex MissingRequired();

        [System.Text.RegularExpressions.GeneratedRegex(@"The JSON property '(?<name>[^']+)' could not be mapped")]
        private static partial Regex UnknownKey();
    }
}
