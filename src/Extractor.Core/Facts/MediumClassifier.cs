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
    private static readonly string[] Precedence = [Media.Video, Media.Phone, Media.InPerson, Media.Written];

    /// <param name="cueGroups">The cues of each sentence that reports the interaction, the first report first.</param>
    /// <param name="heldAtPlace">The talks are said to be held at a place.</param>
    public static string Classify(IEnumerable<IEnumerable<Cue>> cueGroups, bool heldAtPlace)
    {
        ArgumentNullException.ThrowIfNull(cueGroups);

        // The first sentence that says how wins: a later mention of an earlier video call does not make
        // today's phone call a video one.
        foreach (var group in cueGroups)
        {
            var media = group.Select(c => c.Medium).ToHashSet(StringComparer.Ordinal);
            foreach (var medium in Precedence)
            {
                if (media.Contains(medium))
                {
                    return medium;
                }
            }
        }

        return heldAtPlace ? Media.InPerson : Media.Unspecified;
    }
}
