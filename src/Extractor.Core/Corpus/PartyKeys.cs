using System.Text;

namespace Extractor.Core.Corpus;

/// <summary>
/// The normalised name by which two reports are known to name the same person: the last word of the name, without
/// accents, case, initials or a suffix (<c>Antony J. Blinken</c>, <c>Blinken</c> and <c>BLINKEN</c> give
/// <c>blinken</c>; <c>Joseph R. Biden, Jr.</c> gives <c>biden</c>; <c>Kim Jong-un</c> and <c>Kim Jong Un</c> give
/// <c>un</c>). Outlets differ on given names and initials far more than on the family name.
/// </summary>
public static class PartyKeys
{
    // The accented Latin letters (U+00C0-U+017F and a few more) and their plain lower-case letters: the tool runs with
    // invariant globalization, where string.Normalize cannot decompose them.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžßøØđĐłŁıæÆœŒþð";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzsooddlliaaootd";

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>The key of a name, or null when it has no word of two letters or more.</summary>
    public static string? NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var plain = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var folded = Accented.IndexOf(c, StringComparison.Ordinal);
            plain.Append(folded >= 0 ? Plain[folded] : char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (words[i].Length > 1 && !Suffixes.Contains(words[i]))
            {
                return words[i];
            }
        }

        return null;
    }
}
