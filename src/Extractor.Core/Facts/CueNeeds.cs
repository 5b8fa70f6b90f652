using System.Buffers;

namespace Extractor.Core.Facts;

/// <summary>
/// Which cues' needed words a sentence holds, found in one pass over it: each needed word (lower-case ASCII) is
/// looked for where its first letter stands, the sentence lower-cased character by character as
/// <see cref="string.ToLowerInvariant()"/> would, without copying it. Cue lists with more than 64 distinct needed
/// words or words outside ASCII are left to plain substring search.
/// </summary>
internal sealed class CueNeeds
{
    private readonly string[] _words;
    private readonly int[][] _byFirst = new int[128][];
    private readonly ulong[] _cueMasks;
    private readonly SearchValues<string> _search;

    public CueNeeds(IReadOnlyList<CueDefinition> cues)
    {
        var words = cues.SelectMany(c => c.Needs).Distinct(StringComparer.Ordinal).ToArray();
        _cueMasks = new ulong[cues.Count];
        IsUsable = words.Length <= 64 && words.All(w => w.Length > 0 && w.All(char.IsAscii));
        _words = words;
        _search = SearchValues.Create(IsUsable ? words : [], StringComparison.OrdinalIgnoreCase);
        if (!IsUsable)
        {
            return;
        }

        for (var c = 0; c < _byFirst.Length; c++)
        {
            _byFirst[c] = [.. Enumerable.Range(0, words.Length).Where(k => words[k][0] == c)];
        }

        for (var i = 0; i < cues.Count; i++)
        {
            foreach (var need in cues[i].Needs)
            {
                _cueMasks[i] |= 1UL << Array.IndexOf(words, need);
            }
        }
    }

    /// <summary>False when the words cannot be scanned this way; callers then search each word.</summary>
    public bool IsUsable { get; }

    /// <summary>The needed words present in <paramref name="sentence"/>, one bit each.</summary>
    public ulong Present(string sentence)
    {
        ulong present = 0;
        if (System.Text.Ascii.IsValid(sentence))
        {
            // ASCII (most sentences): a vectorised search skips to where some needed word starts,
            // in any case, and only there are the words with that first letter compared.
            var at = 0;
            int next;
            while ((next = sentence.AsSpan(at).IndexOfAny(_search)) >= 0)
            {
                at += next;
                foreach (var k in _byFirst[Lower(sentence[at])])
                {
                    if ((present & (1UL << k)) == 0 && At(sentence, at, _words[k]))
                    {
                        present |= 1UL << k;
                    }
                }

                at++;
            }

            return present;
        }

        for (var i = 0; i < sentence.Length; i++)
        {
            var first = Lower(sentence[i]);
            if (first >= 128)
            {
                continue;
            }

            foreach (var k in _byFirst[first])
            {
                if ((present & (1UL << k)) == 0 && At(sentence, i, _words[k]))
                {
                    present |= 1UL << k;
                }
            }
        }

        return present;
    }

    /// <summary>Whether the sentence holds one of the words cue <paramref name="cue"/> needs.</summary>
    public bool Holds(ulong present, int cue) => (present & _cueMasks[cue]) != 0;

    private static bool At(string sentence, int at, string word)
    {
        if (at + word.Length > sentence.Length)
        {
            return false;
        }

        for (var t = 1; t < word.Length; t++)
        {
            if (Lower(sentence[at + t]) != word[t])
            {
                return false;
            }
        }

        return true;
    }

    private static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
}
