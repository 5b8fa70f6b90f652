namespace Extractor.Core.Output;

/// <summary>
/// The columns of csv, tsv and exploded jsonl, in SPEC §4 order. One explicit list, read by plain
/// delegates rather than reflection, so the columns never depend on member order and the writers
/// work in a native (trimmed, ahead-of-time compiled) build. <c>interaction_index</c> follows
/// <c>interaction_count</c> when rows are exploded; the participant columns follow
/// <c>evidence</c> for <c>--explode participants</c>; <c>text</c> is left out for <c>--no-text</c>.
/// </summary>
public static class FlatColumns
{
    public static IReadOnlyList<FlatColumn> For(ExplodeMode explode, bool includeText)
    {
        var columns = new List<FlatColumn>
        {
            new("id", r => r.Id),
            new("source", r => r.Source),
            new("sha256", r => r.Sha256),
            new("copy_of", r => r.CopyOf),
            new("input_format", r => r.InputFormat),
            new("title", r => r.Title),
            new("published", r => r.Published),
            new("updated", r => r.Updated),
            new("outlet", r => r.Outlet),
            new("authors", r => r.Authors),
            new("agencies", r => r.Agencies),
            new("dateline", r => r.Dateline),
            new("interaction_count", r => r.InteractionCount),
        };
        if (explode != ExplodeMode.None)
        {
            columns.Add(new("interaction_index", r => r.InteractionIndex));
        }

        columns.Add(new("medium", r => r.Medium));
        columns.Add(new("cameo", r => r.Cameo));
        columns.Add(new("plover", r => r.Plover));
        columns.Add(new("interaction_date", r => r.InteractionDate));
        columns.Add(new("participants", r => r.Participants));
        columns.Add(new("countries", r => r.Countries));
        columns.Add(new("topics", r => r.Topics));
        columns.Add(new("evidence", r => r.Evidence));
        if (explode == ExplodeMode.Participants)
        {
            columns.Add(new("participant_name", r => r.ParticipantName));
            columns.Add(new("participant_title", r => r.ParticipantTitle));
            columns.Add(new("participant_country", r => r.ParticipantCountry));
            columns.Add(new("participant_country_code", r => r.ParticipantCountryCode));
            columns.Add(new("participant_organization", r => r.ParticipantOrganization));
        }

        columns.Add(new("captions", r => r.Captions));
        if (includeText)
        {
            columns.Add(new("text", r => r.Text));
        }

        columns.Add(new("warnings", r => r.Warnings));
        return columns;
    }
}
