using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;
using Extractor.Core.Cleaning;
using Extractor.Core.Cleaning.Html;
using Extractor.Core.Metadata.Agencies;
using Extractor.Core.Metadata.Bylines;
using Extractor.Core.Metadata.Datelines;
using Extractor.Core.Metadata.Dates;
using Extractor.Core.Metadata.Outlets;
using Extractor.Core.Metadata.Text;
using Extractor.Core.Model;
using HtmlAgilityPack;

namespace Extractor.Core.Metadata.Html;

/// <summary>What an HTML page says about itself, with the warnings its sources raised.</summary>
internal sealed record HtmlMetadata(
    ParsedDate? Published,
    ParsedDate? Updated,
    string? Outlet,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Agencies,
    Dateline? Dateline,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Where <see cref="Published"/> came from (a <see cref="ProvenanceSource"/> value).</summary>
    public string? PublishedSource { get; init; }

    /// <summary>Where <see cref="Updated"/> came from.</summary>
    public string? UpdatedSource { get; init; }

    /// <summary>Where <see cref="Authors"/> came from.</summary>
    public string? AuthorsSource { get; init; }
}

/// <summary>
/// Reads an HTML page's metadata from its sources in a stated precedence (pinned by the
/// <c>HtmlPrecedenceTests</c> golden cases):
/// <list type="bullet">
/// <item>published: JSON-LD <c>datePublished</c> of the article, then meta tags (<c>article:published_time</c>, Dublin Core, citation…,
/// then a site's own date key), then a JSON-LD date of another block,
/// then a <c>&lt;time&gt;</c> marked as the publication time, then a visible date line, then the first <c>&lt;time datetime&gt;</c>
/// of the article;</item>
/// <item>updated: JSON-LD <c>dateModified</c>, then meta tags, then a visible "Updated" line;</item>
/// <item>outlet: a known outlet named by <c>og:site_name</c> or the JSON-LD publisher, then <c>og:site_name</c> as printed, then the JSON-LD publisher,
/// then other publisher tags, then the page's domain if it is a known outlet, then the text rules;</item>
/// <item>authors: JSON-LD people, then author meta tags, then byline elements, then visible bylines.</item>
/// </list>
/// A JSON-LD publication day more than a day away from the visible one raises a warning.
/// </summary>
internal static partial class HtmlMetadataReader
{
    public const string DateDisagreement = "JSON-LD date disagrees with the visible date";

