using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Core.Facts;

/// <summary>
/// The word lists of the fact stage, read from the embedded <c>Resources/Facts/cues.json</c>:
/// interaction cues with their medium, plan and negation cues, words that end a party list,
/// reporting roles, and the words that are never part of a person's name.
/// </summary>
public sealed class FactCues
{
    private FactCues(JsonElement root)
    {
        Cues = root.GetProperty("cues").EnumerateArray().Select(c => new CueDefinition(
            new Regex(@"(?<![\p{L}\p{N}])(?:" + c.GetProperty("pattern").GetString() + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            c.GetProperty("medium").GetString()!,
            c.GetProperty("kind").GetString() == "verb",
            Flag(c, "object"),
            Flag(c, "plural"),
            Flag(c, "weak"),
            Needs(c))).ToArray();
        PlanBefore = Pattern(root, "plan_before");
        PlanIntentVerbs = Set(root, "plan_intent_verbs");
        PurposeBefore = Pattern(root, "purpose_before");
        CaptionSentence = Pattern(root, "caption_sentence");
        PurposeAfterMotion = Pattern(root, "purpose_after_motion");
        NegationBefore = Pattern(root, "negation_before");
        PlanAfter = Pattern(root, "plan_after");
        PlanLaterInClause = Pattern(root, "plan_later_in_clause");
        InternalMeetingBefore = Pattern(root, "internal_meeting_before");
        SpanEnd = Pattern(root, "span_end");
        LocationBefore = new Regex(root.GetProperty("location_before_place").GetString()!, RegexOptions.CultureInvariant);
        ReportingTitles = Set(root, "reporting_titles");
        ReportingVerbs = Set(root, "reporting_verbs");
        GroupNouns = Set(root, "group_nouns");
        CounterpartWords = Set(root, "counterpart_words");
        var particles = Set(root, "name_particles");
        var suffixes = new HashSet<string>(Strings(root, "name_suffixes"), StringComparer.Ordinal);
        var honorifics = new HashSet<string>(Strings(root, "honorifics"), StringComparer.Ordinal);
        var notNameWords = new HashSet<string>(Strings(root, "not_name_words"), StringComparer.Ordinal);
        NameParticles = particles;
        NameSuffixes = suffixes;
        Honorifics = honorifics;
        NotNameWords = notNameWords;
        NameParticleWords = new WordSet(particles);
        NameSuffixWords = new WordSet(suffixes);
        HonorificWords = new WordSet(honorifics);
        NotNameWordSpans = new WordSet(notNameWords);
        PlaceNames = new HashSet<string>(Strings(root, "place_names"), StringComparer.Ordinal);
        PlaceNounWords = new WordSet(new HashSet<string>(Strings(root, "place_nouns"), StringComparer.Ordinal));
        DiplomaticWords = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', Strings(root, "diplomatic_words").Select(Regex.Escape)) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static FactCues BuiltIn { get; } = new(JsonDocument.Parse(FactResources.Read("cues.json")).RootElement.Clone());

    public IReadOnlyList<CueDefinition> Cues { get; }

    /// <summary>Words shortly before a cue that make it a plan ("will visit", "agreed to meet").</summary>
    public Regex PlanBefore { get; }

    /// <summary>
    /// The words of <see cref="PlanBefore"/> that are verbs of intent: they make a cue a plan only through an infinitive
    /// ("agreed to meet", "plans to hold talks") or as its modifier ("a planned visit"), not in "agreed over the phone".
    /// </summary>
    public IReadOnlySet<string> PlanIntentVerbs { get; }

    /// <summary>"for" before a noun cue: the talks are the purpose of something else ("arrived in Washington for talks").</summary>
    public Regex PurposeBefore { get; }

    /// <summary>
    /// Verbs of motion and arrival: "for" + a cue is a purpose only after one ("arrived in Washington for talks"), not in
    /// "thanked him for the call" or "hosted Giammattei for a virtual bilateral meeting".
    /// </summary>
    public Regex PurposeAfterMotion { get; }

    /// <summary>
    /// A photo caption left in the text ("This photo, taken on March 19, 2021, shows Noh Kyu-duk (R) ... before their
    /// talks"): it shows an earlier occasion, and reports no interaction of the page.
    /// </summary>
    public Regex CaptionSentence { get; }

    /// <summary>Words shortly before a cue that deny it ("did not meet").</summary>
    public Regex NegationBefore { get; }

    /// <summary>The word right before a cue that makes it a body's own gathering ("a cabinet meeting", "board meetings").</summary>
    public Regex InternalMeetingBefore { get; }

    /// <summary>Words right after a cue that make it a plan ("talks are scheduled").</summary>
    public Regex PlanAfter { get; }

    /// <summary>
    /// The verb of a noun cue's clause in the future ("the summit between Moon and Trump will be held in late June",
    /// "talks ... which is likely to take place later this month").
    /// </summary>
    public Regex PlanLaterInClause { get; }

    /// <summary>A word that ends the list of counterparts after a cue ("to discuss", "amid").</summary>
    public Regex SpanEnd { get; }

    /// <summary>"in" or "at" before a capitalised place: talks held at a place are in person.</summary>
    public Regex LocationBefore { get; }

    public IReadOnlySet<string> ReportingTitles { get; }

    public IReadOnlySet<string> ReportingVerbs { get; }

    public IReadOnlySet<string> GroupNouns { get; }

    public IReadOnlySet<string> CounterpartWords { get; }

    public IReadOnlySet<string> NameParticles { get; }

    public IReadOnlySet<string> NameSuffixes { get; }

    public IReadOnlySet<string> Honorifics { get; }

    public IReadOnlySet<string> NotNameWords { get; }

    /// <summary>
    /// Places that are no country and read like a person's name ("Gaza", "San Francisco", "Walter Reed"): a name run that
    /// starts with one loses those words.
    /// </summary>
    public IReadOnlySet<string> PlaceNames { get; }

    /// <summary>Nouns that make the capitalised words before them a place ("the Hoa Lo prison"), not a name.</summary>
    internal WordSet PlaceNounWords { get; }

    // The same sets looked up by a word of the sentence in place, without copying it out.
    internal WordSet NameParticleWords { get; }

    internal WordSet NameSuffixWords { get; }

    internal WordSet HonorificWords { get; }

    internal WordSet NotNameWordSpans { get; }

    /// <summary>Words that make talks diplomatic whoever holds them ("held bilateral talks", "his counterpart").</summary>
    public Regex DiplomaticWords { get; }

    private static string[] Needs(JsonElement cue)
    {
        var needs = cue.GetProperty("needs").EnumerateArray().Select(e => e.GetString()!).ToArray();
        if (needs.Length == 0 || needs.Any(n => n.Length == 0 || !string.Equals(n, n.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"cue {cue.GetProperty("pattern").GetString()}: needs must list lower-case words");
        }

        return needs;
    }

    private static bool Flag(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static Regex Pattern(JsonElement root, string name) =>
        new(root.GetProperty(name).GetString()!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static IEnumerable<string> Strings(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!);

    private static HashSet<string> Set(JsonElement root, string name) => new(Strings(root, name), StringComparer.OrdinalIgnoreCase);
}
