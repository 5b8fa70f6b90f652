using Extractor.Core.Model;

namespace Extractor.Core.Facts;

/// <summary>
/// The medium of an interaction from the cues that report it (SPEC §5). The most specific word
/// wins: a video word over a phone word over an in-person word over a written one ("a virtual
/// meeting" is video; a call readout that says the Secretary "congratulated" is still a call).
/// Talks with no word on how are in person when held at a place ("held talks in Beijing").
/// </summary>
public static class MediumClassifier
{
    /// <param name="media">The media in the order they win (<c>cues.json</c>); <see cref="Media.Unspecified"/> is the fallback, not a rank.</param>
    /// <param name="cueGroups">The cues of each sentence that reports the interaction, in the order they count, and whether that sentence puts the talks at a place.</param>
    public static string Classify(IReadOnlyList<string> media, IEnumerable<(IReadOnlyList<Cue> Cues, bool AtPlace)> cueGroups)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(cueGroups);
        var groups = cueGroups.ToList();

        // The first sentence that says how wins: a later mention of an earlier video call does not make
        // today's phone call a video one. Congratulations and condolences say "written" only when
        // nothing else says anything.
        foreach (var includeWeak in new[] { false, true })
        {
            foreach (var (cues, atPlace) in groups)
            {
                var said = cues.Where(c => includeWeak || !c.Definition.IsWeak).Select(c => c.Medium).ToHashSet(StringComparer.Ordinal);
                foreach (var medium in media)
                {
                    if (medium != Media.Unspecified && said.Contains(medium))
                    {
                        return medium;
                    }
                }

                if (atPlace && said.Contains(Media.Unspecified))
                {
                    return Media.InPerson;
                }
            }
        }

        return Media.Unspecified;
    }
}
