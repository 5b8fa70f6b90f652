using System.Text.RegularExpressions;
using Extractor.Core.Model;

namespace Extractor.Core.Lexicons;

/// <summary>
/// The checks a lexicon set passes when it is loaded, where one file's entry names something that
/// must exist elsewhere (a cue's medium, an organisation's country) or that code relies on (the
/// media code gives itself, a cue's needed words). A failure names the file, the entry and what is
/// wrong; the first one found is reported.
/// </summary>
internal static class LexiconChecks
{
    public static void Check(LexiconSet set, Func<string, string> nameOf)
    {
        CheckCues(set.CuesData, nameOf(LexiconSet.CuesPath));
        CheckOrganizations(set.OrganizationsData, set.CountriesData, nameOf(LexiconSet.OrganizationsPath));
        CheckTags(set.HtmlBoilerplateData, nameOf(LexiconSet.HtmlBoilerplatePath));
        CheckEventCodes(set.EventCodesData, set.CuesData, nameOf(LexiconSet.EventCodesPath));
        CheckRelativeTime(set.TextBoilerplateData, nameOf(LexiconSet.TextBoilerplatePath));
    }

    /// <summary>A byline clock needs a unit and a marker on one side of it ("ago", "vor"), or it would match any count.</summary>
    private static void CheckRelativeTime(TextBoilerplateFile text, string file)
    {
        if (!text.RelativeTimeUnits.Any(u => !string.IsNullOrWhiteSpace(u)))
        {
            throw new LexiconException(file, "relativeTimeUnits", "lists no unit");
        }

        if (!text.RelativeTimeAfter.Concat(text.RelativeTimeBefore).Any(u => !string.IsNullOrWhiteSpace(u)))
        {
            throw new LexiconException(file, "relativeTimeAfter", "neither it nor relativeTimeBefore lists a marker");
        }
    }

    /// <summary>
    /// Each medium with its own codes is a medium of <c>cues.json</c> (else its codes would never be
    /// given) and not in-person (whose codes come from the evidence), named once, with a CAMEO code and
    /// PLOVER mode of the record schema; every phrase list holds phrases.
    /// </summary>
    private static void CheckEventCodes(EventCodesFile codes, CuesFile cues, string file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < codes.MediumCodes.Count; i++)
        {
            var entry = codes.MediumCodes[i];
            var at = $"mediumCodes[{i}] (\"{entry.Medium}\")";
            if (!cues.Media.Contains(entry.Medium, StringComparer.Ordinal))
            {
                throw new LexiconException(file, at, $"medium \"{entry.Medium}\" is not in cues.json's media ({string.Join(", ", cues.Media)})");
            }

            if (entry.Medium == Media.InPerson)
            {
                throw new LexiconException(file, at, "an in-person meeting is coded from its evidence (a visit made or hosted, a third place), not by its medium");
            }

            if (!seen.Add(entry.Medium))
            {
                throw new LexiconException(file, at, "medium given twice");
            }

            if (!EventCodes.Cameos.Contains(entry.Cameo, StringComparer.Ordinal))
            {
                throw new LexiconException(file, at, $"cameo \"{entry.Cameo}\" is not one of {string.Join(", ", EventCodes.Cameos)}");
            }

            if (entry.Mode is { } mode && !EventCodes.Modes.Contains(mode, StringComparer.Ordinal))
            {
                throw new LexiconException(file, at, $"mode \"{mode}\" is not one of {string.Join(", ", EventCodes.Modes)} (or null)");
            }
        }

        foreach (var (key, list) in new[] { ("visitor", codes.Visitor), ("host", codes.Host), ("thirdPlace", codes.ThirdPlace), ("placeBefore", codes.PlaceBefore) })
        {
            if (list.Count == 0)
            {
                throw new LexiconException(file, key, "lists no phrase");
            }

            if (list.FirstOrDefault(string.IsNullOrWhiteSpace) is { } blank)
            {
                throw new LexiconException(file, $"{key} \"{blank}\"", "an empty phrase");
            }
        }

