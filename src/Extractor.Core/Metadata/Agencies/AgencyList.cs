using System.Buffers;
using Extractor.Core.Lexicons;
using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Agencies;

/// <summary>
/// The news agencies the tool knows (<c>agencies.json</c> of the lexicon set): each name with the forms
/// pages print, compiled into one pattern that finds any alias as a whole word.
/// </summary>
internal sealed class AgencyList
{
    private readonly Dictionary<string, string> _byAlias;

    private readonly LazyRegex _alias;

    private AgencyList(Dictionary<string, string> byAlias, LazyRegex alias, AgencyCredits credits)
    {
        _byAlias = byAlias;
        _alias = alias;
        Credits = credits;
        // Short aliases count only as printed (AP, not "happy"), longer ones in any case, as NameOf reads them.
        var printed = byAlias.Keys.Where(k => !k.StartsWith('~')).ToArray();
        ShortAliasText = SearchValues.Create(printed.Where(k => k.Length <= 3).ToArray(), StringComparison.Ordinal);
        // An alias holding a shorter one ("Yonhap News Agency", "Yonhap") adds nothing to the search but its cost.
        var longer = printed.Where(k => k.Length > 3).ToArray();
        AliasText = SearchValues.Create(longer.Where(k => !longer.Any(o => o.Length < k.Length && k.Contains(o, StringComparison.OrdinalIgnoreCase))).ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The aliases of three letters or fewer, found only as printed.</summary>
    public SearchValues<string> ShortAliasText { get; }

    /// <summary>True when <paramref name="line"/> holds an alias's text (see <see cref="AliasText"/>).</summary>
    public bool MayCredit(ReadOnlySpan<char> line) => line.ContainsAny(ShortAliasText) || line.ContainsAny(AliasText);

    /// <summary>
    /// The aliases longer than three letters, found in any case by one vectorised search: a line that holds none can credit
    /// no agency, so <see cref="AgencyFinder"/> skips it before any pattern runs (the credit
    /// patterns are built from data at run time and are interpreted in the native build).
    /// </summary>
    public SearchValues<string> AliasText { get; }

    /// <summary>The grammar of a credit, built from the file's wording.</summary>
    public AgencyCredits Credits { get; }

    /// <summary>Matches any alias as a whole word; the alias is the match's value.</summary>
    public Regex Alias => _alias.Value;

    /// <summary>The agency's record name for a printed alias, or null.</summary>
    public string? NameOf(string alias)
    {
        var key = alias.Trim();
        // Short aliases (AP, APP, AA) count only as printed: "App" is no agency.
        return _byAlias.TryGetValue(key, out var name) ? name
            : key.Length > 3 && _byAlias.TryGetValue(Fold(key), out name) ? name : null;
    }

    /// <summary>True when the whole of <paramref name="text"/> names agencies only (<c>AFP-JIJI</c>, <c>Reuters/Kyodo</c>).</summary>
    public IReadOnlyList<string>? AllAgencies(string text)
    {
        var parts = text.Split(['/', '-', '–', ',', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        if (NameOf(text) is { } whole)
        {
            return [whole];
        }

        var names = new List<string>();
        foreach (var part in parts)
        {
            if (NameOf(part) is not { } name)
            {
                return null;
            }

            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string Fold(string s) => "~" + s.ToUpperInvariant();

    /// <summary>Builds the list of <c>agencies.json</c>.</summary>
    public static AgencyList From(AgenciesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var byAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        var patterns = new List<string>();
        foreach (var agency in file.Agencies)
        {
            var name = agency.Name;
            foreach (var alias in agency.Aliases)
            {
                byAlias[alias] = name;
                if (alias.Length > 3)
                {
                    // Longer aliases match in any case (REUTERS, Kyodo News); short ones only as printed.
                    byAlias[Fold(alias)] = name;
                    patterns.Add("(?i:" + Regex.Escape(alias) + ")");
                }
                else
                {
                    patterns.Add(Regex.Escape(alias));
                }
            }
        }

        var alternation = string.Join('|', patterns.OrderByDescending(p => p.Length));
        var regex = new LazyRegex($@"(?<!\w)(?:{alternation})(?![\w])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new AgencyList(byAlias, regex, AgencyCredits.From(file.Credits));
    }
}
