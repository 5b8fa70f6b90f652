using Extractor.Core.Cleaning;
using Extractor.Core.Model;

namespace Extractor.Tests.Cleaning.Text;

public sealed class TextCleanerTitleTests
{
    private static readonly TextCleaner Cleaner = new();

    private const string Body =
        "\n\nFerry operators on the northern coast resumed their crossings on Tuesday after a week in which storms kept every vessel in port, the regional port authority said.\n\n" +
        "The first ferry left the harbour shortly after dawn with two hundred passengers, and operators said the timetable would return to normal by the weekend.";

    private static string? TitleOf(string headline) =>
        Cleaner.Clean(new SourcePage("t", "t.txt", "00", InputFormat.Text, "World\n" + headline + Body, [])).Title;

    [TestCase("Ferry operators resume crossings after a week of storms on the northern coast─── 06:06 Mon, 19 Sep 2022")]
    [TestCase("Ferry operators resume crossings after a week of storms on the northern coast | 19.09.2022 06:06")]
    [TestCase("Ferry operators resume crossings after a week of storms on the northern coast — Sep 19, 2022")]
    public void A_date_printed_after_the_headline_behind_a_separator_is_no_part_of_it(string line) =>
        Assert.That(TitleOf(line), Is.EqualTo("Ferry operators resume crossings after a week of storms on the northern coast"));

    [TestCase("Ferry operators resume crossings after a week of storms on the northern coast | Regional news")]
    [TestCase("Storm season — what the ferries on the northern coast face")]
    public void Words_after_a_separator_stay(string line) =>
        Assert.That(TitleOf(line), Is.EqualTo(line));
}
