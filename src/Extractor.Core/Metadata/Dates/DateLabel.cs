namespace Extractor.Core.Metadata.Dates;

/// <summary>What a date line says its date is, from the label printed before it.</summary>
internal enum DateLabel
{
    /// <summary>A generic label (<c>date</c>, as crawlers' header lines print it): weakest evidence.</summary>
    Generic = 0,

    /// <summary>No label: a date line near the headline.</summary>
    None = 1,

    /// <summary><c>Published</c>, <c>Posted</c>, <c>입력</c>, …</summary>
    Published = 2,

    /// <summary><c>Updated</c>, <c>Modified</c>, <c>수정</c>, …</summary>
    Updated = 3,

    /// <summary>A date that is not the page's: <c>Joined</c>, <c>Registriert</c>, <c>Aktuelle Zeit</c>, <c>gültig seit</c>, …</summary>
    Other = 4,
}
