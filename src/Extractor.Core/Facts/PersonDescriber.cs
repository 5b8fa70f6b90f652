using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;
using static Extractor.Core.Facts.Apposition;
using static Extractor.Core.Facts.CounterpartPhrase;
using static Extractor.Core.Facts.Honorifics;
using static Extractor.Core.Facts.TextAround;

namespace Extractor.Core.Facts;

/// <summary>
/// Describes the person a name run stands for, from the words around it: on the left
/// <c>[Country|Demonym|Org] [(ABBR)] Title [of [the] Country] [honorific] NAME</c> or a counterpart phrase, on the right
/// <c>of [the] Country|Org</c> or an apposition <c>, [the] [Country's] title ...,</c>. Marks the titles and countries it
/// uses so that they do not stand for parties of their own.
/// </summary>
internal sealed partial class PersonDescriber(FactCues cues)
{
    internal PartyMention? Describe(SentenceContext context, List<NameToken> run, HashSet<TitleMention> usedTitles, HashSet<CountryMention> usedCountries)
    {
        var text = context.Text;
        var start = run[0].Start;
        var end = run[^1].End;
        var possessive = EndsInPossessive(text, end);
        var nameText = StripPossessive(text[start..end]);

        // ", Jr." after the name belongs to it.
        var jr = SuffixPattern().Match(text, end);
        if (jr.Success && jr.Index == end)
        {
            nameText += jr.Value;
            end += jr.Length;
        }

        var nameTokens = new List<string>(run.Count);
        foreach (var t in run)
        {
            var bare = StripPossessive(t.Span);
            if (!t.IsInitial && !t.IsBareInitial && !cues.NameSuffixWords.Contains(bare.TrimEnd('.')) && !char.IsLower(t.Sentence[t.Start]))
            {
                nameTokens.Add(bare.ToString());
            }
            else if (JoinedParticleName(bare) is { } joined)
            {
                // "Abdel-Fattah al-Sisi": the name after a joined lower-case particle is a name word ("President Sisi").
                nameTokens.Add(joined);
            }
        }

        if (nameTokens.Count == 0)
        {
            return null;
        }

        string? title = null;
        Country? country = null;
        string? organization = null;
        var international = false;
        var counterpart = false;
        var left = start;

        // Left: [Country|Demonym|Org] [(ABBR)] Title [of [the] Country] [honorific] NAME
        left = BackOverHonorifics(cues, text, left);
        left = RoleBeforeComma(context, left, usedTitles);
        var ofCountry = context.CountryEndingAt(left, out var ofStart);
        if (ofCountry is not null && OfBefore(text, ofStart, out var ofWordStart) && context.TitleEndingAt(ofWordStart) is not null)
        {
            country = ofCountry.Country;
            usedCountries.Add(ofCountry);
            left = ofWordStart;
        }

        var titleMention = context.TitleEndingAt(left);
        if (titleMention is not null)
        {
            var chainStart = titleMention.Start;
            var chainTitle = titleMention.Title;
            usedTitles.Add(titleMention);

            // "State Councilor and Foreign Minister Wang Yi": titles joined by "and" are one role.
            while (context.TitleEndingAt(AndBefore(text, chainStart)) is { } previous && AndBefore(text, chainStart) != chainStart)
            {
                usedTitles.Add(previous);
                chainTitle = text[previous.Start..(titleMention.Start + titleMention.Length)];
                chainStart = previous.Start;
            }

            // "Special Representative for the DPRK Ambassador Sung Kim": the first of adjacent titles is the role.
            while (context.TitleEndingAt(chainStart) is { } adjacent)
            {
                usedTitles.Add(adjacent);
                chainTitle = adjacent.Title;
                chainStart = adjacent.Start;
            }

            title = Clean(chainTitle);
            left = chainStart;
        }

        // "North Korean leader Kim Jong Un", "South Korea's top nuclear envoy Kim Gunn": a role the lexicon
        // does not know, in lower case between the country and the name.
        if (titleMention is null && title is null && country is null)
        {
            var role = LowerRoleBefore(text, BackOverSpace(text, left));
            if (role.Success && context.Countries.LastOrDefault(c => c.End == role.Index || c.End == role.Index - 1) is { } rc && !IsPortfolio(text, rc.Start))
            {
                title = role.Groups["role"].Value.Trim();
                country = rc.Country;
                usedCountries.Add(rc);
                left = rc.Start;
            }
        }

        if (CounterpartBefore(cues, text, left, out var cpStart))
        {
            counterpart = true;
            left = cpStart;
        }

        left = SkipParenthesis(text, left);
        if (context.OrganizationEndingAt(left) is { } org)
        {
            organization = org.Name;
            international = org.IsInternational;
            country ??= org.Country;
            left = org.Start;
            left = SkipParenthesis(text, left);
        }

        if (context.CountryEndingAt(left, out _) is { } before && (titleMention is not null || counterpart || organization is not null))
        {
            // The country right before a title is the person's own, even after "to" ("a letter to Chinese President Xi"),
            // but not the end of a role ("Special Representative for the DPRK Ambassador Sung Kim").
            if (country is null && !IsPortfolio(text, before.Start, toCounts: false))
            {
                country = before.Country;
            }

            usedCountries.Add(before);
        }

        // "China's Liu Xiaoming": a country's possessive right before the name is the person's country.
        if (country is null && titleMention is null && !counterpart && organization is null && PossessiveCountryBefore(context, left) is { } owner)
        {
            country = owner.Country;
            usedCountries.Add(owner);
            left = owner.Start;
        }

        // "his South Korean counterpart Chung": the demonym sits inside the counterpart phrase.
        if (counterpart && country is null && CounterpartCountry(context, left, start) is { } cc)
        {
            country = cc.Country;
            usedCountries.Add(cc);
        }

        // "his U.S. and Japanese counterparts, Jake Sullivan and Shigeru Kitamura": a later name of the list takes the
        // phrase's country of the same rank.
        if (country is null && titleMention is null && !counterpart && organization is null && ListedCounterpartCountry(context, left) is { } listed)
        {
            country = listed.Country;
            usedCountries.Add(listed);
        }

        // Right: NAME of [the] Country|Org
        var right = end;
        var of = OfAfterPattern().Match(text, right);
        if (of.Success && of.Index == right)
        {
            var at = of.Index + of.Length;
            var c = context.Countries.FirstOrDefault(x => x.Start == at || x.Start == at - 4 && text[x.Start..at].StartsWith("the", StringComparison.OrdinalIgnoreCase));
            var o = context.Organizations.FirstOrDefault(x => x.Start == at);
            if (o is not null)
            {
                organization ??= o.Name;
                international |= o.IsInternational;
                country ??= o.Country;
            }
            else if (c is not null)
            {
                country ??= c.Country;
                usedCountries.Add(c);
            }
        }

        // Right: NAME, [the] [Country's] title ...,
        var apposition = AppositionPattern().Match(text, end);
        if (apposition.Success && apposition.Index == end)
        {
            var segStart = apposition.Groups["seg"].Index;
            var segEnd = segStart + apposition.Groups["seg"].Length;
            var firstTitle = context.Titles.FirstOrDefault(x => x.Start >= segStart && x.Start < segEnd);
            var lead = firstTitle is null ? null : text[segStart..firstTitle.Start];

            // "Takehiro Funakoshi, the head of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau,":
            // a role the lexicon does not know, told by the body it belongs to.
            var segment = text[segStart..segEnd];
            if (firstTitle is null && title is null && RoleNounPattern().IsMatch(segment)
                && (context.Countries.Any(x => x.Start >= segStart && x.Start < segEnd) || context.Organizations.Any(x => x.Start >= segStart && x.Start < segEnd)))
            {
                firstTitle = new TitleMention(segStart + RoleNounPattern().Match(segment).Groups["role"].Index, 0, "");
                lead = "";
            }

            if (firstTitle is not null && title is null && IsAppositionLead(context, lead!, segStart))
            {
                usedTitles.Add(firstTitle);
                foreach (var extra in context.Titles.Where(x => x.Start > firstTitle.Start && x.Start < segEnd))
                {
                    usedTitles.Add(extra);
                }

                title = Clean(text[firstTitle.Start..segEnd]);
                end = segEnd;
                // "general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK": a form
                // that may name either of two countries ("Korea") yields to a plain one in the same role.
                var ambiguousOnly = country is null;
                foreach (var c in context.Countries.Where(x => x.Start >= segStart && x.Start < segEnd))
                {
                    if ((country is null || ambiguousOnly && !c.Ambiguous) && !IsPortfolio(text, c.Start))
                    {
                        country = c.Country;
                        ambiguousOnly = c.Ambiguous;
                    }

                    usedCountries.Add(c);
                }

                foreach (var o in context.Organizations.Where(x => x.Start >= segStart && x.Start < segEnd))
                {
                    organization ??= o.Name;
                    international |= o.IsInternational;
                    country ??= o.Country;
                }
            }
        }

        var isPerson = title is not null || counterpart || nameTokens.Count >= 2 || possessive || run.Count == 1;
        if (!isPerson)
        {
            return null;
        }

        return new PartyMention(left, end, nameText.Trim(), title, international ? null : country, organization, international)
        {
            NameTokens = nameTokens,
            IsCounterpart = counterpart,
            IsPossessive = possessive,
        };
    }

