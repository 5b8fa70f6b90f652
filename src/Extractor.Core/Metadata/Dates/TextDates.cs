using Extractor.Core.Cleaning.Text;
using Extractor.Core.Model;
using Extractor.Core.Metadata.Text;

namespace Extractor.Core.Metadata.Dates;

/// <summary>The publication and update dates a text dump prints, or null.</summary>
internal sealed record TextDates(ParsedDate? Published, ParsedDate? Updated)
{
    /// <summary>Where <see cref="Published"/> came from: a crawler's header line (a generic <c>date</c> label) or a visible date line.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>Lines above the headline read as its own.</summary>
    private const int AboveTitle = 2;

    /// <summary>How near two unlabelled date lines must be to read as a list of stories.</summary>
    private const int ListSpacing = 6;

    /// <summary>Whether <see cref="Published"/> was printed on a date line by the headline (the two lines above it, the three below).</summary>
    public bool ByHeadline { get; init; }

    /// <summary>Why the date may be wrong (a numeric date read day first where the page does not say), or null.</summary>
    public string? Warning { get; init; }

    private static (int Line, LabelledDate Date)? Pick(IEnumerable<(int Line, LabelledDate Date)> candidates, bool first)
    {
        (int Line, LabelledDate Date)? picked = null;
        var best = -1;
        foreach (var candidate in candidates)
        {
            var rank = candidate.Date.Label switch { DateLabel.Published => 3, DateLabel.None => 2, DateLabel.Generic => 1, _ => -1 };
            if (rank >= 0 && (rank > best || (rank == best && !first)))
            {
                best = rank;
                picked = candidate;
            }
        }

        return picked;
    }

    private static bool IsByHeadline(TextLayout layout, int line) =>
        layout.TitleIndex >= 0 && line != layout.TitleIndex && line >= layout.TitleIndex - AboveTitle && line <= layout.TitleIndex + 3;

