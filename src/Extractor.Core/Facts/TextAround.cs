using System.Text.RegularExpressions;

namespace Extractor.Core.Facts;

/// <summary>
/// Small probes of the characters around a position of a sentence, shared by the participant rules: spaces to
/// step back over, a short parenthesis, "of" and "and" before a mention, a portfolio preposition, a possessive ending.
/// </summary>
internal static partial class TextAround
{
    internal static int BackOverSpace(string text, int position)
    {
        var at = position;
        while (at > 0 && text[at - 1] is ' ' or '\u00A0')
        {
            at--;
        }

        return at;
    }

    internal static bool OnlySpaceBetween(string text, int from, int to)
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

    internal static bool InParenthesis(string text, int start) => start > 0 && text[start - 1] == '(';

    internal static int SkipParenthesis(string text, int position)
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

    internal static bool OfBefore(string text, int position, out int start)
    {
        var at = BackOverSpace(text, position);
        var m = OfBeforePattern().Match(text, 0, at);
        start = m.Success ? m.Index : position;
        return m.Success;
    }

    internal static int AndBefore(string text, int position)
    {
        var at = BackOverSpace(text, position);
        return at >= 4 && text[(at - 4)..at].Equals(" and", StringComparison.Ordinal) ? at - 4 : position;
    }

    /// <summary>A country after "for", "on", "over": the subject of a role or of talks, not a party ("envoy for North Korea").</summary>
    internal static bool IsPortfolio(string text, int start, bool toCounts = true)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        return PortfolioPattern().IsMatch(before) && (toCounts || !before.EndsWith(" to", StringComparison.OrdinalIgnoreCase));
    }

    internal static bool EndsInPossessive(string text, int end) =>
        end >= 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '’' || end >= 1 && text[end - 1] is '\'' or '’';

    internal static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1] : word;

    internal static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1] : word;

    internal static string Clean(string title) => title.Trim().TrimEnd(',', '.', ';').Trim();

    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?")]
    internal static partial Regex OfAfterPattern();

    [GeneratedRegex(@"\s+of(?:\s+the)?\s*$")]
    private static partial Regex OfBeforePattern();

    [GeneratedRegex(@"\b(?:for|on|over|about|regarding|concerning|toward|towards|against|into|in|across|to|within|throughout|inside|near)$", RegexOptions.IgnoreCase)]
    private static partial Regex PortfolioPattern();
}
