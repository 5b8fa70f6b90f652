using System.Text.RegularExpressions;

namespace Extractor.Core.Metadata.Bylines;

/// <summary>The byline word lists (embedded <c>bylines.json</c>), all matched ignoring case.</summary>
internal sealed record BylineWords(
    HashSet<string> NotPeople,
    HashSet<string> JobWords,
    HashSet<string> NotNameWords,
    HashSet<string> CutWords,
    HashSet<string> DeskWords,
    Regex ByPrefix,
    Regex CreditSeparator)
{
    public static BylineWords Load()
    {
        using var doc = MetadataResources.Open("bylines.json");
        HashSet<string> Set(string name) => new(MetadataResources.Strings(doc.RootElement, name), StringComparer.OrdinalIgnoreCase);
        string Alternation(string name) => string.Join('|', MetadataResources.Strings(doc.RootElement, name)
            .OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", @"\s+", StringComparison.Ordinal)));

        // "By Kim Eun-jung", "von Anna Menin", "Autor: X": a byline word, then the credit.
        var byPrefix = new Regex(@"^(?:" + Alternation("byWords") + @")\s*[:：]?\s+(?<credit>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        // Parts of a credit: commas, semicolons, '&', a joining word, a bar or bullet, a sentence stop before a capital.
        var separator = new Regex(@"\s*(?:[,;&]|(?<!\w)(?i:" + Alternation("joinWords") + @")(?!\w)|\s[|·•/]\s|(?<=\w{3})\.\s+(?=\p{Lu}))\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new BylineWords(Set("notPeople"), Set("jobWords"), Set("notNameWords"), Set("cutWords"), Set("deskWords"), byPrefix, separator);
    }
}
