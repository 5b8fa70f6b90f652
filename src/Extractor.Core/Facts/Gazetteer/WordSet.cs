namespace Extractor.Core.Facts.Gazetteer;

/// <summary>A set of words (compared ordinally, ignoring case or not, as its comparer says), looked up by a word of the text in place.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly WordFilter _filter = new();

    public WordSet(HashSet<string> words)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            _filter.Add(word);
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _words.Contains(word);
}
