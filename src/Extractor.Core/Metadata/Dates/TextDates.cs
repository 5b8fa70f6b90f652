using Extractor.Core.Metadata.Text;

namespace Extractor.Core.Metadata.Dates;

/// <summary>The publication and update dates a text dump prints, or null.</summary>
internal sealed record TextDates(ParsedDate? Published, ParsedDate? Updated)
{
    /// <summary>
    /// Reads the date lines above the body. Precedence for the publication date: a line labelled
    /// <c>Published</c> (or kin), then an unlabelled date line, then a generic <c>date</c> label
    /// (a crawler's header line); the earliest line wins among equals. When the winner has no
    /// time and another line gives the same day with a time, the time is taken from it
    /// (pinned by <c>Crawler_header_date_yields_to_visible_date_with_time</c>).
    /// </summary>
    public static TextDates Find(TextLayout layout)
    {
        var found = new List<LabelledDate>();
        foreach (var i in layout.HeaderLines())
        {
            found.AddRange(DateLineReader.Read(layout.Lines[i]));
        }

        ParsedDate? published = null;
        var best = -1;
        foreach (var d in found)
        {
            var rank = d.Label switch { DateLabel.Published => 3, DateLabel.None => 2, DateLabel.Generic => 1, _ => -1 };
            if (rank > best)
            {
                best = rank;
                published = d.Date;
            }
        }

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
            // Some pages print the date only below the article ("Posted on ..."): take a labelled one there.
            for (var i = layout.BodyEnd; i < layout.Lines.Count && published is null; i++)
            {
                foreach (var d in DateLineReader.Read(layout.Lines[i]))
                {
                    if (d.Label == DateLabel.Published)
                    {
                        published = d.Date;
                        break;
                    }
                }
            }
        }

        return new TextDates(published, updated);
    }
}