    [GeneratedRegex(@"(?:^|[\s_-])(?:byline|by-line|author|authors|writer|reporter|article-author|author-name|authorname|contributor)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineClass();

    [GeneratedRegex(@"^(?:https?:|www\.|/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlLike();

    public static HtmlMetadata Read(DomTree tree, CleanedPage cleaned, string source, MetadataLexicon lexicon)
    {
        var agencies = lexicon.Agencies;
        var outlets = lexicon.Outlets;
        var words = lexicon.Dates;
        var elements = tree.Elements.ConvertAll(e => e.Source!);
        var ld = JsonLdReader.Read(elements, lexicon.Bylines.NotPeople);
        var meta = MetaTags.Read(elements);
        var layout = TextLayout.From(HtmlText.Lines(tree.Root), cleaned);
        var text = TextMetadataReader.Read(layout, cleaned, lexicon, narrowHeader: true);
        var (markedTime, firstTime) = TimeElements(elements, words);
        var warnings = new List<string>();

        var ldPublished = DateParser.ParseFirst(ld.DatePublished, words);
        var (metaKey, metaPublished) = meta.FirstWithKey(MetaTags.PublishedKeys);
        var vendorPublished = meta.FirstVendorPublished();
        var (published, publishedSource) = First(
            (ldPublished, ProvenanceSource.JsonLd),
            (DateParser.ParseFirst(metaPublished, words), ProvenanceSource.Meta),
            (DateParser.ParseFirst(vendorPublished, words), ProvenanceSource.Meta),
            (DateParser.ParseFirst(ld.OtherPublished, words), ProvenanceSource.JsonLd),
            (markedTime, ProvenanceSource.Time),
            (text.Published, text.PublishedSource ?? ProvenanceSource.VisibleLine),
            (firstTime, ProvenanceSource.Time));
        if (ldPublished is null && metaPublished is not null && published is { } read && PageDates.OtherReading(metaPublished, read) is { } other
            && PageDates.Prints(layout.Lines, other.Date, words) && !PageDates.Prints(layout.Lines, read.Date, words))
        {
            // "11/01/2023 12:43:42" in a meta tag reads day first as 11 January; the page prints
            // 1 November ("Erstellt am: 01.11.2023"): its own text decides the order
            // (dates set simmeltalzeitung.ch-Trinkwasser).
            published = other;
        }

        var pageUrl = meta.Url ?? Canonical(elements);
        var address = PageDates.InAddress(pageUrl);
        if (published is null)
        {
            // Last resorts: an element whose class says it prints a date, the page's own address, a
            // publication date in the page's other scripts' data, then the one day its text prints.
            (published, publishedSource) = First(
                (DateElement(elements, words), ProvenanceSource.VisibleLine),
                (address, ProvenanceSource.Url),
                (PageDates.InScriptData(source, words), ProvenanceSource.Meta),
                (PageDates.LoneVisible(layout.Lines, words), ProvenanceSource.VisibleLine));
        }
        else
        {
            published = PageDates.LocalDay(published.Value, source);
            if (published is { } stated && text.Published is { } printed && text.PublishedSource == ProvenanceSource.VisibleLine && printed.Date < stated.Date
                && (ldPublished is not null ? ld.DatePublished : metaPublished ?? vendorPublished) is { } raw && (ldPublished is not null || publishedSource == ProvenanceSource.Meta)
                && ((ldPublished is null && metaPublished is not null && metaKey == "date") || raw == ld.DateModified || meta.IsModificationValue(raw)))
            {
                // A metadata date stamped at every save (the same value as the page's modification date) or given under
                // the bare key "date" is the last revision's; the date line by the headline printing an earlier day is
                // the publication's (dates set tagesschau.de.rheinmetall, neues-deutschland.de.mietenstreik, zdf.de.corona).
                (published, publishedSource) = (printed, ProvenanceSource.VisibleLine);
            }

            if (address is { } a && a.Date != published.Value.Date)
            {
                // The page's own address dates it (/2017/7/12/): a metadata date on another day is a
                // later revision, a template's default or a UTC instant past local midnight
                // (pinned by Address_date_outranks_a_metadata_date_of_another_day).
                (published, publishedSource) = (a, ProvenanceSource.Url);
            }
        }

        if (publishedSource is null or ProvenanceSource.VisibleLine && PageDates.MonthInAddress(pageUrl) is { } month
            && (published is not { } shown || shown.Date.Year != month.Year || shown.Date.Month != month.Month)
            && !(text.PublishedByHeadline && published == text.Published)
            && PageDates.FirstVisibleIn(layout.Lines, month, words) is { } inMonth)
        {
            // A blog's address gives the month of its post (/2017/09/): a visible date of another
            // month is a comment's or an archive's, and the first one printed in that month is the
            // post's (dates set weinlachgummis.blogspot.com.rezi, archive.org.tv-orange.de.future). A date line by the
            // headline stays: a page kept up to date lives at the address of the month it was begun in
            // (dates set bundespolizei.de-Belarus, /2021/10/ with "10.11.2021" under its headline).
            (published, publishedSource) = (inMonth, ProvenanceSource.VisibleLine);
        }

        var visible = text.Published ?? markedTime ?? firstTime;
        if (ldPublished is { } l && visible is { } v && Math.Abs(l.Date.DayNumber - v.Date.DayNumber) > 1)
        {
            warnings.Add(DateDisagreement);
        }

        var (updated, updatedSource) = First(
            (DateParser.ParseFirst(ld.DateModified, words), ProvenanceSource.JsonLd),
            (DateParser.ParseFirst(meta.First(MetaTags.UpdatedKeys), words), ProvenanceSource.Meta),
            (text.Updated, ProvenanceSource.VisibleLine));

        var pageOutlet = OutletOfPage(ld, meta, elements, outlets);

        var credited = new List<string>();
        // A known outlet or the page's own credited as the author (JSON-LD's Organization "毎日新聞")
        // is no author, and the next source is asked (fundus jp__MainichiShimbun_2025_01_14).
        // So is a name the JSON-LD credits through a placeholder account, wherever the page prints it.
        bool IsOutlet(string a) => outlets.NameOf(a) is not null || string.Equals(a, pageOutlet, StringComparison.OrdinalIgnoreCase) || string.Equals(a, ld.Publisher, StringComparison.OrdinalIgnoreCase)
            || ld.PlaceholderAuthors.Contains(a, StringComparer.OrdinalIgnoreCase);
        List<string> PeopleNotOutlets(IEnumerable<string> credits)
        {
            var people = People(credits, lexicon, credited);
            people.RemoveAll(IsOutlet);
            return people;
        }

        var authors = PeopleNotOutlets(ld.PersonAuthors.Concat(ld.OrganizationAuthors));
        var authorsSource = ProvenanceSource.JsonLd;
        if (authors.Count > 0 && CoAuthors(authors, elements, lexicon) is { } all)
        {
            // The JSON-LD author's byline element stands beside others of its class naming more
            // people: the structured data kept one of the story's writers (fundus
            // no__Dagbladet_2024_08_04); bylines elsewhere on the page (other stories') are not asked.
            (authors, authorsSource) = (all, ProvenanceSource.Byline);
        }
        if (authors.Count == 0)
        {
            authors = PeopleNotOutlets(meta.All(MetaTags.AuthorKeys));
            authorsSource = ProvenanceSource.Meta;
        }

        if (authors.Count == 0)
        {
            authors = PeopleNotOutlets(BylineElements(elements));
            authorsSource = ProvenanceSource.Byline;
        }

        if (authors.Count == 0)
        {
            authors = [.. text.Authors];
            authorsSource = ProvenanceSource.Byline;
        }

        if (authors.Count == 0 && cleaned.Paragraphs.Count > 2 && BylineParser.ReadBareSignOff(cleaned.Paragraphs[^1], lexicon) is { } signer
            && EndsTheStory(elements, cleaned.Paragraphs[^1].Trim()))
        {
            // With no byline anywhere, a last paragraph that is only a person's name, right after
            // the story's prose and with nothing after it, signs the story ("Lê Phương", fundus
            // vn__VnExpress_2025_10_22; dates set eishockeynews.de-halbfinale). A heading over a
            // list or a box ("Weitere Informationen", "External Links") has something after it.
            authors = [signer];
            authorsSource = ProvenanceSource.Byline;
        }

        // An outlet read from the visible text ("© André Schmidt" under a photo) that is the
        // person the structured data credits as the author is a credit, not the outlet.
        var outlet = pageOutlet ?? text.Outlet;
        if (pageOutlet is null && outlet is not null && authorsSource is ProvenanceSource.JsonLd or ProvenanceSource.Meta
            && authors.Exists(a => string.Equals(a, outlet, StringComparison.OrdinalIgnoreCase)))
        {
            outlet = null;
        }

        authors.RemoveAll(a => outlets.NameOf(a) is not null || ld.PlaceholderAuthors.Contains(a, StringComparer.OrdinalIgnoreCase));
        authors = AuthorList.Tidy(authors, outlet);
        foreach (var agency in text.Agencies)
        {
            if (!credited.Contains(agency))
            {
                credited.Add(agency);
            }
        }

        var dateline = text.Dateline;
        if (dateline is { Date: null } && published is { } p && text.Dateline is not null)
        {
            // The dateline's year is resolved from the publication date, which HTML gives from its metadata.
            foreach (var paragraph in cleaned.Paragraphs.Take(2).Concat(layout.ProseLines.Take(3).Select(i => layout.Lines[i])))
            {
                if (DatelineParser.Parse(paragraph, p.Date, lexicon) is { } again)
                {
                    dateline = again;
                    break;
                }
            }
        }

        return new HtmlMetadata(published, updated, outlet, authors, credited, dateline, warnings)
        {
            PublishedSource = publishedSource,
            UpdatedSource = updatedSource,
            AuthorsSource = authorsSource,
        };
    }

    /// <summary>The first date found, in precedence order, with the source it came from.</summary>
    private static (ParsedDate? Date, string? Source) First(params ReadOnlySpan<(ParsedDate? Date, string Source)> candidates)
    {
        foreach (var (date, source) in candidates)
        {
            if (date is not null)
            {
                return (date, source);
            }
        }

        return (null, null);
    }

    /// <summary>A <c>&lt;time&gt;</c> marked as the publication time, and the first one in the article (or page).</summary>
    private static (ParsedDate? Marked, ParsedDate? First) TimeElements(List<HtmlNode> elements, DateWords words)
    {
        ParsedDate? marked = null;
        ParsedDate? first = null;
        ParsedDate? firstInArticle = null;
        foreach (var time in elements)
        {
            if (time.Name != "time")
            {
                continue;
            }

            var value = time.GetAttributeValue("datetime", null) ?? WebUtility.HtmlDecode(time.InnerText);
            if (DateParser.ParseFirst(value, words) is not { } date)
            {
                continue;
            }

            var hints = time.GetAttributeValue("itemprop", "") + " " + time.GetAttributeValue("class", "") + " " + (time.Attributes.Contains("pubdate") ? "pubdate" : "");
            if (marked is null && (hints.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || hints.Contains("pubdate", StringComparison.OrdinalIgnoreCase) || hints.Contains("publish", StringComparison.OrdinalIgnoreCase)))
            {
                marked = date;
            }

            first ??= date;
            if (firstInArticle is null && time.Ancestors().Any(a => a.Name is "article" or "main"))
            {
                firstInArticle = date;
            }
        }

        return (marked, firstInArticle ?? first);
    }

    /// <summary>
    /// The first date printed by an element whose class, id or itemprop names a date
    /// (<c>class="fbdatum"</c>, <c>class="entry-date"</c>, <c>itemprop="dateCreated"</c>), short
    /// ones only; those after the first h1 are preferred (a page lists other stories' dates
    /// above its article). The marks are data (<c>dates.json</c>).
    /// </summary>
    private static ParsedDate? DateElement(List<HtmlNode> elements, DateWords words)
    {
        var marks = words.DateMarks;
        ParsedDate? before = null;
        var afterHeadline = false;
        foreach (var node in elements)
        {
            if (node.Name == "h1")
            {
                afterHeadline = true;
                continue;
            }

            if (!node.HasAttributes || node.Name is "script" or "style" or "meta" or "link" or "body" or "html" or "article" or "main" or "section" or "form" or "input")
            {
                continue;
            }

            var names = string.Concat(node.GetAttributeValue("class", ""), " ", node.GetAttributeValue("id", ""), " ", node.GetAttributeValue("itemprop", ""));
            if (names.Length < 4 || !marks.Any(m => names.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var text = WebUtility.HtmlDecode(node.InnerText);
            if (text.Length > 200 || DateParser.ParseMarked(text, words) is not { } date)
            {
                continue;
            }

            if (afterHeadline)
            {
                return date;
            }

            before ??= date;
        }

        return before;
    }

    /// <summary>Texts of elements marked as bylines (class, id, rel or itemprop), short ones only.</summary>
    private static IEnumerable<string> BylineElements(List<HtmlNode> elements)
    {
        var seen = 0;
        foreach (var node in elements)
        {
            if (!node.HasAttributes || !MayMarkByline(node))
            {
                continue;
            }

            if (node.Name is "script" or "style" or "meta" or "link" or "body" or "html" or "article" or "section" or "main")
            {
                continue;
            }

            var marks = string.Join(' ', node.GetAttributeValue("class", ""), node.GetAttributeValue("id", ""), node.GetAttributeValue("rel", ""), node.GetAttributeValue("itemprop", ""));
            if (!BylineClass().IsMatch(marks))
            {
                continue;
            }

            var text = BylineText(node);
            if (text.Length is > 2 and <= 120)
            {
                yield return text;
                if (++seen >= 4)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>
    /// Whether the last element printing exactly <paramref name="line"/> is a block that is no
    /// heading or link, follows a paragraph of prose and has no text after it in its parent.
    /// </summary>
    private static bool EndsTheStory(List<HtmlNode> elements, string line)
    {
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var leaf = elements[i];
            if (leaf.FirstChild is not { NodeType: HtmlNodeType.Text } only || only.NextSibling is not null || !SameText(only.InnerText, line))
            {
                continue;
            }

            var block = leaf;
            while (block.ParentNode is { } parent && parent.ChildNodes.All(c => c == block || string.IsNullOrWhiteSpace(c.InnerText)))
            {
                if (block.Name == "a")
                {
                    // A link ("Back To Top") is the page's furniture, not a signature.
                    return false;
                }

                block = parent;
            }

            if (block.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "td" or "a")
            {
                return false;
            }

            for (var next = block.NextSibling; next is not null; next = next.NextSibling)
            {
                if (next.NodeType != HtmlNodeType.Comment && !string.IsNullOrWhiteSpace(WebUtility.HtmlDecode(next.InnerText)))
                {
                    return false;
                }
            }

            var previous = block.PreviousSibling;
            while (previous is not null && (previous.NodeType == HtmlNodeType.Comment || string.IsNullOrWhiteSpace(previous.InnerText)))
            {
                previous = previous.PreviousSibling;
            }

            return previous is { NodeType: HtmlNodeType.Element } && WebUtility.HtmlDecode(previous.InnerText).Trim().Length >= 80;
        }

        return false;
    }

    private static bool SameText(string html, string line)
    {
        var text = WebUtility.HtmlDecode(html);
        return text.Length >= line.Length && string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) == line;
    }

    /// <summary>Text nodes joined with spaces: InnerText glues "Anna Menin" to a "Share" button.</summary>
    private static string BylineText(HtmlNode node) =>
        string.Join(' ', node.DescendantsAndSelf().Where(n => n.NodeType == HtmlNodeType.Text)
            .SelectMany(n => WebUtility.HtmlDecode(n.InnerText).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>
    /// The people named by a byline element that names one of <paramref name="authors"/> alone
    /// and by its siblings of the same class that name one person each, when they are all of the
    /// authors and more; else null.
    /// </summary>
    private static List<string>? CoAuthors(List<string> authors, List<HtmlNode> elements, MetadataLexicon lexicon)
    {
        foreach (var node in elements)
        {
            // Only the class is asked, so only the class is read, in place: a class the pattern
            // takes holds one of the byline words, which a vectorised search finds first.
            if (!node.HasAttributes || node.Attributes["class"] is not { } mark || !DomBuilder.RawValue(node.OwnerDocument.Text, mark).ContainsAny(BylineWords)
                || node.GetAttributeValue("class", null) is not { Length: > 0 } kind || node.ParentNode is not { } parent || !BylineClass().IsMatch(kind))
            {
                continue;
            }

            // Only siblings of the element's class can add a writer: with no more of them than
            // there are authors, none can be added (and their texts need not be read).
            var same = 0;
            foreach (var sibling in parent.ChildNodes)
            {
                if (sibling.NodeType == HtmlNodeType.Element && sibling.HasAttributes && sibling.GetAttributeValue("class", null) == kind)
                {
                    same++;
                }
            }

            if (same <= authors.Count)
            {
                continue;
            }

            // The byline grammar runs only on an element whose text holds an author's name.
            var text = BylineText(node);
            if (text.Length is <= 2 or > 120 || !authors.Exists(a => text.Contains(a, StringComparison.OrdinalIgnoreCase))
                || People([text], lexicon, []) is not [var one] || !authors.Contains(one, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var all = new List<string>();
            foreach (var sibling in parent.ChildNodes)
            {
                // Each sibling names one person, as the author's own element does.
                if (sibling.NodeType == HtmlNodeType.Element && sibling.GetAttributeValue("class", null) == kind && BylineText(sibling) is { Length: > 2 and <= 120 } credit
                    && People([credit], lexicon, []) is [var person] && !all.Contains(person, StringComparer.OrdinalIgnoreCase))
                {
                    all.Add(person);
                }
            }

            if (all.Count > authors.Count && authors.TrueForAll(a => all.Contains(a, StringComparer.OrdinalIgnoreCase)))
            {
                return all;
            }
        }

        return null;
    }

    /// <summary>Words one of which a byline's class, id, rel or itemprop holds (<see cref="BylineClass"/> needs one).</summary>
    private static readonly SearchValues<string> BylineWords = SearchValues.Create(["byline", "by-line", "author", "writer", "reporter", "contributor"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the element's class, id, rel or itemprop, as written, holds a byline word (or an
    /// entity that could spell one): most elements are ruled out without decoding any value.
    /// </summary>
    private static bool MayMarkByline(HtmlNode node)
    {
        var source = node.OwnerDocument.Text;
        foreach (var attribute in node.Attributes)
        {
            // The name as written: HtmlAgilityPack lower-cases Name afresh at every read.
            var name = attribute.OriginalName;
            if (name is null || !(name.Equals("class", StringComparison.OrdinalIgnoreCase) || name.Equals("id", StringComparison.OrdinalIgnoreCase)
                || name.Equals("rel", StringComparison.OrdinalIgnoreCase) || name.Equals("itemprop", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var value = DomBuilder.RawValue(source, attribute);
            if (value.Contains('&') || value.ContainsAny(BylineWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>People among credits given as names; agencies go to <paramref name="credited"/>, URLs and handles are dropped.</summary>
    private static List<string> People(IEnumerable<string> credits, MetadataLexicon lexicon, List<string> credited)
    {
        var people = new List<string>();
        foreach (var credit in credits)
        {
            if (UrlLike().IsMatch(credit) || credit.StartsWith('@'))
            {
                continue;
            }

            // A credit that opens with its own byline word ("von David Straub", "Por Ana Gil") is read as it is.
            var line = lexicon.Bylines.MayOpenWithByWord(credit) && lexicon.Bylines.ByPrefix.IsMatch(credit) ? credit : "By " + credit;
            var byline = BylineParser.ReadHeaderLine(line, lexicon);
            people.AddRange(byline.Authors.Where(a => !people.Contains(a)));
            credited.AddRange(byline.Agencies.Where(a => !credited.Contains(a)));
        }

        return people;
    }

    /// <summary>
    /// The outlet from structured data: a known outlet named by <c>og:site_name</c> or the JSON-LD
    /// publisher, else the site name as printed (the site naming itself), else the JSON-LD
    /// publisher (which can be a wire or a parent company: an AP story on a newspaper's site), else
    /// other publisher tags, else a known outlet's domain.
    /// </summary>
    private static string? OutletOfPage(JsonLdArticle ld, MetaTags meta, List<HtmlNode> elements, OutletList outlets)
    {
        var siteNames = meta.All(["og:site_name"]).ToArray();
        foreach (var name in siteNames.Append(ld.Publisher))
        {
            if (name is not null && !UrlLike().IsMatch(name) && (outlets.NameOf(name) ?? OutletFinder.Known(name, outlets)) is { } known)
            {
                return known;
            }
        }

        var site = siteNames.Select(s => OutletOf(s, outlets)).FirstOrDefault(s => s is not null);
        var publisher = OutletOf(ld.Publisher, outlets);
        if (site is not null && publisher is not null && (IsSlug(site) || Squash(site) == Squash(publisher)))
        {
            // "usatoday", "livescience.com", "TheHill": the publisher spells the same site as a name.
            return publisher;
        }

        return site
            ?? publisher
            ?? meta.All(MetaTags.SiteKeys).Select(s => OutletOf(s, outlets)).FirstOrDefault(s => s is not null)
            ?? DomainOutlet(meta.Url ?? Canonical(elements), outlets);
    }

    /// <summary>A site name written as a slug or a domain (<c>usatoday</c>, <c>livescience.com</c>).</summary>
    private static bool IsSlug(string name) => !name.Contains(' ', StringComparison.Ordinal) && (name.All(c => !char.IsUpper(c)) || name.Contains('.', StringComparison.Ordinal));

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string? OutletOf(string? printed, OutletList outlets)
    {
        if (printed is null || UrlLike().IsMatch(printed) || printed.StartsWith('@'))
        {
            return null;
        }

        if ((outlets.NameOf(printed) ?? OutletFinder.Known(printed, outlets)) is { } known)
        {
            return known;
        }

        // "Autoracing | F1 | Indy", "Remember 80/90 - Memorabilia anni 80/90": the name is the first part.
        var cut = SiteNameSeparator().Split(printed)[0].Trim();
        return cut.Length >= 2 ? cut : printed;
    }

    [GeneratedRegex(@"\s+[|–—-]\s+|\s*[|»]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SiteNameSeparator();

    private static string? DomainOutlet(string? url, OutletList outlets)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return outlets.NameOf(host) ?? outlets.NameOf(string.Join('.', host.Split('.').TakeLast(2)));
    }

    private static string? Canonical(List<HtmlNode> elements) =>
        elements.FirstOrDefault(e => e.Name == "link" && e.GetAttributeValue("rel", null) == "canonical")?.GetAttributeValue("href", null);
}
