using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Core.Facts;

/// <summary>
/// Finds the people, titles and bodies a sentence names, each with the title, country and
/// organisation the words around it give. Understands the ways reports introduce people:
/// <c>Russian Deputy Foreign Minister Igor Morgulov</c>, <c>Prime Minister of Japan Fumio Kishida</c>,
/// <c>President Felix Tshisekedi of the Democratic Republic of the Congo</c>,
/// <c>Noh Kyu-duk, South Korea's special representative for ..., </c>, <c>his US counterpart, Sung Kim</c>;
/// and bodies: <c>the Foreign Ministers of Kazakhstan, ... and Uzbekistan</c>, <c>South Korean and Japanese envoys</c>.
/// </summary>
public sealed partial class ParticipantExtractor(FactCues cues, CountryGazetteer countries, TitleLexicon titles, OrganizationLexicon organizations)
{
    public static ParticipantExtractor BuiltIn { get; } = new(FactCues.BuiltIn, CountryGazetteer.BuiltIn, TitleLexicon.BuiltIn, OrganizationLexicon.BuiltIn);

    /// <summary>Every party mention of the sentence, in order.</summary>
    public IReadOnlyList<PartyMention> Find(string sentence) => Analyze(sentence).Mentions;

    /// <summary>The party mentions of the sentence with the countries, titles and organisations found on the way.</summary>
    internal SentenceFacts Analyze(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // One tokenization serves every gazetteer; the organisations reuse the countries already found.
        var tokens = Tokenizer.Tokenize(sentence);
        var countryMentions = countries.Find(sentence, tokens);
        var organizationMatches = new OrganizationMatches(organizations, sentence, tokens);
        var organizationMentions = organizations.Find(sentence, tokens, ReferenceEquals(organizations.Countries, countries) ? countryMentions : null, organizationMatches);
        var context = new SentenceContext(sentence, countryMentions, titles.Find(sentence, tokens, organizationMatches), organizationMentions);
        var result = new List<PartyMention>();
        var usedTitles = new HashSet<TitleMention>();
        var usedCountries = new HashSet<CountryMention>();
        foreach (var run in NameRuns(context))
        {
            var person = Describe(context, run, usedTitles, usedCountries);
            if (person is not null)
            {
                result.Add(person);
            }
        }

        result.AddRange(TitleOnly(context, usedTitles, usedCountries));
        result.AddRange(Bodies(context, usedCountries, result));
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new SentenceFacts(result, context.Countries, context.Titles, context.Organizations);
    }

    /// <summary>The countries a sentence names, for the topic and home-country checks.</summary>
    public IReadOnlyList<CountryMention> Countries(string sentence) => countries.Find(sentence);

    /// <summary>The organisations a text names.</summary>
    public IReadOnlyList<OrganizationMention> Organizations(string text) => organizations.Find(text);

    /// <summary>The title and organisation mentions of a sentence, masked before matching topics.</summary>
    public IEnumerable<(int Start, int Length)> RoleSpans(string sentence) => RoleSpans(Analyze(sentence));

    /// <summary>The title and organisation mentions of an analysed sentence.</summary>
    internal static IEnumerable<(int Start, int Length)> RoleSpans(SentenceFacts facts) =>
        facts.Titles.Select(t => (t.Start, t.Length)).Concat(facts.Organizations.Select(o => (o.Start, o.Length)));

    private sealed record SentenceContext(string Text, IReadOnlyList<CountryMention> Countries, IReadOnlyList<TitleMention> Titles, IReadOnlyList<OrganizationMention> Organizations)
    {
        private bool[]? _covered;

        public bool Covered(int start, int end)
        {
            _covered ??= CoveredChars();
            if (_covered.Length == 0)
            {
                return Countries.Any(c => start < c.Start + c.Length && c.Start < end)
                    || Titles.Any(t => start < t.Start + t.Length && t.Start < end)
                    || Organizations.Any(o => start < o.Start + o.Length && o.Start < end);
            }

            for (var k = Math.Max(0, start); k < end && k < _covered.Length; k++)
            {
                if (_covered[k])
                {
                    return true;
                }
            }

            return false;
        }

