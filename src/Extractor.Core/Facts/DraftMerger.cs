
namespace Extractor.Core.Facts;

/// <summary>
/// Merging parties into the interaction drafts: which draft a sentence's parties belong to, and how they join it
/// (a person takes the body of their country left unfilled; a later country mention adds no third party).
/// </summary>
internal static class DraftMerger
{
    // The draft these parties belong to: one that holds them all, or has a free place for each.
    internal static InteractionDraft? Match(List<InteractionDraft> drafts, List<Party> parties)
    {
        if (parties.Count == 0)
        {
            return drafts.Count > 0 ? drafts[^1] : null;
        }

        foreach (var d in drafts)
        {
            var shared = parties.Count(p => Fits(d, p));
            var strangers = parties.Where(p => !Fits(d, p)).ToList();

            // A person of unknown country fits a body left unfilled ("South Korea and Russia" then "Noh ... spoke with Morgulov").
            var freeSlots = d.Parties.Count(x => x.IsBody && x.Country is not null) - parties.Count(p => SlotFor(d, p) is not null);
            var countryless = strangers.Count(p => !p.IsBody && p.EffectiveCountry is null);
            var unplaced = strangers.Count - Math.Min(countryless, Math.Max(0, freeSlots));
            if (shared > 0 && (unplaced == 0 || d.Parties.Count < 2))
            {
                return d;
            }
        }

        return null;
    }

    // A party already there, a person for a body left unfilled, or a body of a country already there
    // ("congratulated the Czech Republic" after meeting its Prime Minister).
    private static bool Fits(InteractionDraft d, Party p) =>
        d.Find(p) is not null || SlotFor(d, p) is not null
        || p.IsBody && p.Country is not null && d.Parties.Any(x => x.EffectiveCountry?.Code == p.Country.Code || !x.IsBody && x.EffectiveCountry is null);

    private static Party? SlotFor(InteractionDraft d, Party p)
    {
        if (p.IsBody || d.Find(p) is not null)
        {
            return null;
        }

        var code = p.EffectiveCountry?.Code;
        var free = d.Parties.Where(x => x.IsBody && x.Country is not null).ToList();
        if (code is not null)
        {
            return free.FirstOrDefault(x => x.Country!.Code == code);
        }

        return null;
    }

    internal static void Merge(InteractionDraft d, List<Party> parties)
    {
        // "Senior diplomats of South Korea and Russia ..." then "Noh Kyu-duk ... spoke with Russian ... Morgulov":
        // the one person whose country is unknown takes the one body left unfilled.
        var countryless = parties.Count(p => !p.IsBody && p.EffectiveCountry is null && d.Find(p) is null);

        // Once two parties are known, a later country mention ("support for a stable Bangladesh") adds no party.
        var settled = d.Parties.Count >= 2;
        foreach (var p in parties)
        {
            if (settled && p.IsBody && SlotFor(d, p) is null)
            {
                continue;
            }

            if (d.Find(p) is not null)
            {
                continue;
            }

            if (SlotFor(d, p) is { } slot)
            {
                slot.Person = p.Person;
                continue;
            }

            if (p.IsBody && p.Country is not null && d.Parties.Any(x => x.EffectiveCountry?.Code == p.Country.Code))
            {
                continue;
            }

            if (!p.IsBody && p.EffectiveCountry is null && countryless == 1)
            {
                var free = d.Parties.Where(x => x.IsBody && x.Country is not null).ToList();
                var stillFree = free.Where(x => !parties.Any(q => q != p && !q.IsBody && q.EffectiveCountry?.Code == x.Country!.Code)).ToList();
                if (stillFree.Count == 1)
                {
                    p.Person!.Country ??= stillFree[0].Country;
                    stillFree[0].Person = p.Person;
                    continue;
                }
            }

            d.Parties.Add(p);
        }
    }
}
