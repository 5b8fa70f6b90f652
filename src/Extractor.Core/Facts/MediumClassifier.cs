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

    public static string Classify(IEnumerable<Cue> cues, bool heldAtPlace)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var media = cues.Select(c => c.Medium).ToHashSet(StringComparer.Ordinal);
        foreach (var medium in Precedence)
        {
            if (media.Contains(medium))
            {
                return medium;
            }
        }

        return heldAtPlace ? Media.InPerson : Media.Unspecified;
    }
}
