namespace Extractor.Core.Lexicons;

/// <summary>
/// Splits a regular expression written in a lexicon file at its top-level '|', outside groups
/// and character classes: the load checks test each branch, and an outlet signature with more
/// than one branch is refused.
/// </summary>
internal static class PatternBranches
{
    /// <summary>The branches of a pattern's top-level alternation (the whole pattern when it has none).</summary>
    public static List<string> TopLevel(string pattern)
    {
        var branches = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == '|' && depth == 0)
            {
                branches.Add(pattern[start..i]);
                start = i + 1;
            }
        }

        branches.Add(pattern[start..]);
        return branches;
    }
}
