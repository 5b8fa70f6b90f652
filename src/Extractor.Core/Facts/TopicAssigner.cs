using System.Text;

namespace Extractor.Core.Facts;

/// <summary>
/// The topics of an interaction (SPEC §6): lexicon labels found in the sentences that say what
/// the talks were about or why. The cue words themselves and the participants' titles are blanked
/// first: "phone talks" is not talk of dialogue, a "special representative for ... peace and
/// security affairs" does not make the call about peace.
/// </summary>
public sealed class TopicAssigner(TopicLexicon lexicon)
{
    public IReadOnlyList<string> Assign(IEnumerable<(string Text, IEnumerable<(int Start, int Length)> Masks)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, masks) in sentences)
        {
            var masked = new StringBuilder(text);
            foreach (var (start, length) in masks)
            {
                for (var i = Math.Max(0, start); i < Math.Min(text.Length, start + length); i++)
                {
                    masked[i] = ' ';
                }
            }

            labels.UnionWith(lexicon.Match(masked.ToString()));
        }

        return lexicon.Labels.Where(labels.Contains).ToArray();
    }
}