    /// <summary>
    /// Reads the date lines above the body. Precedence for the publication date: a line labelled
    /// <c>Published</c> (or kin), then an unlabelled date line, then a generic <c>date</c> label
    /// (a crawler's header line); the earliest line wins among equals. When the winner has no
    /// time and another line gives the same day with a time, the time is taken from it
    /// (pinned by <c>Crawler_header_date_yields_to_visible_date_with_time</c>).
    /// </summary>
    public static TextDates Find(TextLayout layout, DateWords words, IEnumerable<int>? header = null)
    {
        var lines = new List<(int Line, LabelledDate Date)>();
        var (order, orderStated) = NumericDateOrder.Of(layout.Lines, words);
        var near = layout.NearHeaderLines().ToHashSet();
        var headerLines = (header ?? layout.HeaderLines()).ToList();
        for (var i = Math.Max(0, layout.TitleIndex - AboveTitle); i < layout.TitleIndex; i++)
        {
            // The lines right above the headline are by it: a kicker's date line ("02.02.2022 10:16 Uhr - 1. Bundesliga"
            // above the h1, dates set handball-word.news-nationalspiel) is the article's, not a teaser list's.
            near.Add(i);
            if (!headerLines.Contains(i))
            {
                headerLines.Add(i);
            }
        }

        headerLines.Sort();
        foreach (var i in headerLines)
        {
            var dates = DateLineReader.Read(layout.Lines, i, words, order);
            if (dates is [{ Date.Time: null } only] && i + 1 < layout.Lines.Count && DateLineReader.TimeOnly(layout.Lines[i + 1], words) is { } time)
            {
                // "Nov. 19, 2019" and "5:50 PM" on the next line are one date.
                dates = [only with { Date = only.Date with { Time = time.Time, HasSeconds = time.HasSeconds, Offset = time.Offset } }];
            }

            lines.AddRange(dates.Select(d => (i, d)));
        }

        var first = 0;
        while (first < layout.Lines.Count && layout.Lines[first].Length == 0)
        {
            first++;
        }

        if (first < layout.Lines.Count && CrawlerHeader.Read(layout.Lines[first]) is { } crawled && !lines.Exists(x => x.Line == first && x.Date.Label == DateLabel.Generic))
        {
            // A crawler's header on the first line, before the headline or the first paragraph.
            lines.Add((first, new LabelledDate(new ParsedDate(crawled.Date, null, false, null), DateLabel.Generic)));
        }

        // Unlabelled dates a few lines apart are a list of other stories ("latest news"), not the
        // article's date line (pinned by Story_list_dates_are_not_the_publication_date).
        var unlabelled = lines.Where(x => x.Date.Label == DateLabel.None).ToArray();
        // The date line right under (or right above) the headline is the article's even when a list follows it.
        lines.RemoveAll(x => x.Date.Label == DateLabel.None
            && !IsByHeadline(layout, x.Line)
            && unlabelled.Any(o => o.Line != x.Line && Math.Abs(o.Line - x.Line) <= ListSpacing && o.Date.Date != x.Date.Date));
        var found = lines.Select(x => x.Date).ToList();

        // The date line by the headline wins (highest rank, first); failing that, among dates of
        // the same rank the one nearest the body: a header's first lines carry crawl dates.
        var pick = Pick(lines.Where(x => near.Contains(x.Line)), first: true) ?? Pick(lines, first: false);
        ParsedDate? published = pick?.Date.Date;
        var byHeadline = pick is { } picked && IsByHeadline(layout, picked.Line);
        var source = pick is { Date.Label: DateLabel.Generic } ? ProvenanceSource.HeaderLine : ProvenanceSource.VisibleLine;

        if (published is { Time: null } p)
        {
            var timed = found.FirstOrDefault(d => d.Label is not (DateLabel.Updated or DateLabel.Other) && d.Date.Date == p.Date && d.Date.Time is not null);
            if (timed.Date.Time is not null)
            {
                published = timed.Date;
            }
        }

        ParsedDate? updated = found.FirstOrDefault(d => d.Label == DateLabel.Updated) is { Label: DateLabel.Updated } u ? u.Date : null;
        if (published is null && header is not null)
        {
            // Read narrowly, the header gave no date: a date line labelled as the publication's anywhere above the
            // body is the article's ("Veröffentlicht am" above "1. November 2023 09:35" where the headline was not
            // found, dates set finanzmarktwelt.de-Benko-Firma).
            var read = headerLines.ToHashSet();
            foreach (var i in layout.HeaderLines())
            {
                // Only a line holding a label, or under one, can be labelled.
                if (!read.Contains(i) && (words.MayHoldLabel(layout.Lines[i]) || (i > 0 && words.MayHoldLabel(layout.Lines[i - 1])))
                    && DateLineReader.Read(layout.Lines, i, words, order) is [{ Label: DateLabel.Published } labelled, ..])
                {
                    published = labelled.Date;
                    break;
                }
            }
        }

        if (published is null)
        {
            // Some pages print the date only below the headline's block or under the article
            // ("First Published on ..."): take the first labelled one there; failing that, a
            // bare date line opening the body, a "Date: …" line, then a later "Updated"/"Stand:" line.
            ParsedDate? opening = null;
            ParsedDate? generic = null;
            ParsedDate? late = null;
            for (var i = layout.BodyStart; i < layout.Lines.Count && published is null; i++)
            {
                foreach (var d in DateLineReader.Read(layout.Lines, i, words, order))
                {
                    if (d.Label == DateLabel.Published)
                    {
                        published = d.Date;
                        break;
                    }

                    if (d.Label == DateLabel.None && i < layout.BodyStart + 3)
                    {
                        opening ??= d.Date;
                    }
                    else if (d.Label == DateLabel.Generic)
                    {
                        generic ??= d.Date;
                    }
                    else if (d.Label == DateLabel.Updated)
                    {
                        late ??= d.Date;
                    }
                }
            }

            published ??= opening ?? generic ?? (updated is null ? late : null);
        }

        // A page that prints only "Updated …" was first published no later than that: the update
        // is the best publication date it gives.
        // "Never guess silently": a date that reads one day day first and another month first, on a page that gives no
        // sign of its order, is read day first and said so.
        var chosen = published ?? updated;
        var eitherWay = !orderStated && chosen is { } c ? NumericDateOrder.EitherWay(layout.Lines, c.Date) : null;
        return new TextDates(chosen, updated)
        {
            PublishedSource = published is null && updated is null ? null : source,
            ByHeadline = byHeadline && published is not null,
            Warning = eitherWay is null ? null : $"the date {eitherWay} reads day first or month first; read day first, as the page gives no sign of its order",
        };
    }
}