        // The characters inside a country, title or organisation mention, marked once per sentence; empty when a
        // mention has no length or lies outside the text, where only the comparison of spans is exact.
        private bool[] CoveredChars()
        {
            var covered = new bool[Text.Length];
            foreach (var c in Countries)
            {
                if (!Mark(covered, c.Start, c.Length))
                {
                    return [];
                }
            }

            foreach (var t in Titles)
            {
                if (!Mark(covered, t.Start, t.Length))
                {
                    return [];
                }
            }

            foreach (var o in Organizations)
            {
                if (!Mark(covered, o.Start, o.Length))
                {
                    return [];
                }
            }

            return covered;
        }

        private static bool Mark(bool[] covered, int start, int length)
        {
            if (length <= 0 || start < 0 || start + length > covered.Length)
            {
                return false;
            }

            covered.AsSpan(start, length).Fill(true);
            return true;
        }
    }

    private List<List<NameToken>> NameRuns(SentenceContext context)
    {
        var text = context.Text;
        var tokens = Words(text);
        var runs = new List<List<NameToken>>();
        var run = new List<NameToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var gapOk = run.Count == 0 || OnlySpaceBetween(text, run[^1].End, t.Start);
            var kind = Classify(context, tokens, i, run.Count > 0);
            if (kind == TokenKind.Name && gapOk)
            {
                run.Add(t);
                if (EndsInPossessive(text, t.End))
                {
                    Close(runs, ref run);
                }

                continue;
            }

            if (kind == TokenKind.Name)
            {
                Close(runs, ref run);
                run.Add(t);
                continue;
            }

            Close(runs, ref run);
        }

