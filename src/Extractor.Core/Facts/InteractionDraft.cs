namespace Extractor.Core.Facts;

/// <summary>An interaction being assembled from the sentences that report it.</summary>
internal sealed class InteractionDraft(int firstSentence)
{
    public int FirstSentence { get; } = firstSentence;

    public List<Party> Parties { get; } = [];

    public List<Cue> Cues { get; } = [];

    /// <summary>The cues by the sentence they were found in (the headline last), in reading order.</summary>
    public List<List<Cue>> CueGroups { get; } = [];

    /// <summary>For each cue group, whether its sentence puts the talks at a place.</summary>
    public List<bool> GroupAtPlace { get; } = [];

    public SortedSet<int> Sentences { get; } = [];

    public DateOnly? Date { get; set; }

    public Party? Find(Party party) => Parties.FirstOrDefault(p => p.SameAs(party));
}
