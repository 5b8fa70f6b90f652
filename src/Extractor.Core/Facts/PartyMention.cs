using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Core.Facts;

/// <summary>
/// A party named in a sentence: a person (with whatever title, country and organisation the
/// words around the name give) or, with <see cref="Name"/> null, a body ("the foreign ministers
/// of Kazakhstan", "South Korean envoys"). Offsets are relative to the sentence.
/// </summary>
public sealed record PartyMention(
    int Start,
    int End,
    string? Name,
    string? Title,
    Country? Country,
    string? Organization,
    bool IsInternational)
{
    /// <summary>The name's words, for matching short mentions ("Noh") to full ones ("Noh Kyu-duk").</summary>
    public IReadOnlyList<string> NameTokens { get; init; } = [];

    /// <summary>Written as "his Japanese counterpart": a party of that country, whoever it is.</summary>
    public bool IsCounterpart { get; init; }

    /// <summary>A title alone ("the Secretary", "the President of Russia"): refers to a person named elsewhere.</summary>
    public bool IsTitleOnly { get; init; }

    /// <summary>The mention is in the possessive ("Blinken's").</summary>
    public bool IsPossessive { get; init; }

    /// <summary>A body named by its capital ("Seoul"), weaker than a country's name.</summary>
    public bool IsCapital { get; init; }

    public bool IsBody => Name is null;
}
