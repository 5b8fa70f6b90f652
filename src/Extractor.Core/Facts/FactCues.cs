using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts;

/// <summary>
/// The word lists of the fact stage, read from <c>cues.json</c> of the lexicon set:
/// interaction cues with their medium, plan and negation cues, words that end a party list,
/// reporting roles, and the words that are never part of a person's name.
/// </summary>
public sealed class FactCues
{
    // Constructed at first use: they run around a cue, and a page may hold none.
    private readonly LazyRegex _planBefore;

    private readonly LazyRegex _purposeBefore;

    private readonly LazyRegex _purposeAfterMotion;

    private readonly LazyRegex _planLaterInClause;

    private readonly LazyRegex _captionSentence;

    private readonly LazyRegex _negationBefore;

    private readonly LazyRegex _planAfter;

    private readonly LazyRegex _futureClause;

    private readonly LazyRegex _internalMeetingBefore;

    private readonly LazyRegex _spanEnd;

    private readonly LazyRegex _locationBefore;

    private readonly LazyRegex _diplomaticWords;

    internal FactCues(CuesFile file)
    {
        Cues = file.Cues.Select(c => new CueDefinition(
            new LazyRegex(@"(?<![\p{L}\p{N}])(?:" + c.Pattern + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            c.Medium,
            c.Kind == "verb",
            c.TakesObject,
            c.Plural,
            c.Weak,
            [.. c.Needs])).ToArray();
        _planBefore = Pattern(file.PlanBefore);
        PlanIntentVerbs = Set(file.PlanIntentVerbs);
        _purposeBefore = Pattern(file.PurposeBefore);
        _purposeAfterMotion = Pattern(file.PurposeAfterMotion);
        _planLaterInClause = Pattern(file.PlanLaterInClause);
        _captionSentence = Pattern(file.CaptionSentence);
        PlaceNames = new HashSet<string>(file.PlaceNames, StringComparer.Ordinal);
        _negationBefore = Pattern(file.NegationBefore);
        _planAfter = Pattern(file.PlanAfter);
        _futureClause = Pattern(file.FutureClause);
        ArrangingVerbs = new HashSet<string>(file.ArrangingVerbs, StringComparer.OrdinalIgnoreCase);
        _internalMeetingBefore = Pattern(file.InternalMeetingBefore);
        _spanEnd = Pattern(file.SpanEnd);
        _locationBefore = new LazyRegex(file.LocationBeforePlace, RegexOptions.CultureInvariant);
        ReportingTitles = Set(file.ReportingTitles);
        ReportingVerbs = Set(file.ReportingVerbs);
        GroupNouns = Set(file.GroupNouns);
        CounterpartWords = Set(file.CounterpartWords);
        ProxyNouns = Set(file.ProxyNouns);
        var particles = Set(file.NameParticles);
        var suffixes = new HashSet<string>(file.NameSuffixes, StringComparer.Ordinal);
        var honorifics = new HashSet<string>(file.Honorifics, StringComparer.Ordinal);
        var notNameWords = new HashSet<string>(file.NotNameWords, StringComparer.Ordinal);
        NameParticles = particles;
        NameSuffixes = suffixes;
        Honorifics = honorifics;
        NotNameWords = notNameWords;
        NameParticleWords = new WordSet(particles);
        NameSuffixWords = new WordSet(suffixes);
        HonorificWords = new WordSet(honorifics);
        NotNameWordSpans = new WordSet(notNameWords);
        PlaceNounWords = new WordSet(new HashSet<string>(file.PlaceNouns, StringComparer.Ordinal));
        _diplomaticWords = new LazyRegex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', file.DiplomaticWords.Select(Regex.Escape)) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public IReadOnlyList<CueDefinition> Cues { get; }

    /// <summary>Words shortly before a cue that make it a plan ("will visit", "agreed to meet").</summary>
    public Regex PlanBefore => _planBefore.Value;

    /// <summary>
    /// The words of <see cref="PlanBefore"/> that are verbs of intent: they make a cue a plan only through an infinitive
    /// ("agreed to meet", "plans to hold talks") or as its modifier ("a planned visit"), not in "agreed over the phone".
    /// </summary>
    public IReadOnlySet<string> PlanIntentVerbs { get; }

    /// <summary>"for" before a noun cue: the talks are the purpose of something else ("arrived in Washington for talks").</summary>
    public Regex PurposeBefore => _purposeBefore.Value;

    /// <summary>
    /// Verbs of motion and arrival: "for" + a cue is a purpose only after one ("arrived in Washington for talks"), not in
    /// "thanked him for the call" or "hosted Giammattei for a virtual bilateral meeting".
    /// </summary>
    public Regex PurposeAfterMotion => _purposeAfterMotion.Value;

    /// <summary>
    /// The verb of a noun cue's clause in the future ("the summit between Moon and Trump will be held in late June",
    /// "talks ... which is likely to take place later this month").
    /// </summary>
    public Regex PlanLaterInClause => _planLaterInClause.Value;

    /// <summary>
    /// A photo caption left in the text ("This photo, taken on March 19, 2021, shows Noh Kyu-duk (R) ... before their
    /// talks"): it shows an earlier occasion, and reports no interaction of the page.
    /// </summary>
    public Regex CaptionSentence => _captionSentence.Value;

    /// <summary>
    /// Places that are no country and read like a person's name ("Gaza", "San Francisco"): a name run that starts with one
    /// loses those words.
    /// </summary>
    public IReadOnlySet<string> PlaceNames { get; }

    /// <summary>A future or scheduled verb anywhere in a cue's clause, which makes every cue in it a plan.</summary>
    public Regex FutureClause => _futureClause.Value;

    /// <summary>Verbs between "to" and a cue that keep it a plan ("to hold talks", "to pay a visit").</summary>
    public IReadOnlySet<string> ArrangingVerbs { get; }

    /// <summary>Words shortly before a cue that deny it ("did not meet").</summary>
    public Regex NegationBefore => _negationBefore.Value;

    /// <summary>The word right before a cue that makes it a body's own gathering ("a cabinet meeting", "board meetings").</summary>
    public Regex InternalMeetingBefore => _internalMeetingBefore.Value;

    /// <summary>Words right after a cue that make it a plan ("talks are scheduled").</summary>
    public Regex PlanAfter => _planAfter.Value;

    /// <summary>A word that ends the list of counterparts after a cue ("to discuss", "amid").</summary>
    public Regex SpanEnd => _spanEnd.Value;

    /// <summary>"in" or "at" before a capitalised place: talks held at a place are in person.</summary>
    public Regex LocationBefore => _locationBefore.Value;

    public IReadOnlySet<string> ReportingTitles { get; }

    public IReadOnlySet<string> ReportingVerbs { get; }

    public IReadOnlySet<string> GroupNouns { get; }

    public IReadOnlySet<string> CounterpartWords { get; }

    public IReadOnlySet<string> ProxyNouns { get; }

    public IReadOnlySet<string> NameParticles { get; }

    public IReadOnlySet<string> NameSuffixes { get; }

    public IReadOnlySet<string> Honorifics { get; }

    public IReadOnlySet<string> NotNameWords { get; }

    /// <summary>Nouns that make the capitalised words before them a place ("the Hoa Lo prison"), not a name.</summary>
    internal WordSet PlaceNounWords { get; }

    // The same sets looked up by a word of the sentence in place, without copying it out.
    internal WordSet NameParticleWords { get; }

    internal WordSet NameSuffixWords { get; }

    internal WordSet HonorificWords { get; }

    internal WordSet NotNameWordSpans { get; }

    /// <summary>Words that make talks diplomatic whoever holds them ("held bilateral talks", "his counterpart").</summary>
    public Regex DiplomaticWords => _diplomaticWords.Value;

    private static LazyRegex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);
}
