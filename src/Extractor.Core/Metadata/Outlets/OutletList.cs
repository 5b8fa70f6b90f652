using System.Buffers;
using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Outlets;

/// <summary>
/// The publications the tool recognises (embedded <c>outlets.json</c>): each outlet's own name,
/// the other names it prints for itself, and its signature formulas.
/// </summary>
internal sealed class OutletList
{
    /// <summary>Pattern parts that match a line break (declared before <see cref="BuiltIn"/>, which reads it).</summary>
    private static readonly string[] CrossesLines = [@"\s", @"\W", @"\D", @"\P", "[^"];

    private readonly Dictionary<string, string> _byAlias;

    /// <summary>Per signature, the text every match starts with, or null (see <see cref="LeadingLiteral"/>).</summary>
    private readonly string?[] _signatureLiterals;

    /// <summary>Every alias, to rule a text out before the alias pattern (built from data, so interpreted) runs.</summary>
    private readonly SearchValues<string> _aliasText;

    private OutletList(Dictionary<string, string> byAlias, IEnumerable<string> aliases, Regex alias, IReadOnlyList<(string Outlet, Regex Pattern, int Weight)> signatures)
    {
        _byAlias = byAlias;
        Alias = alias;
        Signatures = signatures;
        _signatureLiterals = signatures.Select(sig => LeadingLiteral(sig.Pattern.ToString())).ToArray();
        _aliasText = SearchValues.Create(aliases.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    public static OutletList BuiltIn { get; } = Load();

    /// <summary>Matches any alias as a whole word.</summary>
    public Regex Alias { get; }

    public IReadOnlyList<(string Outlet, Regex Pattern, int Weight)> Signatures { get; }

    /// <summary>
    /// False when signature <paramref name="index"/> cannot match <paramref name="page"/>: it starts
    /// with a literal the page does not hold. A plain search rules most pages out before the
    /// signature's pattern (built from data, so interpreted) runs.
    /// </summary>
    public bool MayMatch(int index, string page) =>
        _signatureLiterals[index] is not { } literal || page.Contains(literal, StringComparison.Ordinal);

    /// <summary>
    /// The literal text right after a leading <c>^</c> (<c>^Readout of (?:...</c> gives
    /// <c>Readout of </c>), which every match holds; null when the pattern has a top-level
    /// alternation or inline options, or the literal is shorter than 3 characters.
    /// </summary>
    internal static string? LeadingLiteral(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '^' || HasInlineOptions(pattern) || HasTopLevelAlternation(pattern))
        {
            return null;
        }

        var end = 1;
        while (end < pattern.Length && (char.IsLetterOrDigit(pattern[end]) || pattern[end] is ' ' or ',' or ':' or ';' or '\'' or '’' or '-'))
        {
            end++;
        }

        // A quantifier that allows none makes the character before it optional.
        if (end < pattern.Length && pattern[end] is '?' or '*' or '{')
        {
            end--;
        }

        return end - 1 >= 3 ? pattern[1..end] : null;
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

    private static bool HasTopLevelAlternation(string pattern)
    {
        var depth = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == '|' && depth == 0)
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

    private static OutletList Load()
    {
        using var doc = MetadataResources.Open("outlets.json");
        var byAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        var patterns = new List<string>();
        var printed = new List<string>();
        var signatures = new List<(string, Regex, int)>();
        foreach (var outlet in doc.RootElement.GetProperty("outlets").EnumerateArray())
        {
            var name = outlet.GetProperty("name").GetString()!;
            foreach (var alias in MetadataResources.Strings(outlet, "aliases").Append(name))
            {
                byAlias.TryAdd(Key(alias), name);
                printed.Add(alias);

                // A one-word name (Dawn, RT, Yonhap) matches only as printed, so "at dawn" is no
                // outlet; names of several words and domains match in any case (footers in capitals).
                patterns.Add(alias.Contains(' ', StringComparison.Ordinal) || alias.Contains('.', StringComparison.Ordinal)
                    ? "(?i:" + Regex.Escape(alias) + ")"
                    : Regex.Escape(alias));
            }

            if (outlet.TryGetProperty("signatures", out var sigs))
            {
                foreach (var sig in sigs.EnumerateArray())
                {
                    // Matched on the page's lines joined by line breaks (OutletFinder.FromSignatures),
                    // so a signature must not be able to match a line break.
                    var pattern = sig.GetProperty("pattern").GetString()!;
                    if (CrossesLines.Any(c => pattern.Contains(c, StringComparison.Ordinal)))
                    {
                        throw new InvalidDataException($"outlet signature {pattern}: {string.Join(", ", CrossesLines)} could match across lines; write a space or a class");
                    }

                    var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
                    signatures.Add((name, regex, sig.GetProperty("weight").GetInt32()));
                }
            }
        }

        var alternation = string.Join('|', patterns.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length));
        var aliasRegex = new Regex($@"(?<![\w.])(?:{alternation})(?![\w])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new OutletList(byAlias, printed, aliasRegex, signatures);
    }
}
