using System.Text.RegularExpressions;

namespace Extractor.Core.Facts;

/// <summary>
/// Finds the words that report an interaction in a sentence, and drops those that report a plan
/// ("will visit", "agreed to meet") or a denial ("did not meet").
/// </summary>
public sealed partial class InteractionDetector(FactCues cues)
{
    private readonly CueNeeds _needs = new(cues.Cues);

    public IReadOnlyList<Cue> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<Cue>();
        var present = _needs.IsUsable ? _needs.Present(sentence) : 0;
        var lower = _needs.IsUsable ? null : sentence.ToLowerInvariant();
        for (var k = 0; k < cues.Cues.Count; k++)
        {
            var definition = cues.Cues[k];
            if (lower is null ? !_needs.Holds(present, k) : !ContainsAny(lower, definition.Needs))
            {
                continue;
            }

            foreach (Match m in definition.Pattern.Matches(sentence))
            {
                // Earlier (more specific) patterns win where cues overlap: "virtual meeting" is one video cue.
                if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
                {
                    continue;
                }

                if (IsPlanOrDenial(sentence, m.Index, m.Index + m.Length))
                {
                    continue;
                }

                found.Add(new Cue(m.Index, m.Length, m.Value, definition));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static bool ContainsAny(string lower, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPlanOrDenial(string sentence, int start, int end)
    {
        if (cues.PlanAfter.IsMatch(sentence[end..]))
        {
            return true;
        }

        // Look back over the same clause only, a few words.
        var before = sentence[..start];
        var cut = Math.Max(before.LastIndexOfAny([',', ';', ':', '(', '"', '“', '”']), before.LastIndexOf(" -- ", StringComparison.Ordinal));
        var clause = cut >= 0 ? before[(cut + 1)..] : before;
        var words = WordPattern().Matches(clause).Select(m => m.Value).ToList();
        var window = string.Join(' ', words.TakeLast(5));
        var near = string.Join(' ', words.TakeLast(2));

        // "in an Oct. 21 cabinet meeting", "the board meetings": a body meeting itself, not talks between parties.
        if (words.Count > 0 && cues.InternalMeetingBefore.IsMatch(words[^1]))
        {
            return true;
        }

        if (cues.NegationBefore.IsMatch(window) || cues.FutureClause.IsMatch(clause))
        {
            return true;
        }

        foreach (Match m in cues.PlanBefore.Matches(window))
        {
            // "to" marks a plan only right before the cue ("to meet", "to hold talks"), not in "held talks to".
            if (!m.Value.Equals("to", StringComparison.OrdinalIgnoreCase) || near.Contains(m.Value, StringComparison.OrdinalIgnoreCase) && ToGovernsCue(words, cues.ArrangingVerbs))
            {
                return true;
            }
        }

        return false;
    }

    // "to meet", "to hold talks", "to pay a visit" are plans; "led a delegation to continue discussions" is not.
    private static bool ToGovernsCue(List<string> words, IReadOnlySet<string> arranging) =>
        words.Count >= 1 && words[^1].Equals("to", StringComparison.OrdinalIgnoreCase)
        || words.Count >= 2 && words[^2].Equals("to", StringComparison.OrdinalIgnoreCase) && arranging.Contains(words[^1])
        || words.Count >= 3 && words[^3].Equals("to", StringComparison.OrdinalIgnoreCase) && arranging.Contains(words[^2]);

    [GeneratedRegex(@"[\p{L}'’]+")]
    private static partial Regex WordPattern();
}
