namespace Extractor.Core.Facts.Gazetteer;

/// <summary>
/// A word (a run of letters, marks and digits) or a single punctuation character of a text.
/// Punctuation is normalized (<c>’</c> → <c>'</c>, <c>‐</c> → <c>-</c>) so patterns need one spelling.
/// </summary>
internal readonly record struct Token(int Start, int Length, char Punct)
{
    public int End => Start + Length;

    public bool IsWord => Punct == '\0';

    public ReadOnlySpan<char> Span(string text) => IsWord ? text.AsSpan(Start, Length) : Tokenizer.PunctString(Punct).AsSpan();

    /// <summary>Whether the token is a word that starts with an upper-case letter.</summary>
    public bool IsCapitalized(string text) => IsWord && char.IsUpper(text[Start]);

    /// <summary>Whether <paramref name="next"/> follows this token with no space between.</summary>
    public bool Touches(Token next) => End == next.Start;
}
