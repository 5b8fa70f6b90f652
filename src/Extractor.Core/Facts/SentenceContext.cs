using Extractor.Core.Facts.Gazetteer;
using static Extractor.Core.Facts.TextAround;

namespace Extractor.Core.Facts;

/// <summary>
/// A sentence with the country, title and organisation mentions the gazetteers found in it: which characters
/// they cover (no name starts inside one) and which of them ends right before a position.
/// </summary>
internal sealed record SentenceContext(string Text, IReadOnlyList<CountryMention> Countries, IReadOnlyList<TitleMention> Titles, IReadOnlyList<OrganizationMention> Organizations)
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

    /// <summary>The title mention that ends at <paramref name="position"/>, spaces before it skipped.</summary>
    public TitleMention? TitleEndingAt(int position)
    {
        var at = BackOverSpace(Text, position);
        return Titles.LastOrDefault(t => t.Start + t.Length == at);
    }

    /// <summary>The country mention that ends at <paramref name="position"/>, spaces before it skipped.</summary>
    public CountryMention? CountryEndingAt(int position, out int start)
    {
        var at = BackOverSpace(Text, position);
        var c = Countries.LastOrDefault(x => x.Start + x.Length == at);
        start = c?.Start ?? position;
        return c;
    }

    /// <summary>The organisation mention that ends at <paramref name="position"/>, spaces before it skipped.</summary>
    public OrganizationMention? OrganizationEndingAt(int position)
    {
        var at = BackOverSpace(Text, position);
        return Organizations.LastOrDefault(x => x.Start + x.Length == at);
    }
}
