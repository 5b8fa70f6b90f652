using CsvHelper.Configuration;

namespace Extractor.Core.Output;

/// <summary>
/// The columns of csv, tsv and exploded jsonl, in SPEC §4 order. One explicit map, so the
/// columns never depend on reflection order. <c>interaction_index</c> follows
/// <c>interaction_count</c> when rows are exploded; the participant columns follow
/// <c>evidence</c> for <c>--explode participants</c>; <c>text</c> is left out for <c>--no-text</c>.
/// </summary>
public sealed class FlatRowMap : ClassMap<FlatRow>
{
    public FlatRowMap(ExplodeMode explode, bool includeText, FieldStyle style)
    {
        var field = new FieldConverter(style);
        var index = 0;
        Map(r => r.Id).Name("id").Index(index++).TypeConverter(field);
        Map(r => r.Source).Name("source").Index(index++).TypeConverter(field);
        Map(r => r.Sha256).Name("sha256").Index(index++).TypeConverter(field);
        Map(r => r.InputFormat).Name("input_format").Index(index++).TypeConverter(field);
        Map(r => r.Title).Name("title").Index(index++).TypeConverter(field);
        Map(r => r.Published).Name("published").Index(index++).TypeConverter(field);
        Map(r => r.Updated).Name("updated").Index(index++).TypeConverter(field);
        Map(r => r.Outlet).Name("outlet").Index(index++).TypeConverter(field);
        Map(r => r.Authors).Name("authors").Index(index++).TypeConverter(field);
        Map(r => r.Agencies).Name("agencies").Index(index++).TypeConverter(field);
        Map(r => r.Dateline).Name("dateline").Index(index++).TypeConverter(field);
        Map(r => r.InteractionCount).Name("interaction_count").Index(index++);
        if (explode != ExplodeMode.None)
        {
            Map(r => r.InteractionIndex).Name("interaction_index").Index(index++);
        }

        Map(r => r.Medium).Name("medium").Index(index++).TypeConverter(field);
        Map(r => r.InteractionDate).Name("interaction_date").Index(index++).TypeConverter(field);
        Map(r => r.Participants).Name("participants").Index(index++).TypeConverter(field);
        Map(r => r.Countries).Name("countries").Index(index++).TypeConverter(field);
        Map(r => r.Topics).Name("topics").Index(index++).TypeConverter(field);
        Map(r => r.Evidence).Name("evidence").Index(index++).TypeConverter(field);
        if (explode == ExplodeMode.Participants)
        {
            Map(r => r.ParticipantName).Name("participant_name").Index(index++).TypeConverter(field);
            Map(r => r.ParticipantTitle).Name("participant_title").Index(index++).TypeConverter(field);
            Map(r => r.ParticipantCountry).Name("participant_country").Index(index++).TypeConverter(field);
            Map(r => r.ParticipantCountryCode).Name("participant_country_code").Index(index++).TypeConverter(field);
            Map(r => r.ParticipantOrganization).Name("participant_organization").Index(index++).TypeConverter(field);
        }

        Map(r => r.Captions).Name("captions").Index(index++).TypeConverter(field);
        if (includeText)
        {
            Map(r => r.Text).Name("text").Index(index++).TypeConverter(field);
        }

        Map(r => r.Warnings).Name("warnings").Index(index).TypeConverter(field);
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> ColumnNames =>
        MemberMaps.OrderBy(m => m.Data.Index).Select(m => m.Data.Names[0]).ToArray();
}
