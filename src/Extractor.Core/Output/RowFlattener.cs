using Extractor.Core.Model;

namespace Extractor.Core.Output;

/// <summary>Turns a record into the rows of SPEC §4: one per document, interaction or participant.</summary>
public static class RowFlattener
{
    public static IEnumerable<FlatRow> Rows(Record record, ExplodeMode explode)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = Document(record);
        if (explode == ExplodeMode.None || record.Interactions.Count == 0)
        {
            // One row per document: the interaction columns describe the main (first) interaction.
            yield return record.Interactions.Count == 0 ? document : WithInteraction(document, record.Interactions[0], null);
            yield break;
        }

        for (var i = 0; i < record.Interactions.Count; i++)
        {
            var interaction = record.Interactions[i];
            var row = WithInteraction(document, interaction, i);
            if (explode == ExplodeMode.Interactions || interaction.Participants.Count == 0)
            {
                yield return row;
                continue;
            }

            foreach (var p in interaction.Participants)
            {
                yield return row with
                {
                    ParticipantName = p.Name,
                    ParticipantTitle = p.Title,
                    ParticipantCountry = p.Country,
                    ParticipantCountryCode = p.CountryCode,
                    ParticipantOrganization = p.Organization,
                };
            }
        }
    }

    /// <summary>
    /// <c>Name (Title, Country)</c>, leaving out what is null. A party without a name is written by
    /// its organization (SPEC §3 allows a body as a participant); with neither, only the parentheses'
    /// contents remain.
    /// </summary>
    public static string FormatParticipant(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var head = participant.Name ?? participant.Organization;
        var details = string.Join(", ", new[] { participant.Title, participant.Country }.Where(s => s is not null));
        return (head, details.Length) switch
        {
            (null, _) => details,
            (_, 0) => head,
            _ => $"{head} ({details})",
        };
    }

    private static FlatRow Document(Record r) => new()
    {
        Id = r.Id,
        Source = r.Source,
        Sha256 = r.Sha256,
        CopyOf = r.CopyOf,
        InputFormat = r.InputFormat,
        Title = r.Title,
        Published = r.Published,
        Updated = r.Updated,
        Outlet = r.Outlet,
        Authors = r.Authors,
        Agencies = r.Agencies,
        Dateline = r.Dateline,
        InteractionCount = r.Interactions.Count,
        Captions = r.Captions,
        Text = r.Text,
        Warnings = r.Warnings,
    };

    private static FlatRow WithInteraction(FlatRow document, Interaction interaction, int? index) => document with
    {
        InteractionIndex = index,
        Medium = interaction.Medium,
        Cameo = interaction.Cameo,
        Plover = interaction.Plover.ToString(),
        InteractionDate = interaction.Date,
        Participants = interaction.Participants.Select(FormatParticipant).ToArray(),
        Countries = interaction.Countries,
        Topics = interaction.Topics,
        Evidence = interaction.Evidence,
    };
}
