namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// The longest organization form starting at each token of one text, looked up once: the title lexicon (which
/// skips organizations' names) and the organization lexicon both ask for them.
/// </summary>
internal sealed class OrganizationMatches(OrganizationLexicon lexicon, string text, List<Token> tokens)
{
    private readonly PhraseTrie<OrganizationForm>.Match?[] _found = new PhraseTrie<OrganizationForm>.Match?[tokens.Count];
    private readonly bool[] _done = new bool[tokens.Count];

    public OrganizationLexicon Lexicon => lexicon;

    /// <summary>As <see cref="OrganizationLexicon.MatchAt"/> at token <paramref name="i"/> of this text.</summary>
    public PhraseTrie<OrganizationForm>.Match? At(int i)
    {
        if (!_done[i])
        {
            _found[i] = lexicon.MatchAt(text, tokens, i);
            _done[i] = true;
        }

        return _found[i];
    }
}