        // The word before a place is compared word for word.
        if (codes.PlaceBefore.FirstOrDefault(w => w.Any(char.IsWhiteSpace)) is { } phrase)
        {
            throw new LexiconException(file, $"placeBefore \"{phrase}\"", "not one word");
        }
    }

    private static void CheckCues(CuesFile cues, string file)
    {
        var media = new HashSet<string>(StringComparer.Ordinal);
        foreach (var medium in cues.Media)
        {
            if (string.IsNullOrWhiteSpace(medium) || !media.Add(medium))
            {
                throw new LexiconException(file, $"media \"{medium}\"", "empty or given twice");
            }
        }

        // The two media the code gives itself: talks held at a place, and talks with no word on how.
        foreach (var needed in new[] { Media.InPerson, Media.Unspecified })
        {
            if (!media.Contains(needed))
            {
                throw new LexiconException(file, "media", $"\"{needed}\" must be listed (the fact stage gives it without a cue)");
            }
        }

        for (var i = 0; i < cues.Cues.Count; i++)
        {
            var cue = cues.Cues[i];
            var entry = $"cues[{i}] (\"{Shorten(cue.Pattern)}\")";
            if (!media.Contains(cue.Medium))
            {
                throw new LexiconException(file, entry, $"medium \"{cue.Medium}\" is not in media ({string.Join(", ", cues.Media)})");
            }

            if (cue.Kind is not ("verb" or "noun"))
            {
                throw new LexiconException(file, entry, $"kind \"{cue.Kind}\" is neither verb nor noun");
            }

            CheckPattern(file, entry, cue.Pattern);
            CheckNeeds(file, entry, cue);
        }

        foreach (var (key, pattern) in new[]
        {
            ("planBefore", cues.PlanBefore), ("negationBefore", cues.NegationBefore), ("planAfter", cues.PlanAfter),
            ("futureClause", cues.FutureClause), ("spanEnd", cues.SpanEnd), ("internalMeetingBefore", cues.InternalMeetingBefore),
            ("locationBeforePlace", cues.LocationBeforePlace), ("purposeBefore", cues.PurposeBefore),
            ("purposeAfterMotion", cues.PurposeAfterMotion), ("planLaterInClause", cues.PlanLaterInClause),
            ("captionSentence", cues.CaptionSentence),
        })
        {
            CheckPattern(file, key, pattern);
        }
    }

    /// <summary>
    /// A cue's pattern runs only on sentences holding one of its needed words, so every match must
    /// hold one: each word is lower case and written in the pattern, and each branch of the
    /// pattern's top-level alternation writes one of them.
    /// </summary>
    private static void CheckNeeds(string file, string entry, CueEntry cue)
    {
        if (cue.Needs.Count == 0)
        {
            throw new LexiconException(file, entry, "needs lists no word; the pattern would never be tried");
        }

        var text = cue.Pattern.ToLowerInvariant();
        foreach (var need in cue.Needs)
        {
            if (need.Length == 0 || !string.Equals(need, need.ToLowerInvariant(), StringComparison.Ordinal) || need.Any(char.IsWhiteSpace))
            {
                throw new LexiconException(file, entry, $"needs word \"{need}\" is not one lower-case word");
            }

            if (!text.Contains(need, StringComparison.Ordinal))
            {
                throw new LexiconException(file, entry, $"needs word \"{need}\" is not in the pattern, so the pattern cannot match it");
            }
        }

        foreach (var branch in PatternBranches.TopLevel(text))
        {
            if (!cue.Needs.Any(n => branch.Contains(n, StringComparison.Ordinal)))
            {
                throw new LexiconException(file, entry, $"the branch \"{Shorten(branch)}\" holds none of the needed words ({string.Join(", ", cue.Needs)}), so its matches would be missed");
            }
        }
    }

    private static void CheckPattern(string file, string entry, string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new LexiconException(file, entry, $"not a valid .NET regular expression ({e.Message})", e);
        }
    }

    private static void CheckOrganizations(OrganizationsFile organizations, CountriesFile countries, string file)
    {
        var codes = countries.Countries.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var organization in organizations.Organizations)
        {
            if (organization.Country is { } code && !codes.Contains(code))
            {
                throw new LexiconException(file, $"\"{organization.Name}\"", $"country \"{code}\" is no code of countries.json");
            }

            foreach (var member in organization.Members.Where(m => !codes.Contains(m)))
            {
                throw new LexiconException(file, $"\"{organization.Name}\"", $"member \"{member}\" is no code of countries.json");
            }

            if (organization.Members.Count > 0 && !organization.International)
            {
                throw new LexiconException(file, $"\"{organization.Name}\"", "only an international body has members");
            }

            if (organization.Country is not null && organization.International)
            {
                throw new LexiconException(file, $"\"{organization.Name}\"", "an international body has no country");
            }
        }
    }

    private static void CheckTags(HtmlBoilerplateFile boilerplate, string file)
    {
        var removed = boilerplate.RemovedTags.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in boilerplate.StrippedTags)
        {
            if (tag.Length == 0 || !tag.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'))
            {
                throw new LexiconException(file, $"strippedTags \"{tag}\"", "not a lower-case tag name");
            }

            if (!removed.Contains(tag))
            {
                throw new LexiconException(file, $"strippedTags \"{tag}\"", "not in removedTags: a tag cut out before parsing must be one the cleaner removes");
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
