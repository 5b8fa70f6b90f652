using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Extractor.Core.Input;

/// <summary>
/// The K-th of N disjoint parts of the input (<c>--shard K/N</c>, K from 1 to N). A page belongs to
/// part <c>1 + XxHash64(UTF-8 of its id, seed 0) mod N</c>: a fixed function of the id alone, so a
/// part never depends on the other parts, on the machine or on the .NET version (unlike
/// <c>string.GetHashCode</c>, which is randomised per process), and the N parts cover every page
/// exactly once.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The whole input, as one part.</summary>
    public static Shard All { get; } = new(1, 1);

    public bool IsAll => Count == 1;

    /// <summary>The 1-based part that the page of this id belongs to, of <paramref name="count"/>.</summary>
    public static int PartOf(string id, int count)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(id));
        return (int)(hash % (ulong)count) + 1;
    }

    public bool Contains(string id) => IsAll || PartOf(id, Count) == Index;

    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N; null and a message naming the problem otherwise.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = $"--shard must be K/N (as in 1/4), not '{text}'";
            return null;
        }

        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard {text}: K must be from 1 to N, and N at least 1";
            return null;
        }

        error = null;
        return new Shard(k, n);
    }
}
