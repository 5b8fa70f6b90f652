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

    private OutletList(Dictionary<string, string> byAlias, IEnumerable<string> aliases, Regex alias, IReadOnlyList<(string Outlet, Regex Pattern, int Weight)> signatures)
    {
        _byAlias = byAlias;
        Alias = alias;
        Signatures = signatures;
        _signatureLiterals = signatures.Select(sig => RequiredLiteral(sig.Pattern.ToString())).ToArray();
        _literalText = SearchValues.Create(_signatureLiterals.OfType<string>().Distinct(StringComparer.Ordinal).ToArray(), StringComparison.Ordinal);
        _aliasText = SearchValues.Create(aliases.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Matches any alias as a whole word.</summary>
    public Regex Alias { get; }

    public IReadOnlyList<(string Outlet, Regex Pattern, int Weight)> Signatures { get; }

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
        var signatures = new List<(string, Regex, int)>();
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

                var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
                signatures.Add((name, regex, sig.Weight));
            }
        }

        var alternation = string.Join('|', patterns.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length));
        var aliasRegex = new Regex($@"(?<![\w.])(?:{alternation})(?![\w])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new OutletList(byAlias, printed, aliasRegex, signatures);
    }
}
