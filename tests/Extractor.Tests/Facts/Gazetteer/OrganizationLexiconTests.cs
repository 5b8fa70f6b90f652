using Extractor.Core.Lexicons;
using Extractor.Core.Facts.Gazetteer;

namespace Extractor.Tests.Facts.Gazetteer;

public sealed class OrganizationLexiconTests
{
    private static string Describe(string text) =>
        string.Join(" | ", LexiconSet.BuiltIn.Organizations.Find(text).Select(o =>
            $"{text.Substring(o.Start, o.Length)}={o.Name}/{o.Country?.Code ?? "-"}{(o.IsInternational ? "/intl" : "")}"));

    [TestCase("the State Department said", "State Department=State Department/USA")]
    [TestCase("the U.S. Department of State", "U.S. Department of State=State Department/USA")]
    [TestCase("Japan's Foreign Ministry", "Foreign Ministry=Foreign Ministry/JPN")]
    [TestCase("South Korea's foreign ministry said", "foreign ministry=Foreign Ministry/KOR")]
    [TestCase("the Russian Foreign Ministry", "Foreign Ministry=Foreign Ministry/RUS")]
    [TestCase("the Ministry of Foreign Affairs of the Republic of Korea", "Ministry of Foreign Affairs=Foreign Ministry/KOR")]
    [TestCase("the Foreign Ministry", "Foreign Ministry=Foreign Ministry/-")]
    [TestCase("the Kremlin", "Kremlin=Kremlin/RUS")]
    [TestCase("the United Nations and NATO", "United Nations=United Nations/-/intl | NATO=NATO/-/intl")]
    [TestCase("UN Secretary-General", "UN=United Nations/-/intl")]
    [TestCase("the European Commission", "European Commission=European Commission/-/intl")]
    [TestCase("the World Health Organization (WHO)", "World Health Organization=World Health Organization/-/intl | WHO=World Health Organization/-/intl")]
    [TestCase("who said that", "")]
    [TestCase("the IAEA and ASEAN and the African Union", "IAEA=International Atomic Energy Agency/-/intl | ASEAN=ASEAN/-/intl | African Union=African Union/-/intl")]
    [TestCase("Chairperson of the African Union Commission", "African Union Commission=African Union Commission/-/intl")]
    [TestCase("G7 leaders", "G7=G7/-/intl")]
    public void Find_names_bodies_and_their_countries(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));
}
