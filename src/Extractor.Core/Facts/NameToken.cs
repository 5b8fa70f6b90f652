namespace Extractor.Core.Facts;

/// <summary>A word of a sentence (offsets relative to the sentence).</summary>
internal readonly record struct NameToken(int Start, int End, string Text)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsInitial => Text.Length == 2 && char.IsUpper(Text[0]) && Text[1] == '.';

    public bool IsAllCaps => Text.Length >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
