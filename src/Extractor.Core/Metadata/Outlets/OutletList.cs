using System.Buffers;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Metadata.Outlets;

/// <summary>
/// The publications the tool recognises (<c>outlets.json</c> of the lexicon set): each outlet's own name,
/// the other names it prints for itself, and its signature formulas.
/// </summary>
internal sealed class OutletList
{
    /// <summary>Pattern parts that match a line break.</summary>
    private static readonly string[] CrossesLines = [@"\s", @"\W", @"\D", @"\P", "[^"];

    private readonly Dictionary<string, string> _byAlias;

    /// <summary>Per signature, text every match holds, or null (see <see cref="RequiredLiteral"/>).</summary>
    private readonly string?[] _signatureLiterals;

    /// <summary>Every alias, to rule a text out before the alias pattern (built from data, so interpreted) runs.</summary>
    private readonly SearchValues<string> _aliasText;

    /// <summary>Every signature's literal, to find which a page holds in one scan.</summary>
    private readonly SearchValues<string> _literalText;

    /// <summary>The words every self-naming phrase holds one of (see <see cref="SelfNamed"/>).</summary>
    private readonly SearchValues<string> _selfNamingWords;

    private readonly LazyRegex _alias;

    private readonly LazyRegex? _selfNaming;

    /// <summary><see cref="SelfNaming"/> tried at one place only (<c>\G</c>), or null when <see cref="_selfNamingStart"/> is.</summary>
    private readonly LazyRegex? _selfNamingAt;

    /// <summary>
    /// The first words of the self-naming phrases, in the phrases' case rules: every match of <see cref="SelfNaming"/>
    /// starts where one does. Null when some phrase opens with its name (then any capital may start a match).
    /// </summary>
    private readonly LazyRegex? _selfNamingStart;

    /// <summary><see cref="_selfNamingStart"/>'s words, when they are ASCII: in a line in ASCII, a search in any case finds where they start.</summary>
    private readonly SearchValues<string>? _selfNamingFirstWords;

    /// <summary>The last words of a publication's name.</summary>
    private readonly HashSet<string> _nameHeads;

    /// <summary>Words that are no outlet's name in a self-naming phrase.</summary>
    private readonly HashSet<string> _notNames;

    /// <summary>The republication formulas (see <see cref="IsRepublished"/>).</summary>
    private readonly SearchValues<string> _republished;

