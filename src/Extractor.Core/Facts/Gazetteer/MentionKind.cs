namespace Extractor.Core.Facts.Gazetteer;

/// <summary>How a country is named in the text.</summary>
public enum MentionKind
{
    /// <summary>Its common or official name: <c>South Korea</c>, <c>Republic of Korea</c>.</summary>
    Name,

    /// <summary>A short or informal form: <c>S. Korea</c>, <c>Britain</c>, <c>America</c>.</summary>
    ShortForm,

    /// <summary>An acronym, matched case-sensitively: <c>U.S.</c>, <c>ROK</c>, <c>DPRK</c>.</summary>
    Acronym,

    /// <summary>A demonym or adjective: <c>Russian</c>, <c>S. Korean</c>, <c>Americans</c>.</summary>
    Demonym,

    /// <summary>Any of the other kinds followed by <c>'s</c> (or a bare <c>'</c> after a final s); see <see cref="CountryMention.BaseKind"/>.</summary>
    Possessive,

    /// <summary>A capital used for its government: <c>Seoul</c>, <c>Washington</c>, <c>Kyiv</c>.</summary>
    Capital,

    /// <summary>A seat of government used for it: <c>the Kremlin</c>, <c>the White House</c>, <c>Downing Street</c>.</summary>
    Seat,
}
