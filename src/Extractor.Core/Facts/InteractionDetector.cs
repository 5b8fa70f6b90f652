using System.Text.RegularExpressions;

namespace Extractor.Core.Facts;

/// <summary>
/// Finds the words that report an interaction in a sentence, and drops those that report a plan
/// ("will visit", "agreed to meet") or a denial ("did not meet").
/// </summary>
public sealed partial class InteractionDetector(FactCues cues)
{
    private readonly CueNeeds _needs = new(cues.Cues);

    // Read for every sentence of every page: an array, not the list's interface.
    private readonly CueDefinition[] _definitions = [.. cues.Cues];

    public IReadOnlyList<Cue> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var present = _needs.IsUsable ? _needs.Present(sentence) : 0;
        if (_needs.IsUsable && present == 0)
        {
            return []; // no needed word, so no cue: most sentences
        }

        var found = new List<Cue>();
        var lower = _needs.IsUsable ? null : sentence.ToLowerInvariant();
        for (var k = 0; k < _definitions.Length; k++)
        {
            var definition = _definitions[k];
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

                if (IsPlanOrDenial(sentence, m.Index, m.Index + m.Length)
                    || !definition.IsVerb && (IsPurpose(sentence, m.Index) || cues.PlanLaterInClause.IsMatch(sentence[(m.Index + m.Length)..])))
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

    // "Moon arrived in Washington on Monday for talks with Trump": talks still to come.
    private bool IsPurpose(string sentence, int start)
    {
        var before = sentence[..start];
        var cut = before.LastIndexOfAny([',', ';', ':', '(']);
        var clause = cut >= 0 ? before[(cut + 1)..] : before;
        return cues.PurposeBefore.IsMatch(clause) && cues.PurposeAfterMotion.IsMatch(clause);
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
            if (m.Value.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                if (ToGovernsCue(words, cues.ArrangingVerbs))
                {
                    return true;
                }

                continue;
            }

            // A verb of intent governs the cue through "to" after it or right before it ("agreed to meet", "a planned
            // visit"); "agreed over the phone with his counterpart to maintain ..." reports the call.
            if (cues.PlanIntentVerbs.Contains(m.Value) && !IntentGovernsCue(window, m, PrepositionStartPattern().IsMatch(sentence[start..end])))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    // Right before the cue only as a modifier of a noun ("a planned visit"), not of a phrase ("agreed over the phone").
    private static bool IntentGovernsCue(string window, Match intent, bool cueIsPhrase)
    {
        var rest = window[(intent.Index + intent.Length)..];
        return rest.Trim().Length == 0 && !cueIsPhrase || ToWordPattern().IsMatch(rest);
    }

    [GeneratedRegex(@"\bto\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToWordPattern();

    [GeneratedRegex(@"^(?:over|by|on|via|through|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionStartPattern();

    // "to meet", "to hold talks", "to pay a visit" are plans, and so is "to hold a summit": the last "to" of the window
    // counts when the cue follows it directly or after a verb of arranging and a few words; "led a delegation to
    // continue discussions" is not.
    private static bool ToGovernsCue(List<string> words, IReadOnlySet<string> arranging)
    {
        for (var k = words.Count - 1; k >= Math.Max(0, words.Count - 5); k--)
        {
            if (words[k].Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return k == words.Count - 1 || arranging.Contains(words[k + 1]);
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}'’]+")]
    private static partial Regex WordPattern();
}
