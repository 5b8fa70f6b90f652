namespace Extractor.Core.Facts.Gazetteer;

/// <summary>One way of writing an organization: the name reported for it, its own country if it has one.</summary>
internal sealed record OrganizationForm(string Name, Country? Country, bool IsInternational);
