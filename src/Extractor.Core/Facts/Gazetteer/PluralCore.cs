namespace Extractor.Core.Facts.Gazetteer;

/// <summary>Where a title's core is plural: its last word's token and how to make it singular.</summary>
internal readonly record struct PluralCore(int Token, string Suffix, string Singular);
