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
    /// <param name="set">The files as read.</param>
    /// <param name="nameOf">The name an error gives a file.</param>
    /// <param name="isUsers">Whether a file is the user's, not built in: the built-in cue patterns are checked by the tests
    /// (<see cref="CheckPatterns"/>), not built once more at every start.</param>
    public static void Check(LexiconSet set, Func<string, string> nameOf, Func<string, bool> isUsers)
    {
        CheckCues(set.CuesData, nameOf(LexiconSet.CuesPath), isUsers(LexiconSet.CuesPath));
        CheckOrganizations(set.OrganizationsData, set.CountriesData, nameOf(LexiconSet.OrganizationsPath));
        CheckTags(set.HtmlBoilerplateData, nameOf(LexiconSet.HtmlBoilerplatePath));
        CheckEventCodes(set.EventCodesData, set.CuesData, nameOf(LexiconSet.EventCodesPath));
        CheckRelativeTime(set.TextBoilerplateData, nameOf(LexiconSet.TextBoilerplatePath));
        CheckCredits(set.AgenciesData.Credits, nameOf(LexiconSet.AgenciesPath));
        CheckBylines(set.BylinesData, nameOf(LexiconSet.BylinesPath));
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

    /// <summary>
    /// The credit grammar joins these words into its patterns: each entry is words of letters
    /// separated by single spaces (a tail opener may end in the colon it requires), and the
    /// lists a credit cannot be read without are not empty.
    /// </summary>
    private static void CheckCredits(AgencyCreditWords credits, string file)
    {
        foreach (var (key, words) in new[]
        {
            ("credits.lineOpeners", credits.LineOpeners), ("credits.contributed", credits.Contributed), ("credits.reportedBy", credits.ReportedBy),
            ("credits.tailOpeners", credits.TailOpeners), ("credits.leadingWords", credits.LeadingWords), ("credits.labels", credits.Labels),
            ("credits.labelFollowers", credits.LabelFollowers), ("credits.mediaWords", credits.MediaWords), ("credits.joinWords", credits.JoinWords),
        })
        {
            if (words.Count == 0)
            {
                throw new LexiconException(file, key, "lists no word; the credit grammar needs at least one");
            }

            CheckWords(file, key, words, key == "credits.tailOpeners" ? ":" : "");
        }
    }

    /// <summary>
    /// The byline grammar's words: name particles are lower case (a capitalised one is a name word
    /// already, and the name pattern tells the two apart by case); a relative time has units only
    /// with the word after them, and the reverse.
    /// </summary>
    private static void CheckBylines(BylinesFile bylines, string file)
    {
        CheckWords(file, "nameParticles", bylines.NameParticles, "");
        if (bylines.NameParticles.FirstOrDefault(p => !string.Equals(p, p.ToLowerInvariant(), StringComparison.Ordinal)) is { } upper)
        {
            throw new LexiconException(file, $"nameParticles \"{upper}\"", "not lower case: the name pattern reads capitalised words as names");
        }

        CheckWords(file, "notNameOpeners", bylines.NotNameOpeners, "");
        CheckWords(file, "relativeTime.units", bylines.RelativeTime.Units, "");
        CheckWords(file, "relativeTime.after", bylines.RelativeTime.After, "");
        if ((bylines.RelativeTime.Units.Count == 0) != (bylines.RelativeTime.After.Count == 0))
        {
            throw new LexiconException(file, "relativeTime", "units and after are given together or not at all");
        }

        CheckWords(file, "trailingConnectors", bylines.TrailingConnectors, "");
        CheckWords(file, "titleJoinWords", bylines.TitleJoinWords, "&");
    }

    /// <summary>Each entry: words of letters (and <paramref name="marks"/>), one space between words, none empty or given twice.</summary>
    private static void CheckWords(string file, string key, IReadOnlyList<string> words, string marks)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            var entry = $"{key} \"{word}\"";
            if (string.IsNullOrWhiteSpace(word) || !seen.Add(word))
            {
                throw new LexiconException(file, entry, "empty or given twice");
            }

            if (word != word.Trim() || word.Contains("  ", StringComparison.Ordinal)
                || !word.All(c => char.IsLetter(c) || c == ' ' || marks.Contains(c, StringComparison.Ordinal))
                || (marks == ":" && word.IndexOf(':', StringComparison.Ordinal) is var colon && colon >= 0 && colon != word.Length - 1))
            {
                throw new LexiconException(file, entry, marks.Length == 0
                    ? "not words of letters with one space between them"
                    : $"not words of letters with one space between them (and '{marks}'{(marks == ":" ? " only at the end" : "")})");
            }
        }
    }

    private static void CheckCues(CuesFile cues, string file, bool checkPatterns)
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

            if (checkPatterns)
            {
                CheckPattern(file, entry, cue.Pattern);
            }

            CheckNeeds(file, entry, cue);
        }

        if (checkPatterns)
        {
            foreach (var (key, pattern) in NamedPatterns(cues))
            {
                CheckPattern(file, key, pattern);
            }
        }
    }

    /// <summary>Every pattern of <c>cues.json</c> is a .NET regular expression (the load's check of a user's file; the tests', of the built-in one).</summary>
    internal static void CheckPatterns(CuesFile cues, string file)
    {
        for (var i = 0; i < cues.Cues.Count; i++)
        {
            CheckPattern(file, $"cues[{i}] (\"{Shorten(cues.Cues[i].Pattern)}\")", cues.Cues[i].Pattern);
        }

        foreach (var (key, pattern) in NamedPatterns(cues))
        {
            CheckPattern(file, key, pattern);
        }
    }

    private static (string Key, string Pattern)[] NamedPatterns(CuesFile cues) =>
    [
        ("planBefore", cues.PlanBefore), ("negationBefore", cues.NegationBefore), ("planAfter", cues.PlanAfter),
        ("futureClause", cues.FutureClause), ("spanEnd", cues.SpanEnd), ("internalMeetingBefore", cues.InternalMeetingBefore),
        ("locationBeforePlace", cues.LocationBeforePlace), ("purposeBefore", cues.PurposeBefore),
        ("purposeAfterMotion", cues.PurposeAfterMotion), ("planLaterInClause", cues.PlanLaterInClause),
        ("captionSentence", cues.CaptionSentence),
    ];

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
