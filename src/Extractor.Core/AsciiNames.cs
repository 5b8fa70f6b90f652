using System.Runtime.CompilerServices;

namespace Extractor.Core;

/// <summary>Case mapping for the short ASCII names of markup (tags, attributes), matched against lower-case constants.</summary>
internal static class AsciiNames
{
    /// <summary>
    /// <paramref name="name"/> with its ASCII capitals lowered, written to <paramref name="buffer"/>
    /// (at least as long as the name); other characters stay as they are, so a name outside ASCII
    /// matches no ASCII constant. A plain loop: for names of a few letters it does less than
    /// <see cref="System.Text.Ascii.ToLower(ReadOnlySpan{char}, Span{char}, out int)"/>, whose
    /// set-up is most of the cost (measured: 30 M more instructions on the bench HTML).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> name, Span<char> buffer)
    {
        for (var i = 0; i < name.Length; i++)
        {
            buffer[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        }

        return buffer[..name.Length];
    }

    /// <summary>
    /// As <see cref="Lower"/>, for a name known only to be ASCII most of the time: false, with
    /// <paramref name="buffer"/> partly written, when a character is outside ASCII.
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
