namespace Extractor.Core.Cleaning.Text;

/// <summary>
/// What a text dump prints after a headline on its line, behind a separator: the page's date
/// ("Millions in Japan seeking shelter from Typhoon #Nanmadol─── 06:06 Mon, 19 Sep 2022"). The
/// cleaner cuts it from the title (when it reads as a date line); the metadata stage reads it as a
/// header line of its own.
/// </summary>
internal static class HeadlineTail
{
    /// <summary>Box-drawing lines, dashes, bars and dots that set a date apart from a headline (not a hyphen: "Kim-Putin summit").</summary>
    public static bool IsSeparator(char c) => c is '|' or '·' or '•' or '—' or '–' or (>= '\u2500' and <= '\u257F');

    /// <summary>Where the part after the last separator of <paramref name="line"/> starts, or -1 when it holds none.</summary>
    public static int After(string line)
    {
        var cut = line.Length;
        while (cut > 0 && !IsSeparator(line[cut - 1]))
        {
            cut--;
        }

        return cut == 0 ? -1 : cut;
    }
}
