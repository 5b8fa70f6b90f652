namespace Extractor.Core.Facts.Gazetteer;

/// <summary>How the case of a text must agree with a pattern.</summary>
internal enum CasePolicy
{
    /// <summary>Character for character: acronyms (<c>US</c> is not <c>us</c>).</summary>
    Exact,

    /// <summary>
    /// Each capitalized pattern word as written or in capitals (<c>Seoul</c>, <c>SEOUL</c>, not <c>seoul</c>);
    /// lower-case pattern words (<c>of</c>, <c>the</c>) in any case.
    /// </summary>
    Proper,

    /// <summary>Any case: common-noun phrases (<c>foreign ministry</c>, <c>deputy foreign minister</c>).</summary>
    Any,
}
