
namespace Extractor.Core.Facts;

/// <summary>
/// The headline as a fallback source: it names the parties of the main interaction when the body does not, and its
/// cues ("Readout of President Biden's Call with ...") tell how the talks took place.
/// </summary>
internal static class HeadlineFallback
{
    internal static void FillFromHeadline(InteractionDetector detector, CueParties cueParties, List<InteractionDraft> drafts, PersonRegistry registry, string headline, IReadOnlyList<PartyMention> mentions, int index)
    {
        var cues = detector.Find(headline);
        if (cues.Count == 0)
        {
            return;
        }

        var preferred = drafts.SelectMany(d => d.Parties).Select(p => p.Person).OfType<Person>().ToList();
        var parties = PartyResolver.Dedupe(PartyResolver.ToParties(mentions.Where(m => !cueParties.IsReporting(headline, m)).ToList(), registry, index, preferred));
        var main = drafts.FirstOrDefault();
        if (main is null || parties.Count == 0)
        {
            return;
        }

        // The headline names the parties only when the body does not; it still tells how the talks took place
        // ("Readout of President Biden's Call with ...") when it names a party of the main interaction.
        if (main.Parties.Count < 2)
        {
            DraftMerger.Merge(main, parties);
            AddHeadlineCues(main, cues);
        }
        else if (parties.Any(p => !p.IsBody && main.Find(p) is not null))
        {
            AddHeadlineCues(main, cues);
        }
    }

    // A readout's headline ("... Call with ...") tells how the talks went right after the first report does.
    private static void AddHeadlineCues(InteractionDraft main, IReadOnlyList<Cue> cues)
    {
        main.Cues.AddRange(cues);
        var at = Math.Min(1, main.CueGroups.Count);
        main.CueGroups.Insert(at, [.. cues]);
        main.GroupAtPlace.Insert(at, false);
    }
}
