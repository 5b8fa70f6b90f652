using Extractor.Core.Metadata.Text;

namespace Extractor.Core.Metadata.Dates;

/// <summary>The publication and update dates a text dump prints, or null.</summary>
internal sealed record TextDates(ParsedDate? Published, ParsedDate? Updated)
{
    /// <summary>How near two unlabelled date lines must be to read as a list of stories.</summary>
    private const int ListSpacing = 6;

    private static ParsedDate? Pick(IEnumerable<(int Line, LabelledDate Date)> candidates, bool first)
    {
        ParsedDate? picked = null;
        var best = -1;
        foreach (var (_, d) in candidates)
        {
            var rank = d.Label switch { DateLabel.Published => 3, DateLabel.None => 2, DateLabel.Generic => 1, _ => -1 };
            if (rank >= 0 && (rank > best || (rank == best && !first)))
            {
                best = rank;
                picked = d.Date;
            }
        }

        return picked;
    }

    /// <summary>
    /// Reads the date lines above the body. Precedence for the publication date: a line labelled
    /// <c>Published</c> (or kin), then an unlabelled date line, then a generic <c>date</c> label
    /// (a crawler's header line); the earliest line wins among equals. When the winner has no
    /// time and another line gives the same day with a time, the time is taken from it
    /// (pinned by <c>Crawler_header_date_yields_to_visible_date_with_time</c>).
    /// </summary>
    public static TextDates Find(TextLayout layout, IReadOnlyDictionary<string, string?> zones, IEnumerable<int>? header = null)
    {
        var lines = new List<(int Line, LabelledDate Date)>();
        foreach (var i in header ?? layout.HeaderLines())
        {
            var dates = DateLineReader.Read(layout.Lines[i], zones);
            if (dates is [{ Date.Time: null } only] && i + 1 < layout.Lines.Count && DateLineReader.TimeOnly(layout.Lines[i + 1], zones) is { } time)
            {
                // "Nov. 19, 2019" and "5:50 PM" on the next line are one date.
                dates = [only with { Date = only.Date with { Time = time.Time, HasSeconds = time.HasSeconds, Offset = time.Offset } }];
            }

            lines.AddRange(dates.Select(d => (i, d)));
        }

        // Unlabelled dates a few lines apart are a list of other stories ("latest news"), not the
        // article's date line (pinned by Story_list_dates_are_not_the_publication_date).
        var unlabelled = lines.Where(x => x.Date.Label == DateLabel.None).ToArray();
        // The date line right under the headline is the article's even when a list follows it.
        lines.RemoveAll(x => x.Date.Label == DateLabel.None
            && !(layout.TitleIndex >= 0 && x.Line > layout.TitleIndex && x.Line <= layout.TitleIndex + 3)
            && unlabelled.Any(o => o.Line != x.Line && Math.Abs(o.Line - x.Line) <= ListSpacing && o.Date.Date != x.Date.Date));
        var found = lines.Select(x => x.Date).ToList();

        // The date line by the headline wins (highest rank, first); failing that, among dates of
        // the same rank the one nearest the body: a header's first lines carry crawl dates.
        var near = layout.NearHeaderLines().ToHashSet();
        ParsedDate? published = Pick(lines.Where(x => near.Contains(x.Line)), first: true) ?? Pick(lines, first: false);

        if (published is { Time: null } p)
        {
            var timed = found.FirstOrDefault(d => d.Label != DateLabel.Updated && d.Date.Date == p.Date && d.Date.Time is not null);
            if (timed.Date.Time is not null)
            {
                published = timed.Date;
            }
        }

        ParsedDate? updated = found.FirstOrDefault(d => d.Label == DateLabel.Updated) is { Label: DateLabel.Updated } u ? u.Date : null;
        if (published is null)
        {
            // Some pages print the date only below the headline's block or under the article
            // ("First Published on ..."): take the first labelled one there.
            for (var i = layout.BodyStart; i < layout.Lines.Count && published is null; i++)
            {
                foreach (var d in DateLineReader.Read(layout.Lines[i], zones))
                {
                    if (d.Label == DateLabel.Published)
                    {
                        published = d.Date;
                        break;
                    }
                }
            }
        }

        // A page that prints only "Updated …" was first published no later than that: the update
        // is the best publication date it gives.
        return new TextDates(published ?? updated, updated);
    }
}