    private OutletList(Dictionary<string, string> byAlias, IEnumerable<string> aliases, LazyRegex alias, IReadOnlyList<(string Outlet, LazyRegex Pattern, int Weight)> signatures, OutletsFile file)
    {
        _byAlias = byAlias;
        _alias = alias;
        Signatures = signatures;
        (_selfNaming, _selfNamingAt, _selfNamingStart, var firstWords) = SelfNamingPatterns(file.SelfNaming);
        _selfNamingFirstWords = firstWords is not null && firstWords.All(w => w.All(char.IsAscii)) ? SearchValues.Create(firstWords, StringComparison.OrdinalIgnoreCase) : null;
        _selfNamingWords = SearchValues.Create(file.SelfNaming.Select(p => p.TrimStart('^').Replace("{name}", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length) ?? p).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);
        PublicationName = new Regex(@"^(?:The\s+)?(?:\p{Lu}[\p{L}\d.&'’-]*\s+){1,4}(?:" + string.Join('|', file.NameHeads.Select(h => Regex.Escape(h))) + @")$", RegexOptions.CultureInvariant);
        _republished = SearchValues.Create(file.Republished.ToArray(), StringComparison.OrdinalIgnoreCase);
        _notNames = file.SelfNamingNotNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _nameHeads = file.NameHeads.ToHashSet(StringComparer.Ordinal);
        _signatureLiterals = signatures.Select(sig => RequiredLiteral(sig.Pattern.ToString())).ToArray();
        _literalText = SearchValues.Create(_signatureLiterals.OfType<string>().Distinct(StringComparer.Ordinal).ToArray(), StringComparison.Ordinal);
        _aliasText = SearchValues.Create(aliases.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A site naming itself in its own chrome (<c>Unlimited access to all of NK News</c>,
    /// <c>Check out Sputnik's gallery</c>): the phrases of <c>outlets.json</c>'s <c>selfNaming</c>, their
    /// words in any case, the name in group <c>name</c> (one to four capitalised words); null when there are none.
    /// </summary>
    public Regex? SelfNaming => _selfNaming?.Value;

    /// <summary>A line that is a publication's name by its last word (<c>Global Korean Post</c>, <c>KBS News</c>), from <c>nameHeads</c>.</summary>
    public Regex PublicationName { get; }

    /// <summary>True when the last word of <paramref name="name"/> is a publication name's last word (<c>nameHeads</c>).</summary>
    public bool EndsInNameHead(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && _nameHeads.Contains(name[(space + 1)..]);
    }

    /// <summary>The self-named outlet on <paramref name="line"/>, or null; a plain search rules most lines out first.</summary>
    public string? SelfNamed(string line)
    {
        if (_selfNaming is null || !line.AsSpan().ContainsAny(_selfNamingWords))
        {
            return null;
        }

        for (var m = FirstSelfNaming(line, 0); m.Success; m = FirstSelfNaming(line, m.Index + m.Length))
        {
            // "Subscribe to Our Newsletter", "Follow Us on": no name; "The Paradigm Newsletter": The Paradigm.
            var words = m.Groups["name"].Value.Split(' ');
            var end = words.Length;
            while (end > 0 && _notNames.Contains(words[end - 1]))
            {
                end--;
            }

            if (end > 0 && !_notNames.Contains(words[0]))
            {
                // "Subscribe to NJ.com's newsletter": the name without its possessive.
                var name = string.Join(' ', words[..end]);
                return name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;
            }
        }

        return null;
    }

    /// <summary>
    /// The first match of <see cref="SelfNaming"/> at or after <paramref name="from"/>, as <c>SelfNaming.Match(line, from)</c>
    /// finds it (and <c>NextMatch</c> after a match ending there). The interpreted pattern tried at every place of a long
    /// line cost 3% of the text bench's instructions; it is tried only where a phrase's first word starts, the places
    /// in order, so the same match comes first.
    /// </summary>
    private Match FirstSelfNaming(string line, int from)
    {
        if (_selfNamingStart is null || _selfNamingAt is null)
        {
            return SelfNaming!.Match(line, from);
        }

        // A line in ASCII (most) holds a first word where a plain search in any case finds it.
        if (_selfNamingFirstWords is { } firsts && System.Text.Ascii.IsValid(line))
        {
            for (var at = from; at < line.Length; at++)
            {
                var next = line.AsSpan(at).IndexOfAny(firsts);
                if (next < 0)
                {
                    break;
                }

                at += next;
                if (_selfNamingAt.Value.Match(line, at) is { Success: true } m)
                {
                    return m;
                }
            }

            return Match.Empty;
        }

        for (var start = _selfNamingStart.Value.Match(line, from); start.Success; start = _selfNamingStart.Value.Match(line, start.Index + 1))
        {
            var m = _selfNamingAt.Value.Match(line, start.Index);
            if (m.Success)
            {
                return m;
            }
        }

        return Match.Empty;
    }

    /// <summary>True when <paramref name="text"/> holds a formula of a page reproducing another body's release (<c>reproduced in full below</c>).</summary>
    public bool IsRepublished(string text) => text.AsSpan().ContainsAny(_republished);

    private static (LazyRegex? Anywhere, LazyRegex? At, LazyRegex? Start, string[]? FirstWords) SelfNamingPatterns(IReadOnlyList<string> phrases)
    {
        if (phrases.Count == 0)
        {
            return (null, null, null, null);
        }

        if (phrases.FirstOrDefault(p => p.Split("{name}").Length != 2) is { } bad)
        {
            throw new InvalidDataException($"selfNaming phrase '{bad}' must hold {{name}} once");
        }

        // The phrase's words match in any case, white space stretching; the name keeps its capitals.
        // A word may hold a dot between letters (STL.News) and end in a possessive ("Azrael's Merryland").
        const string Word = @"\p{Lu}[\p{L}\d&-]*(?:\.[\p{L}\d]+)*(?:['’]s)?";
        const string Name = "(?<name>" + Word + "(?: " + Word + "){0,3})";
        static string Words(string part) => part.Trim().Length == 0 ? "" : "(?i:" + string.Join(@"\s+", part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Regex.Escape(w).Replace("'", "['’]", StringComparison.Ordinal))) + ")";
        var branches = phrases.Select(phrase =>
        {
            // "^": the phrase opens its line (after a bullet) or a sentence, as an imperative does.
            var opening = phrase.StartsWith('^');
            var p = opening ? phrase[1..] : phrase;
            var at = p.IndexOf("{name}", StringComparison.Ordinal);
            var before = Words(p[..at]);
            var after = p[(at + 6)..];
            // A possessive glued to the name ("{name}'s gallery") follows it directly; other words after a space.
            var glued = after.StartsWith('\'') ? Words(after) : after.Trim().Length == 0 ? "" : @"\s+" + Words(after);
            var start = opening ? @"(?<=^[\s•·*-]*|[.!?]\s*)" : @"\b";
            return (before.Length > 0 ? start + before + @"\s+" : start) + Name + glued + @"\b";
        }).ToArray();
        const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        var anywhere = new LazyRegex(string.Join('|', branches), Options, TimeSpan.FromSeconds(1));
        // What starts each match: the first word of the words before the name (the anchors before it take no room).
        var firsts = phrases.Select(p => p.StartsWith('^') ? p[1..] : p).Select(p => p[..p.IndexOf("{name}", StringComparison.Ordinal)].Trim()).ToArray();
        if (firsts.Any(f => f.Length == 0))
        {
            return (anywhere, null, null, null);
        }

        var at = new LazyRegex(@"\G(?:" + string.Join('|', branches) + ")", Options, TimeSpan.FromSeconds(1));
        var words = firsts.Select(f => f.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToArray();
        var starts = new LazyRegex(string.Join('|', words.Select(Words)), Options, TimeSpan.FromSeconds(1));
        return (anywhere, at, starts, words);
    }

    /// <summary>Matches any alias as a whole word.</summary>
    public Regex Alias => _alias.Value;

    public IReadOnlyList<(string Outlet, LazyRegex Pattern, int Weight)> Signatures { get; }

    /// <summary>
    /// False when signature <paramref name="index"/> cannot match <paramref name="page"/>: every match
    /// holds a literal the page does not. A plain search rules most pages out before the
    /// signature's pattern (built from data, so interpreted) runs.
    /// </summary>
    public bool MayMatch(int index, string page) =>
        _signatureLiterals[index] is not { } literal || page.Contains(literal, StringComparison.Ordinal);

    /// <summary>
    /// <see cref="MayMatch(int, string)"/> of every signature, from one scan of <paramref name="page"/>: it hops
    /// from one place where some literal starts to the next and marks those starting there. One search per signature
    /// read a text dump's page some twenty times (2.6% of the text bench's instructions).
    /// </summary>
    public bool[] MayMatch(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var may = new bool[_signatureLiterals.Length];
        var left = 0;
        for (var i = 0; i < may.Length; i++)
        {
            may[i] = _signatureLiterals[i] is null;
            left += may[i] ? 0 : 1;
        }

        var text = page.AsSpan();
        for (var from = 0; left > 0 && from < text.Length; from++)
        {
            var at = text[from..].IndexOfAny(_literalText);
            if (at < 0)
            {
                break;
            }

            from += at;
            for (var i = 0; i < may.Length; i++)
            {
                if (!may[i] && text[from..].StartsWith(_signatureLiterals[i], StringComparison.Ordinal))
                {
                    may[i] = true;
                    left--;
                }
            }
        }

        return may;
    }

    /// <summary>
    /// The longest text every match holds, read off the pattern's top level: a run of plain
    /// characters outside groups and classes (<c>^[\p{Lu}][\p{L}. ]+, Secretary of State$</c> gives
    /// <c>, Secretary of State</c>); null when the pattern has a top-level alternation or inline
    /// options, or no such run of at least 3 characters.
    /// </summary>
    internal static string? RequiredLiteral(string pattern)
    {
        if (HasInlineOptions(pattern) || PatternBranches.TopLevel(pattern).Count > 1)
        {
            return null;
        }

        // A run is a stretch of the pattern itself, from runStart up to the character at i.
        var best = "";
        var runStart = 0;
        for (var i = 0; i <= pattern.Length; i++)
        {
            var c = i < pattern.Length ? pattern[i] : '\0';
            if (char.IsLetterOrDigit(c) || c is ' ' or ',' or ':' or ';' or '\'' or '’' or '-')
            {
                continue;
            }

            // A quantifier makes the character before it optional or repeated: the run ends before it.
            var runEnd = c is '?' or '*' or '+' or '{' && i > runStart ? i - 1 : i;
            if (runEnd - runStart > best.Length)
            {
                best = pattern[runStart..runEnd];
            }

            i = c switch
            {
                '\\' => i + 1,
                '(' => SkipGroup(pattern, i),
                '[' => SkipClass(pattern, i),
                '{' => Math.Max(i, pattern.IndexOf('}', i)),
                _ => i,
            };
            runStart = i + 1;
        }

        return best.Length >= 3 ? best : null;
    }

    /// <summary>The index of the ')' closing the group opened at <paramref name="open"/> (or the last index).</summary>
    private static int SkipGroup(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        return pattern.Length - 1;
    }

    /// <summary>The index of the ']' closing the class opened at <paramref name="open"/> (or the last index).</summary>
    private static int SkipClass(string pattern, int open)
    {
        // A ']' right after "[" or "[^" is a member, not the end.
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        for (i++; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return pattern.Length - 1;
    }

    /// <summary>An inline option group such as <c>(?i)</c> or <c>(?x:</c>, which changes what a literal matches.</summary>
    private static bool HasInlineOptions(string pattern)
    {
        for (var at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            if (at + 2 < pattern.Length && pattern[at + 2] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first alias in <paramref name="text"/> as a whole word (see <see cref="Alias"/>), or null.</summary>
    public string? FirstAlias(string text)
    {
        if (!text.AsSpan().ContainsAny(_aliasText))
        {
            return null;
        }

        var m = Alias.Match(text);
        return m.Success ? m.Value : null;
    }

    /// <summary>The outlet's own name for a printed self-name, or null when it is not known.</summary>
    public string? NameOf(string alias) => _byAlias.TryGetValue(Key(alias), out var name) ? name : null;

    private static string Key(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ',').ToUpperInvariant();

    /// <summary>Builds the list of <c>outlets.json</c>; throws <see cref="InvalidDataException"/> on a signature that could match across lines.</summary>
    public static OutletList From(OutletsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var byAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        var patterns = new List<string>();
        var printed = new List<string>();
        var signatures = new List<(string, LazyRegex, int)>();
        foreach (var outlet in file.Outlets)
        {
            var name = outlet.Name;
            foreach (var alias in outlet.Aliases.Append(name))
            {
                byAlias.TryAdd(Key(alias), name);
                printed.Add(alias);

                // A one-word name (Dawn, RT, Yonhap) matches only as printed, so "at dawn" is no
                // outlet; names of several words and domains match in any case (footers in capitals).
                patterns.Add(alias.Contains(' ', StringComparison.Ordinal) || alias.Contains('.', StringComparison.Ordinal)
                    ? "(?i:" + Regex.Escape(alias) + ")"
                    : Regex.Escape(alias));
            }

            foreach (var sig in outlet.Signatures)
            {
                // Matched on the page's lines joined by line breaks (OutletFinder.FromSignatures),
                // so a signature must not be able to match a line break.
                var pattern = sig.Pattern;
                if (CrossesLines.Any(c => pattern.Contains(c, StringComparison.Ordinal)))
                {
                    throw new InvalidDataException($"{name}: signature {pattern}: {string.Join(", ", CrossesLines)} could match across lines; write a space or a class");
                }

                var regex = new LazyRegex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
                signatures.Add((name, regex, sig.Weight));
            }
        }

        var alternation = string.Join('|', patterns.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length));
        var aliasRegex = new LazyRegex($@"(?<![\w.])(?:{alternation})(?![\w])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new OutletList(byAlias, printed, aliasRegex, signatures, file);
    }
}
