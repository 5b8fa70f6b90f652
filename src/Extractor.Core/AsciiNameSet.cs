namespace Extractor.Core;

/// <summary>
/// A fixed set of lower-case ASCII names of markup (tags, attributes), matched in any ASCII case.
/// The names are kept in buckets by length and first letter: most names looked up (div, span, a,
/// href, src) find no bucket and are ruled out without a character compared, where a switch over
/// the lower-cased name (or a hash lookup) lower-cased and compared every one.
/// </summary>
internal sealed class AsciiNameSet
{
    private const int Letters = 26;

    private readonly string[]?[] _buckets;

    private readonly int _longest;

    public AsciiNameSet(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]) || name.Any(c => c >= 128 || char.IsAsciiLetterUpper(c)))
            {
                throw new ArgumentException($"'{name}': a name must be lower-case ASCII and start with a letter", nameof(names));
            }

            _longest = Math.Max(_longest, name.Length);
        }

        _buckets = new string[]?[(_longest + 1) * Letters];
        foreach (var name in names)
        {
            ref var bucket = ref _buckets[(name.Length * Letters) + (name[0] - 'a')];
            bucket = [.. bucket ?? [], name];
        }
    }

    /// <summary>Whether <paramref name="name"/> is in the set, its ASCII capitals taken as small letters.</summary>
    public bool Contains(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || name.Length > _longest || !char.IsAsciiLetter(name[0])
            || _buckets[(name.Length * Letters) + ((name[0] | 0x20) - 'a')] is not { } bucket)
        {
            return false;
        }

        foreach (var candidate in bucket)
        {
            if (EqualsLower(name, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/>, its ASCII capitals lowered, is <paramref name="lower"/> (of the same length).</summary>
    private static bool EqualsLower(ReadOnlySpan<char> name, string lower)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c != lower[i] && !(char.IsAsciiLetterUpper(c) && (char)(c | 0x20) == lower[i]))
            {
                return false;
            }
        }

        return true;
    }
}