        Close(runs, ref run);
        return runs;
    }

    private enum TokenKind
    {
        Other,
        Name,
    }

    private TokenKind Classify(SentenceContext context, List<NameToken> tokens, int i, bool inRun)
    {
        var t = tokens[i];
        var next = i + 1 < tokens.Count ? tokens[i + 1] : (NameToken?)null;
        if (context.Covered(t.Start, t.End) || cues.HonorificWords.Contains(t.Span))
        {
            return TokenKind.Other;
        }

        if (t.IsInitial)
        {
            return next is { IsCapitalized: true } ? TokenKind.Name : TokenKind.Other;
        }

        var bare = StripPossessive(t.Span);
        if (inRun && cues.NameSuffixWords.Contains(bare.TrimEnd('.')))
        {
            return TokenKind.Name;
        }

        if (inRun && cues.NameParticleWords.Contains(bare) && next is { IsCapitalized: true })
        {
            return TokenKind.Name;
        }

        // "el-Sisi", "al-Sabah": a lower-case particle joined to a capitalised name.
        var dash = bare.IndexOf('-');
        if (dash > 0 && dash + 1 < bare.Length && char.IsUpper(bare[dash + 1]) && cues.NameParticleWords.Contains(bare[..dash]))
        {
            return TokenKind.Name;
        }

        if (!t.IsCapitalized || cues.NotNameWordSpans.Contains(bare) || bare.Length < 2)
        {
            return TokenKind.Other;
        }

        if (t.IsAllCaps && !cues.NameSuffixWords.Contains(bare))
        {
            return TokenKind.Other; // acronyms: ROK, PRC, NATO
        }

        foreach (var c in bare)
        {
            if (char.IsDigit(c))
            {
                return TokenKind.Other;
            }
        }

        return TokenKind.Name;
    }

    // The words of a sentence ("U." "S." "Jr." "Kyu-duk" "Blinken's"): what the pattern
    // \p{Lu}\.|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*\.?(?<=[^.]|(?:Jr|Sr)\.) matches, read by hand (a final full stop
    // only after "Jr" or "Sr"): a regex walk per sentence cost more than the rules that read its words.
    private static List<NameToken> Words(string text)
    {
        var words = new List<NameToken>(text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if ((c < 128 ? c is >= 'A' and <= 'Z' : char.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter) && i + 1 < text.Length && text[i + 1] == '.')
            {
                words.Add(new NameToken(i, i + 2, text));
                i += 2;
                continue;
            }

            if (!IsLetterOrMark(c))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < text.Length && (IsLetterOrMark(text[j]) || IsNumber(text[j]) || text[j] is '\'' or '’' or '-'))
            {
                j++;
            }

            if (j < text.Length && text[j] == '.' && j >= 2 && text[j - 1] == 'r' && text[j - 2] is 'J' or 'S')
            {
                j++;
            }

            words.Add(new NameToken(i, j, text));
            i = j;
        }

        return words;
    }

    private static bool IsLetterOrMark(char c) => c < 128 ? c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsNumber(char c) => c < 128 ? c is >= '0' and <= '9' : char.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private void Close(List<List<NameToken>> runs, ref List<NameToken> run)
    {
        // A run never ends in a particle or an initial.
        while (run.Count > 0 && (cues.NameParticleWords.Contains(run[^1].Span) || run[^1].IsInitial))
        {
            run.RemoveAt(run.Count - 1);
        }

        if (run.Count > 0)
        {
            runs.Add(run);
        }

        run = [];
    }

    private PartyMention? Describe(SentenceContext context, List<NameToken> run, HashSet<TitleMention> usedTitles, HashSet<CountryMention> usedCountries)
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
            if (!t.IsInitial && !cues.NameSuffixWords.Contains(bare.TrimEnd('.')) && !char.IsLower(t.Sentence[t.Start]))
            {
                nameTokens.Add(bare.ToString());
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
        left = BackOverHonorifics(text, left);
        var ofCountry = CountryEndingAt(context, left, out var ofStart);
        if (ofCountry is not null && OfBefore(text, ofStart, out var ofWordStart) && TitleEndingAt(context, ofWordStart) is not null)
        {
            country = ofCountry.Country;
            usedCountries.Add(ofCountry);
            left = ofWordStart;
        }

        var titleMention = TitleEndingAt(context, left);
        if (titleMention is not null)
        {
            var chainStart = titleMention.Start;
            var chainTitle = titleMention.Title;
            usedTitles.Add(titleMention);

            // "State Councilor and Foreign Minister Wang Yi": titles joined by "and" are one role.
            while (TitleEndingAt(context, AndBefore(text, chainStart)) is { } previous && AndBefore(text, chainStart) != chainStart)
            {
                usedTitles.Add(previous);
                chainTitle = text[previous.Start..(titleMention.Start + titleMention.Length)];
                chainStart = previous.Start;
            }

            // "Special Representative for the DPRK Ambassador Sung Kim": the first of adjacent titles is the role.
            while (TitleEndingAt(context, chainStart) is { } adjacent)
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

        if (CounterpartBefore(text, left, out var cpStart))
        {
            counterpart = true;
            left = cpStart;
        }

        left = SkipParenthesis(text, left);
        if (OrganizationEndingAt(context, left) is { } org)
        {
            organization = org.Name;
            international = org.IsInternational;
            country ??= org.Country;
            left = org.Start;
            left = SkipParenthesis(text, left);
        }

        if (CountryEndingAt(context, left, out _) is { } before && (titleMention is not null || counterpart || organization is not null))
        {
            // The country right before a title is the person's own, even after "to" ("a letter to Chinese President Xi"),
            // but not the end of a role ("Special Representative for the DPRK Ambassador Sung Kim").
            if (country is null && !IsPortfolio(text, before.Start, toCounts: false))
            {
                country = before.Country;
            }

            usedCountries.Add(before);
        }

        // "his South Korean counterpart Chung": the demonym sits inside the counterpart phrase.
        if (counterpart && country is null && CounterpartCountry(context, left, start) is { } cc)
        {
            country = cc.Country;
            usedCountries.Add(cc);
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
                foreach (var c in context.Countries.Where(x => x.Start >= segStart && x.Start < segEnd))
                {
                    if (country is null && !IsPortfolio(text, c.Start))
                    {
                        country = c.Country;
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

    // A title that no name follows: "the President of Russia", "the Foreign Ministers of Kazakhstan, ... and Uzbekistan", "the Secretary".
    private IEnumerable<PartyMention> TitleOnly(SentenceContext context, HashSet<TitleMention> usedTitles, HashSet<CountryMention> usedCountries)
    {
        var text = context.Text;
        foreach (var t in context.Titles.Where(x => !usedTitles.Contains(x)))
        {
            if (cues.ReportingTitles.Contains(t.Title))
            {
                continue;
            }

            var titleEnd = t.Start + t.Length;
            var left = SkipParenthesis(text, t.Start);
            Country? country = null;
            string? organization = null;
            var international = false;
            if (OrganizationEndingAt(context, left) is { } org)
            {
                organization = org.Name;
                international = org.IsInternational;
                country = org.Country;
                left = SkipParenthesis(text, org.Start);
            }

            if (CountryEndingAt(context, left, out _) is { } before && !IsPortfolio(text, before.Start, toCounts: false) && before.Kind != MentionKind.Capital)
            {
                country ??= before.Country;
                usedCountries.Add(before);
                left = before.Start;
            }

            var of = OfAfterPattern().Match(text, titleEnd);
            var listed = new List<CountryMention>();
            if (of.Success && of.Index == titleEnd && country is null)
            {
                var at = of.Index + of.Length;
                var o = context.Organizations.FirstOrDefault(x => x.Start == at);
                if (o is not null)
                {
                    organization = o.Name;
                    international = o.IsInternational;
                    country = o.Country;
                }
                else
                {
                    // "of A, B, and C": a list of countries, one body each.
                    var pos = at;
                    while (context.Countries.FirstOrDefault(x => x.Start == pos || x.Start > pos && OnlyListWordsBetween(text, pos, x.Start)) is { } c)
                    {
                        listed.Add(c);
                        usedCountries.Add(c);
                        pos = c.Start + c.Length;
                        var separator = ListSeparatorPattern().Match(text, pos);
                        if (!separator.Success || separator.Index != pos)
                        {
                            break;
                        }

                        pos += separator.Length;
                    }
                }
            }

            var title = Clean(t.Title);
            var plural = t.Title.EndsWith('s') && listed.Count > 1;
            if (listed.Count > 0)
            {
                foreach (var c in listed)
                {
                    yield return new PartyMention(t.Start, c.Start + c.Length, null, plural ? Singular(title) : title, c.Country, null, false) { IsTitleOnly = true };
                }

                continue;
            }

            yield return new PartyMention(left, titleEnd, null, title, international ? null : country, organization, international) { IsTitleOnly = true };
        }
    }

    // Countries standing for a party on their own: "South Korea and Russia", "Japanese envoys".
    private IEnumerable<PartyMention> Bodies(SentenceContext context, HashSet<CountryMention> usedCountries, List<PartyMention> found)
    {
        var text = context.Text;
        foreach (var c in context.Countries.Where(x => !usedCountries.Contains(x)))
        {
            var end = c.Start + c.Length;
            if (found.Any(p => c.Start >= p.Start && c.Start < p.End) || IsPortfolio(text, c.Start) || InParenthesis(text, c.Start))
            {
                continue;
            }

            var after = NextWordPattern().Match(text, end);
            var nextWord = after.Success ? after.Groups["w"].Value : "";
            var joined = end < text.Length && text[end] is '-' or '–';
            bool standsAlone;
            if (c.Kind is MentionKind.Demonym)
            {
                // "Japanese envoys", "South Korean and Japanese envoys", "Russian-Chinese talks".
                standsAlone = cues.GroupNouns.Contains(nextWord) || nextWord is "and" or "or" && GroupNounAfterList(context, end)
                    || joined && context.Countries.Any(x => x.Start == end + 1) || c.Start > 0 && text[c.Start - 1] is '-' or '–';
            }
            else if (c.Kind is MentionKind.Possessive)
            {
                standsAlone = cues.GroupNouns.Contains(nextWord);
            }
            else
            {
                // "South Korea and Russia held talks", "S. Korea, Russia hold": a country as a noun, not a modifier ("US-South Korea alliance").
                standsAlone = !joined && (nextWord.Length == 0 || !OnlySpaceBetween(text, end, after.Groups["w"].Index)
                    || cues.GroupNouns.Contains(nextWord) || PartyFollowerPattern().IsMatch(nextWord));
            }

            if (standsAlone)
            {
                yield return new PartyMention(c.Start, end, null, null, c.Country, null, false) { IsCapital = (c.Kind == MentionKind.Possessive ? c.BaseKind : c.Kind) == MentionKind.Capital };
            }
        }
    }

    private bool GroupNounAfterList(SentenceContext context, int end)
    {
        var m = AndDemonymPattern().Match(context.Text, end);
        if (!m.Success || m.Index != end)
        {
            return false;
        }

        var at = m.Index + m.Length;
        var c = context.Countries.FirstOrDefault(x => x.Start == at);
        if (c is null)
        {
            return false;
        }

        var w = NextWordPattern().Match(context.Text, c.Start + c.Length);
        return w.Success && cues.GroupNouns.Contains(w.Groups["w"].Value);
    }

    private static bool IsAppositionLead(SentenceContext context, string lead, int segStart)
    {
        var trimmed = lead.Trim();
        if (trimmed.Length == 0 || DeterminerPattern().IsMatch(trimmed))
        {
            return true;
        }

        // "the US", "South Korea's", "the Japanese", "the ministry's"
        var rest = DeterminerPrefixPattern().Replace(trimmed, "");
        if (rest.Length == 0 || PossessiveBodyPattern().IsMatch(rest))
        {
            return true;
        }

        return context.Countries.Any(c => c.Start >= segStart && c.Start < segStart + lead.Length
            && DeterminerPrefixPattern().Replace(lead[(c.Start - segStart + c.Length)..].Trim(), "").Length == 0);
    }

    // "Minister Dr. Subrahmanyam Jaishankar", "Secretary of State Cardinal Pietro Parolin": an honorific between title and name.
    private int BackOverHonorifics(string text, int position)
    {
        var at = position;
        while (true)
        {
            var wordStart = LastWordStart(text, BackOverSpace(text, at), out var wordEnd);
            if (wordStart < 0 || !cues.HonorificWords.Contains(text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                return at;
            }

            at = wordStart;
        }
    }

    private static TitleMention? TitleEndingAt(SentenceContext context, int position)
    {
        var at = BackOverSpace(context.Text, position);
        return context.Titles.LastOrDefault(t => t.Start + t.Length == at);
    }

    private static CountryMention? CountryEndingAt(SentenceContext context, int position, out int start)
    {
        var at = BackOverSpace(context.Text, position);
        var c = context.Countries.LastOrDefault(x => x.Start + x.Length == at);
        start = c?.Start ?? position;
        return c;
    }

    private static OrganizationMention? OrganizationEndingAt(SentenceContext context, int position)
    {
        var at = BackOverSpace(context.Text, position);
        return context.Organizations.LastOrDefault(x => x.Start + x.Length == at);
    }

    private static CountryMention? CounterpartCountry(SentenceContext context, int from, int to) =>
        context.Countries.FirstOrDefault(c => c.Start >= from && c.Start < to);

    private bool CounterpartBefore(string text, int position, out int start)
    {
        var m = CounterpartPattern().Match(text, 0, BackOverSpace(text, position));
        start = m.Success ? m.Index : position;
        return m.Success && cues.CounterpartWords.Contains(m.Groups["word"].Value);
    }

    private static bool OfBefore(string text, int position, out int start)
    {
        var at = BackOverSpace(text, position);
        var m = OfBeforePattern().Match(text, 0, at);
        start = m.Success ? m.Index : position;
        return m.Success;
    }

    private static int AndBefore(string text, int position)
    {
        var at = BackOverSpace(text, position);
        return at >= 4 && text[(at - 4)..at].Equals(" and", StringComparison.Ordinal) ? at - 4 : position;
    }

    /// <summary>A country after "for", "on", "over": the subject of a role or of talks, not a party ("envoy for North Korea").</summary>
    private static bool IsPortfolio(string text, int start, bool toCounts = true)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        return PortfolioPattern().IsMatch(before) && (toCounts || !before.EndsWith(" to", StringComparison.OrdinalIgnoreCase));
    }

    // Where LastWordPattern ([\p{L}][\p{L}.]*$) matches text[..end], read by hand: the first letter of the run of letters
    // and dots that ends the text (before a final line break); -1 when there is none.
    private static int LastWordStart(string text, int end, out int wordEnd)
    {
        wordEnd = end > 0 && text[end - 1] == '\n' ? end - 1 : end;
        var runStart = wordEnd;
        while (runStart > 0 && (char.IsLetter(text[runStart - 1]) || text[runStart - 1] == '.'))
        {
            runStart--;
        }

        for (var k = runStart; k < wordEnd; k++)
        {
            if (char.IsLetter(text[k]))
            {
                return k;
            }
        }

        return -1;
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

    private static bool InParenthesis(string text, int start) => start > 0 && text[start - 1] == '(';

    private static int SkipParenthesis(string text, int position)
    {
        var at = BackOverSpace(text, position);
        if (at > 0 && text[at - 1] == ')')
        {
            var open = text.LastIndexOf('(', at - 1);
            if (open >= 0 && at - open < 12)
            {
                return open;
            }
        }

        return position;
    }

    private static int BackOverSpace(string text, int position)
    {
        var at = position;
        while (at > 0 && text[at - 1] is ' ' or '\u00A0')
        {
            at--;
        }

        return at;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        if (from > to)
        {
            return false;
        }

        foreach (var c in text.AsSpan(from, to - from))
        {
            if (c is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyListWordsBetween(string text, int from, int to) => ListGapPattern().IsMatch(text[from..to]);

    private static bool EndsInPossessive(string text, int end) =>
        end >= 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '’' || end >= 1 && text[end - 1] is '\'' or '’';

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1] : word;

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1] : word;

    private static string Clean(string title) => title.Trim().TrimEnd(',', '.', ';').Trim();

    private static string Singular(string title) =>
        title.EndsWith("ies", StringComparison.Ordinal) ? title[..^3] + "y" : title.EndsWith('s') ? title[..^1] : title;

    [GeneratedRegex(@"\G,?\s+(?:Jr|Sr)\.?|\G\s+(?:II|III|IV)\b")]
    private static partial Regex SuffixPattern();

    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?")]
    private static partial Regex OfAfterPattern();

    [GeneratedRegex(@"\s+of(?:\s+the)?\s*$")]
    private static partial Regex OfBeforePattern();

    [GeneratedRegex(@"\G,\s+(?<seg>[^,;()""“”]{3,200}?)(?=\s*(?:,|;|\.\s|\.$|$|\)|\s+(?:said|says|told|spoke|held|met|talked|discussed|and\s+\p{Lu})\b))")]
    private static partial Regex AppositionPattern();

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?<role>(?:head|chief|director|member|leader|deputy|adviser|advisor|aide|official|representative|envoy|negotiator)\b)")]
    private static partial Regex RoleNounPattern();

    [GeneratedRegex(@"^(?:the|his|her|its|their|a|an)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerPattern();

    [GeneratedRegex(@"^(?:(?:the|his|her|its|their|a|an)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerPrefixPattern();

    [GeneratedRegex(@"^(?:the\s+)?(?:ministry|department|government|office|country|nation|agency|bureau)['’]s?$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveBodyPattern();

    [GeneratedRegex(@"(?:\b(?:his|her|their|its)\s+)(?:[\p{L}\.\-’']+\s+){0,3}?(?<word>counterparts?)\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CounterpartPattern();

    [GeneratedRegex(@"\b(?:for|on|over|about|regarding|concerning|toward|towards|against|into|in|across|to|within|throughout|inside|near)$", RegexOptions.IgnoreCase)]
    private static partial Regex PortfolioPattern();

    [GeneratedRegex(@"\G\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")]
    private static partial Regex ListSeparatorPattern();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$")]
    private static partial Regex ListGapPattern();

    [GeneratedRegex(@"\G\s*(?<w>[\p{L}]+)")]
    private static partial Regex NextWordPattern();

    [GeneratedRegex(@"^(?:and|or|\w+ed|held|hold|holds|have|has|had|said|says|met|meet|spoke|will|would|on|in|at|over|to|for|about|amid|talk|talks|discuss|agree|sign|signs)$")]
    private static partial Regex PartyFollowerPattern();

    [GeneratedRegex(@"(?<=\s)(?<role>(?:(?:top|chief|senior|nuclear|supreme|de\s+facto|former|new|incoming|outgoing)\s+)*(?:leader|envoy|negotiator|diplomat|official|nuclear\s+envoy|ruler|strongman|monarch))$")]
    private static partial Regex LowerRoleBeforePattern();

    [GeneratedRegex(@"\G\s+(?:and|or)\s+")]
    private static partial Regex AndDemonymPattern();
}
