using Extractor.Core.Facts;

namespace Extractor.Tests.Facts;

public sealed class DateResolverTests
{
    // 2022-01-26 is a Wednesday.
    [TestCase("talked over the phone Wednesday", "2022-01-26", "2022-01-26")]
    [TestCase("held phone talks on Monday", "2022-01-26", "2022-01-24")]
    [TestCase("met last Wednesday", "2022-01-26", "2022-01-19")]
    [TestCase("spoke today with", "2022-01-26", "2022-01-26")]
    [TestCase("met earlier in the day", "2022-01-26", "2022-01-26")]
    [TestCase("held a call this morning", "2022-01-26", "2022-01-26")]
    [TestCase("held his introductory call yesterday", "2022-05-13", "2022-05-12")]
    [TestCase("they had talked the previous day", "2022-05-13", "2022-05-12")]
    [TestCase("On March 10, Kim called Liu", "2022-03-13", "2022-03-10")]
    [TestCase("met on Jan. 25", "2022-01-26", "2022-01-25")]
    [TestCase("met on June 21, 2021", "2022-01-26", "2021-06-21")]
    [TestCase("met on 21 June 2021", null, "2021-06-21")]
    [TestCase("spoke on Dec. 30", "2022-01-03", "2021-12-30")]
    [TestCase("talked last week", "2022-01-26", null)]
    [TestCase("have recently held talks", "2022-01-26", null)]
    [TestCase("talked on Wednesday", null, null)]
    [TestCase("met on Jan. 25", null, null)]
    [TestCase("SEOUL (Sputnik - 03rd August, 2021) envoys discussed ... the ministry said Monday", "2021-08-03", "2021-08-02")]
    [TestCase("will meet next Monday", "2022-01-26", null)]
    public void Resolves_against_the_reference_date(string text, string? reference, string? expected)
    {
        DateOnly? r = reference is null ? null : DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture);
        var date = DateResolver.Resolve(text, r);
        Assert.That(date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    // A day right after a reporting verb dates the report (news g050: "KCNA said on Saturday that Kim sent the letter").
    [TestCase("KCNA said on Saturday that Kim sent the letter to Xi.", null)]
    [TestCase("The ministry said Monday that the two ministers had talked on Sunday.", "2022-01-23")]
    [TestCase("Kim sent the letter on Saturday, KCNA reported.", "2022-01-22")]
    [TestCase("They met on Saturday and said on Monday that they had agreed.", "2022-01-22")]
    public void Passes_over_the_day_of_a_report(string text, string? expected)
    {
        var reporting = new HashSet<string>(["said", "reported"], StringComparer.OrdinalIgnoreCase);
        var date = DateResolver.Resolve(text, new DateOnly(2022, 1, 26), int.MaxValue, reporting);
        Assert.That(date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }
}
