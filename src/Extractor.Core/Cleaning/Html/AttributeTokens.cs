namespace Extractor.Core.Cleaning.Html;

/// <summary>
/// Splits class and id values into lower-case word tokens: on spaces, '-', '_', ':' and digits,
/// and at camelCase humps ("articleBody" → "article", "body"), so lexicon words match whole words
/// and "ad" never matches inside "header". Each class name also yields its letters run together
/// ("sr-only" → "sronly") so compound names can be listed whole.
/// </summary>
internal static class AttributeTokens
{
    public static List<string> Split(string value)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsLetter(c)
                || (start >= 0 && char.IsUpper(c) && i > 0 && char.IsLower(value[i - 1]));
            if (boundary && start >= 0)
            {
                tokens.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }

            if (char.IsLetter(c) && start < 0)
            {
                start = i;
            }
        }

        foreach (var name in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (name.Contains('-', StringComparison.Ordinal) || name.Contains('_', StringComparison.Ordinal))
            {
                tokens.Add(new string(name.Where(char.IsLetter).ToArray()).ToLowerInvariant());
            }
        }

        return tokens;
    }
}