    /// <summary>
    /// "Iran's president-elect, Massoud Pezeshkian", "the US secretary of State, Hillary Clinton": a role set off by a
    /// comma right before the name is the name's own, as an apposition after it is; the left edge moves to the comma so
    /// that the title and its country are read as for a title right before the name. A title an earlier name took as
    /// its apposition ("Wang Yi, foreign minister, and ...") is not taken again.
    /// </summary>
    private static int RoleBeforeComma(SentenceContext context, int left, HashSet<TitleMention> usedTitles)
    {
        var text = context.Text;
        var at = BackOverSpace(text, left);
        if (at == left || at < 2 || text[at - 1] != ',' || context.TitleEndingAt(left) is not null
            || context.CountryEndingAt(left, out _) is not null || context.OrganizationEndingAt(left) is not null)
        {
            return left;
        }

        var comma = at - 1;
        if (context.TitleEndingAt(comma) is { } title && !usedTitles.Contains(title))
        {
            return comma;
        }

        var role = LowerRoleBefore(text, comma);
        return role.Success && context.Countries.Any(c => c.End == role.Index || c.End == role.Index - 1) ? comma : left;
    }

    private static string? JoinedParticleName(ReadOnlySpan<char> token)
    {
        var dash = token.IndexOf('-');
        if (dash is < 1 or > 3 || dash + 2 >= token.Length || !char.IsUpper(token[dash + 1]))
        {
            return null;
        }

        foreach (var c in token[..dash])
        {
            if (!char.IsLower(c))
            {
                return null;
            }
        }

        return token[(dash + 1)..].ToString();
    }

