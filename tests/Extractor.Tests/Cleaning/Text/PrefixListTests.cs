using Extractor.Core.Cleaning.Text;

namespace Extractor.Tests.Cleaning.Text;

public sealed class PrefixListTests
{
    private static readonly PrefixList Prefixes = new(["read more", "related:", "фото:", "read "]);

    [TestCase("read more: the talks", true)]
    [TestCase("related: other news", true)]
    [TestCase("фото: риа новости", true)]
    [TestCase("already read", false)]
    [TestCase("", false)]
    public void Tells_whether_a_line_begins_with_a_prefix(string line, bool begins) =>
        Assert.That(Prefixes.BeginsAny(line), Is.EqualTo(begins));

    [Test]
    public void Offers_the_prefixes_with_the_line_s_first_character_in_list_order() =>
        Assert.That(Prefixes.Candidates("read more").ToArray(), Is.EqualTo(new[] { "read more", "related:", "read " }));

    [Test]
    public void An_empty_prefix_begins_every_line() =>
        Assert.That(new PrefixList(["x", ""]).Candidates("фото").ToArray(), Is.EqualTo(new[] { "" }));

    [Test]
    public void An_empty_prefix_keeps_its_place_in_the_list() =>
        Assert.That(new PrefixList(["read ", "", "x", "re"]).Candidates("read").ToArray(), Is.EqualTo(new[] { "read ", "", "re" }));
}
