namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// A list of line beginnings asked of every line: each kept under its first character, so a line
/// is compared only with the prefixes that can begin it, in list order.
/// </summary>
internal sealed class PrefixList
{
    private const int Other = 128;

    private readonly string[][] _byFirst = new string[Other + 1][];

    public PrefixList(IReadOnlyList<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var buckets = new List<string>[Other + 1];
        for (var bucket = 0; bucket <= Other; bucket++)
        {
            buckets[bucket] = [];
        }

        // One pass over the list, each prefix added to its bucket in list order; an empty prefix begins every line,
        // so it sits in every bucket at its place in the list.
        foreach (var prefix in prefixes)
        {
            if (prefix.Length > 0)
            {
                buckets[Bucket(prefix[0])].Add(prefix);
                continue;
            }

            foreach (var list in buckets)
            {
                list.Add(prefix);
            }
        }

        for (var bucket = 0; bucket <= Other; bucket++)
        {
            _byFirst[bucket] = [.. buckets[bucket]];
        }
    }

    /// <summary>The prefixes that can begin <paramref name="text"/> (those with its first character), in list order.</summary>
    public ReadOnlySpan<string> Candidates(string text) => _byFirst[text.Length == 0 ? Other : Bucket(text[0])];

    /// <summary>Whether <paramref name="text"/> starts with one of the prefixes (ordinal).</summary>
    public bool BeginsAny(string text)
    {
        foreach (var prefix in Candidates(text))
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int Bucket(char first) => first < Other ? first : Other;
}
