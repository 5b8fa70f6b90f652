namespace Extractor.Core.Lexicons;

/// <summary>A lexicon file that cannot be read or fails a check: which file, which entry, what is wrong.</summary>
public sealed class LexiconException : Exception
{
    public LexiconException()
    {
    }

    public LexiconException(string message)
        : base(message)
    {
    }

    public LexiconException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public LexiconException(string file, string? entry, string problem, Exception? inner = null)
        : base(entry is null ? $"{file}: {problem}" : $"{file}: {entry}: {problem}", inner)
    {
        File = file;
        Entry = entry;
        Problem = problem;
    }

    /// <summary>The file as the user named it (or the built-in file's name).</summary>
    public string? File { get; }

    /// <summary>The entry at fault (<c>cues[12]</c>, <c>"Foreign Ministry"</c>), when one is.</summary>
    public string? Entry { get; }

    public string? Problem { get; }
}
