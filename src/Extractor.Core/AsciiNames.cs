using System.Buffers;
using System.Runtime.CompilerServices;

namespace Extractor.Core;

/// <summary>Case mapping for the short names of markup (tags, attributes, class tokens), matched against lower-case ASCII words.</summary>
internal static class AsciiNames
{
    /// <summary>The characters of a tag name as the nesting check and the stripper read it.</summary>
    private static readonly SearchValues<char> TagNameCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-:_");

    /// <summary>
    /// How many characters at the start of <paramref name="rest"/> make a tag name: ASCII letters
    /// and digits, '-', ':' and '_'. One vectorised search: a loop testing character by character
    /// cost twice as much (HTML bench, native: HtmlNesting.Exceeds 98 -> 86 M instructions).
    /// </summary>
    public static int TagNameLength(ReadOnlySpan<char> rest)
    {
        var length = rest.IndexOfAnyExcept(TagNameCharacters);
        return length < 0 ? rest.Length : length;
    }

    /// <summary>
    /// Writes <paramref name="name"/> with its ASCII capitals lowered to <paramref name="buffer"/>
    /// (at least as long as the name); false, with the buffer partly written, when a character is
    /// outside ASCII (such a name matches no ASCII constant; callers that need its case mapped use
    /// the invariant one). A plain loop: for names of a few letters it does less than
    /// <see cref="System.Text.Ascii.ToLower(ReadOnlySpan{char}, Span{char}, out int)"/>, whose
    /// set-up is most of the cost (measured: 30 M more instructions on the bench HTML).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLower(ReadOnlySpan<char> name, Span<char> buffer)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c >= 128)
            {
                return false;
            }

            buffer[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        return true;
    }
}