    private static CountryMention? ListedCounterpartCountry(SentenceContext context, int left)
    {
        var text = context.Text;
        var end = BackOverSpace(text, left);
        var from = Math.Max(0, end - 160);
        var m = ListedCounterpartsPattern().Match(text[from..end]);
        if (!m.Success)
        {
            return null;
        }

        var phraseStart = from + m.Groups["phrase"].Index;
        var phraseEnd = phraseStart + m.Groups["phrase"].Length;
        var rank = m.Groups["name"].Captures.Count;
        var inPhrase = context.Countries.Where(c => c.Start >= phraseStart && c.Start < phraseEnd).ToList();
        return rank < inPhrase.Count ? inPhrase[rank] : null;
    }

    [GeneratedRegex(@"(?<phrase>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}\.\-’',]+\s+){1,5}?counterparts)\s*,?\s*(?:(?<name>\p{Lu}[\p{L}\-’'\.]*(?:\s+\p{Lu}[\p{L}\-’'\.]*){0,3})(?:\s*,\s*(?:and\s*)?|\s+and\s*)){0,4}$")]
    private static partial Regex ListedCounterpartsPattern();

    private static CountryMention? PossessiveCountryBefore(SentenceContext context, int left)
    {
        var text = context.Text;
        var at = BackOverSpace(text, left);
        if (at < 3 || text[at - 1] != 's' || text[at - 2] is not ('\'' or '’'))
        {
            return null;
        }

        // The gazetteer's mention may hold the possessive ("China's") or stop before it.
        var country = context.CountryEndingAt(at, out _) ?? context.CountryEndingAt(at - 2, out _);
        return country is { Kind: not MentionKind.Capital } ? country : null;
    }

    // LowerRoleBeforePattern on text[..end]; it can only match when the text ends in one of its role nouns, which
    // a plain comparison tells before the regex walks the whole text.
    private static Match LowerRoleBefore(string text, int end)
    {
        var head = text.AsSpan(0, end);
        if (!head.EndsWith('\n') && !head.EndsWith("leader", StringComparison.Ordinal) && !head.EndsWith("envoy", StringComparison.Ordinal)
            && !head.EndsWith("negotiator", StringComparison.Ordinal) && !head.EndsWith("diplomat", StringComparison.Ordinal)
            && !head.EndsWith("official", StringComparison.Ordinal) && !head.EndsWith("ruler", StringComparison.Ordinal)
            && !head.EndsWith("strongman", StringComparison.Ordinal) && !head.EndsWith("monarch", StringComparison.Ordinal))
        {
            return Match.Empty;
        }

        return LowerRoleBeforePattern().Match(text, 0, end);
    }

    [GeneratedRegex(@"\G,?\s+(?:Jr|Sr)\.?|\G\s+(?:II|III|IV)\b")]
    private static partial Regex SuffixPattern();

    [GeneratedRegex(@"(?<=\s)(?<role>(?:(?:top|chief|senior|nuclear|supreme|de\s+facto|former|new|incoming|outgoing)\s+)*(?:leader|envoy|negotiator|diplomat|official|nuclear\s+envoy|ruler|strongman|monarch))$")]
    private static partial Regex LowerRoleBeforePattern();
}
