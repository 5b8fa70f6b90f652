using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Metadata.Bylines;

/// <summary>The byline word lists (<c>bylines.json</c>), all matched ignoring case, and the byline grammar's words by language.</summary>
internal sealed record BylineWords(
    HashSet<string> NotPeople,
    HashSet<string> JobWords,
    HashSet<string> NotNameWords,
    HashSet<string> CutWords,
    HashSet<string> DeskWords,
    Regex ByPrefix,
    Regex CreditSeparator)
{
    public static BylineWords From(BylinesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);
        static string Alternation(IEnumerable<string> words) => string.Join('|', words
            .OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", @"\s+", StringComparison.Ordinal)));

        // "By Kim Eun-jung", "von Anna Menin", "Autor: X": a byline word, then the credit.
        var byPrefix = new Regex(@"^(?:" + Alternation(file.ByWords) + @")\s*[:：]?\s+(?<credit>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        // Parts of a credit: commas, semicolons, '&', a joining word, a bar or bullet, a sentence stop before a capital.
        var separator = new Regex(@"\s*(?:[,;&]|(?<!\w)(?i:" + Alternation(file.JoinWords) + @")(?!\w)|\s[|·•/]\s|(?<=\w{3})\.\s+(?=\p{Lu}))\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new BylineWords(Set(file.NotPeople), Set(file.JobWords), Set(file.NotNameWords), Set(file.CutWords), Set(file.DeskWords), byPrefix, separator);
    }
}
