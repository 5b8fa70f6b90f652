using Extractor.Core.Cleaning.Text;
using Extractor.Core.Lexicons;

namespace Extractor.Tests.Cleaning.Text;

/// <summary>Byline clocks: the grammar of <see cref="RelativeTimes"/> over the built-in words and over words given to it.</summary>
public sealed class RelativeTimesTests
{
    private static readonly RelativeTimes BuiltIn = LexiconSet.BuiltIn.Text.RelativeTimes;

    [TestCase("3 minutes ago", true)]
    [TestCase("an hour ago", true)]
    [TestCase("2h ago", true)]
    [TestCase("Faizan Hashmi 3 minutes ago", true)]
    [TestCase("yesterday", true)]
    [TestCase("Just now", true)]
    [TestCase("The talks began three years ago in Geneva.", false)]
    [TestCase("He left ago", false)]
    [TestCase("The talks began 3 years ago in Geneva.", false)]
    [TestCase("Hon flyttade till Stockholm för 3 år sedan.", false)]
    [TestCase("Yritys perustettiin 10 vuotta sitten!", false)]
    [TestCase("yesterday's talks", false)]
    public void The_built_in_words_find_english_clocks(string line, bool clock) =>
        Assert.That(BuiltIn.IsMatch(line), Is.EqualTo(clock));

    [TestCase("vor dem Rathaus", false)]
    [TestCase("Die Mauer fiel vor 30 Stunden.", false)]
    [TestCase("Max Muster · vor 3 Stunden", true)]
    [TestCase("gestern", true)]
    [TestCase("Von Max Muster vor 3 Stunden", true)]
    [TestCase("hace 2 horas", true)]
    [TestCase("il y a 4 heures", true)]
    [TestCase("3 ore fa", true)]
    [TestCase("5 минут назад", true)]
    [TestCase("vor einer Stunde", true)]
    [TestCase("Sie kam vor 2 Tagen nach Berlin zurück.", false)]
    [TestCase("Hace 10 años que vivimos aquí.", false)]
    [TestCase("Anna Svensson · 3 timmar sedan", true)]
    [TestCase("for 2 timer siden", true)]
    [TestCase("2 tuntia sitten", true)]
    [TestCase("před 5 minutami", true)]
    [TestCase("acum 3 ore", true)]
    [TestCase("3 saat önce", true)]
    [TestCase("πριν από 2 ώρες", true)]
    [TestCase("igår", true)]
    public void The_built_in_words_find_clocks_in_other_languages(string line, bool clock) =>
        Assert.That(BuiltIn.IsMatch(line), Is.EqualTo(clock));

    [TestCase("vor 2 Stunden", true)]
    [TestCase("il y a 5 min", true)]
    [TestCase("2 часа назад", true)]
    [TestCase("gestern", true)]
    public void Words_of_other_languages_use_the_same_grammar(string line, bool clock)
    {
        var times = new RelativeTimes(["stunden", "min", "часа"], ["einer"], ["назад"], ["vor", "il y a"], ["gestern"]);
        Assert.That(times.IsMatch(line), Is.EqualTo(clock));
    }
}
