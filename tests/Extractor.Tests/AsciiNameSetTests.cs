using Extractor.Core;

namespace Extractor.Tests;

public sealed class AsciiNameSetTests
{
    private static readonly string[] Names = ["p", "li", "td", "th", "class", "id", "http-equiv", "h1", "rtc"];

    // The bucketed set against the plain one it stands for: lower-case the ASCII capitals, look up.
    [TestCase("p")]
    [TestCase("P")]
    [TestCase("Li")]
    [TestCase("TH")]
    [TestCase("tr")]
    [TestCase("tD")]
    [TestCase("CLASS")]
    [TestCase("clasS")]
    [TestCase("classes")]
    [TestCase("clas")]
    [TestCase("ID")]
    [TestCase("HTTP-Equiv")]
    [TestCase("http_equiv")]
    [TestCase("H1")]
    [TestCase("h2")]
    [TestCase("rtc")]
    [TestCase("rt")]
    [TestCase("div")]
    [TestCase("a")]
    [TestCase("")]
    [TestCase("1d")]
    [TestCase("\u212Ad")] // Kelvin sign: its case mapping is 'k', yet it is not ASCII
    [TestCase("\u0130d")] // dotted capital I
    [TestCase("cla\u017Fs")] // long s: upper-cases to 'S'
    [TestCase("[d")]
    [TestCase("@d")]
    public void Contains_is_a_case_blind_ASCII_lookup(string name)
    {
        var plain = new HashSet<string>(Names, StringComparer.Ordinal);
        var lowered = string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c));
        Assert.That(new AsciiNameSet(Names).Contains(name), Is.EqualTo(plain.Contains(lowered)));
    }

    [TestCase("Class")]
    [TestCase("")]
    [TestCase("1st")]
    [TestCase("caf\u00E9")]
    public void A_name_that_is_not_lower_case_ASCII_is_refused(string name) =>
        Assert.That(() => new AsciiNameSet("id", name), Throws.ArgumentException.With.Message.Contain("lower-case ASCII"));
}
