using System.Runtime.CompilerServices;
using System.Text;

namespace Extractor.Core.Cleaning.Text;

/// <summary>Splits a text dump into classified lines, one pass, and links each line to its earlier copy.</summary>
public static class PageLines
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<PageLine> Read(string content, LineClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(classifier);
        var lines = new List<PageLine>();
        var lastByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var blank = false;
        var sb = new StringBuilder();
        var raws = new List<(string Text, bool BlankBefore)>();
        foreach (var raw in content.AsSpan().EnumerateLines())
        {
            var text = Normalize(raw, sb);
            if (text is null)
            {
                blank = true;
                continue;
            }

            raws.Add((text, blank || raws.Count == 0));
            blank = false;
        }

        foreach (var (text, blankBefore) in WrappedLines.Unwrap(raws))
        {
            var key = LineClassifier.Fold(text);
            var previous = lastByKey.TryGetValue(key, out var p) ? p : -1;
            lastByKey[key] = lines.Count;
            counts[key] = counts.GetValueOrDefault(key) + 1;
            var shape = LineShape.Measure(text, classifier.Lexicon);
            lines.Add(new PageLine(lines.Count, text, key, shape, classifier.Classify(text, shape), blankBefore, 0, previous));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = lines[i] with { Occurrences = counts[lines[i].Key] };
        }

        return lines;
    }

    /// <summary>Trims a line and collapses its spaces (no-break and thin spaces too); zero-width characters go. Null for a blank line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Normalize(ReadOnlySpan<char> raw, StringBuilder buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (IsNormal(raw))
        {
            return new string(raw);
        }

        buffer.Clear();
        var space = false;
        foreach (var c in raw)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = buffer.Length > 0;
                continue;
            }

            if (space)
            {
                buffer.Append(' ');
                space = false;
            }

            buffer.Append(c);
        }

        return buffer.Length == 0 ? null : buffer.ToString();
    }

    // A line Normalize leaves as it is (most are): no space at either end, no two in a row, no other space, control or
    // zero-width character; one pass of plain tests instead of a copy through the builder.
    private static bool IsNormal(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty || raw[0] == ' ' || raw[^1] == ' ')
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in raw)
        {
            if (c == ' ' ? previous == ' ' : c < '!' || (c >= '\u007F' && (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || char.IsWhiteSpace(c) || char.IsControl(c))))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }
}
