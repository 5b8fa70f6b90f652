namespace Extractor.Core.Facts;

/// <summary>An interaction being assembled from the sentences that report it.</summary>
internal sealed class InteractionDraft(int firstSentence)
{
    public int FirstSentence { get; } = firstSentence;

    public List<Party> Parties { get; } = [];

    public List<Cue> Cues { get; } = [];

    public SortedSet<int> Sentences { get; } = [];

    public DateOnly? Date { get; set; }

    public bool HeldAtPlace { get; set; }

    public Party? Find(Party party) => Parties.FirstOrDefault(p => p.SameAs(party));
}
