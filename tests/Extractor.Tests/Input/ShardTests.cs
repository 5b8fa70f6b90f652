using Extractor.Core.Input;

namespace Extractor.Tests.Input;

public sealed class ShardTests
{
    private static readonly string[] Ids = [.. Enumerable.Range(0, 2000).Select(i => $"crawl/CC-NEWS-{i / 100:D5}#{i * 7919}")];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    [TestCase(7)]
    public void The_parts_are_disjoint_and_cover_every_id(int n)
    {
        var parts = Enumerable.Range(1, n).Select(k => Ids.Where(new Shard(k, n).Contains).ToArray()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(parts.Sum(p => p.Length), Is.EqualTo(Ids.Length), "each id in exactly one part");
            Assert.That(parts.SelectMany(p => p).Order(StringComparer.Ordinal), Is.EqualTo(Ids.Order(StringComparer.Ordinal)));
            // A hash spreads the ids: every part within a third of its fair share.
            Assert.That(parts.Select(p => p.Length), Has.All.InRange(Ids.Length / n * 2 / 3, Ids.Length / n * 4 / 3));
        });
    }

    [Test]
    public void The_part_of_an_id_is_fixed_across_runs_and_machines()
    {
        // XxHash64 of the UTF-8 id, seed 0: pinned so that a change of hash cannot pass unnoticed
        // (shards written by one version must match those of the next).
        Assert.That(Enumerable.Range(0, 8).Select(i => Shard.PartOf($"page{i}", 4)), Is.EqualTo(PinnedParts));
    }

    // Checked against an independent XXH64 (the reference algorithm, written out in Python): 1 + hash mod 4.
    private static readonly int[] PinnedParts = [1, 2, 3, 2, 4, 3, 2, 3];

    [TestCase("1/4", 1, 4)]
    [TestCase("4/4", 4, 4)]
    [TestCase("1/1", 1, 1)]
    public void Good_values_parse(string text, int k, int n) =>
        Assert.That(Shard.Parse(text, out _), Is.EqualTo(new Shard(k, n)));

    [TestCase("0/4")]
    [TestCase("5/4")]
    [TestCase("1/0")]
    [TestCase("4")]
    [TestCase("a/b")]
    [TestCase("-1/4")]
    [TestCase("1/4/2")]
    [TestCase("")]
    public void Bad_values_are_refused_with_a_message(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Shard.Parse(text, out var error), Is.Null);
            Assert.That(error, Does.StartWith("--shard"));
        });
    }
}
