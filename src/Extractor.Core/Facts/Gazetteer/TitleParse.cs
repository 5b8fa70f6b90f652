namespace Extractor.Core.Facts.Gazetteer;

/// <summary>The outcome of parsing one title at a token.</summary>
/// <param name="End">The token index just past the title.</param>
/// <param name="Plural">The first plural core word, if any ("Ministers"): its token and how to make it singular.</param>
/// <param name="HasComplement">Whether an of/for/on/to complement follows the core.</param>
/// <param name="CoreStart">The first token of the (first) core role.</param>
/// <param name="CoreEnd">The token just past that core.</param>
internal readonly record struct TitleParse(int End, PluralCore? Plural, bool HasComplement, int CoreStart, int CoreEnd);

/// <summary>A plural core word: its token, the ending to drop and the ending that replaces it.</summary>
internal readonly record struct PluralCore(int Token, string Suffix, string Singular);
