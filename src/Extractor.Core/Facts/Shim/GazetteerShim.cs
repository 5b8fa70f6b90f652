#pragma warning disable CA1862, CA1812, CA1305, CA1307, CA1309, CA1310, CA1311, CA1002, CA1819, IDE0055, CA1024, CA1822, CA1515, CA1034, CA1062
// TEMPORARY stand-in for the gazetteer branch's API (deleted when that branch is merged).
using System.Text.RegularExpressions;

namespace Extractor.Core.Facts.Gazetteer;

public sealed record Country(string Name, string Code);

public enum CountryMentionKind { Name, ShortForm, Acronym, Demonym, Possessive, Capital, Seat }

public sealed record CountryMention(int Start, int Length, Country Country, CountryMentionKind Kind);

public sealed record TitleMention(int Start, int Length, string Title);

public sealed record OrganizationMention(int Start, int Length, string Name, Country? Country, bool IsInternational);

public sealed class CountryGazetteer
{
    private static readonly (string Code, string Name, string[] Names, string[] Demonyms, string[] Capitals)[] Data =
    [
        ("USA", "United States", ["United States of America", "United States", "U.S.A.", "USA", "U.S.", "US", "America"], ["American"], ["Washington"]),
        ("KOR", "South Korea", ["Republic of Korea", "South Korea", "S. Korea", "ROK"], ["South Korean", "S. Korean"], ["Seoul"]),
        ("PRK", "North Korea", ["Democratic People's Republic of Korea", "Democratic People’s Republic of Korea", "North Korea", "N. Korea", "DPRK"], ["North Korean", "N. Korean"], ["Pyongyang"]),
        ("RUS", "Russia", ["Russian Federation", "Russia"], ["Russian"], ["Moscow"]),
        ("JPN", "Japan", ["Japan"], ["Japanese"], ["Tokyo"]),
        ("CHN", "China", ["People's Republic of China", "People’s Republic of China", "China", "PRC"], ["Chinese"], ["Beijing"]),
        ("UKR", "Ukraine", ["Ukraine"], ["Ukrainian"], ["Kyiv"]),
        ("GBR", "United Kingdom", ["United Kingdom", "UK", "U.K.", "Britain"], ["British"], ["London"]),
        ("FRA", "France", ["France"], ["French"], ["Paris"]),
        ("DEU", "Germany", ["Germany"], ["German"], ["Berlin"]),
        ("ITA", "Italy", ["Italy"], ["Italian"], ["Rome"]),
        ("IND", "India", ["India"], ["Indian"], ["New Delhi"]),
        ("BRA", "Brazil", ["Brazil"], ["Brazilian"], ["Brasilia"]),
        ("ETH", "Ethiopia", ["Ethiopia"], ["Ethiopian"], []),
        ("KEN", "Kenya", ["Kenya"], ["Kenyan"], []),
        ("FSM", "Micronesia", ["Federated States of Micronesia", "Micronesia"], [], []),
        ("LKA", "Sri Lanka", ["Sri Lanka"], ["Sri Lankan"], []),
        ("AZE", "Azerbaijan", ["Republic of Azerbaijan", "Azerbaijan"], ["Azerbaijani"], []),
        ("ARM", "Armenia", ["Republic of Armenia", "Armenia"], ["Armenian"], []),
        ("AFG", "Afghanistan", ["Afghanistan"], ["Afghan"], ["Kabul"]),
        ("VAT", "Vatican City", ["Holy See", "Vatican"], [], []),
        ("KAZ", "Kazakhstan", ["Kazakhstan"], [], []),
        ("KGZ", "Kyrgyzstan", ["Kyrgyz Republic", "Kyrgyzstan"], [], []),
        ("TJK", "Tajikistan", ["Tajikistan"], [], []),
        ("UZB", "Uzbekistan", ["Uzbekistan"], [], []),
        ("PSE", "Palestine", ["Palestine"], ["Palestinian"], []),
        ("ISR", "Israel", ["Israel"], ["Israeli"], []),
        ("MEX", "Mexico", ["Mexico"], ["Mexican"], []),
        ("IDN", "Indonesia", ["Indonesia"], ["Indonesian"], []),
        ("JAM", "Jamaica", ["Jamaica"], ["Jamaican"], []),
        ("ROU", "Romania", ["Romania"], ["Romanian"], []),
        ("BLR", "Belarus", ["Belarus"], ["Belarusian"], []),
        ("MWI", "Malawi", ["Malawi"], ["Malawian"], []),
        ("AUS", "Australia", ["Australia"], ["Australian"], []),
        ("BGR", "Bulgaria", ["Bulgaria"], ["Bulgarian"], []),
        ("TUR", "Turkey", ["Turkey", "Türkiye"], ["Turkish"], ["Ankara"]),
        ("COD", "DR Congo", ["Democratic Republic of the Congo"], ["Congolese"], []),
        ("GTM", "Guatemala", ["Guatemala"], [], []),
        ("ZAF", "South Africa", ["South Africa"], ["South African"], []),
        ("NZL", "New Zealand", ["New Zealand"], [], []),
        ("KWT", "Kuwait", ["Kuwait"], [], []),
        ("IRQ", "Iraq", ["Iraq"], ["Iraqi"], []),
        ("SGP", "Singapore", ["Singapore"], [], []),
        ("NOR", "Norway", ["Norway"], ["Norwegian"], []),
        ("IRL", "Ireland", ["Ireland"], ["Irish"], []),
        ("TZA", "Tanzania", ["Tanzania"], [], []),
        ("VEN", "Venezuela", ["Venezuela"], ["Venezuelan"], []),
        ("SWE", "Sweden", ["Sweden"], ["Swedish"], []),
        ("FIN", "Finland", ["Finland"], ["Finnish"], []),
        ("VNM", "Vietnam", ["Vietnam", "Viet Nam"], ["Vietnamese"], []),
        ("PNG", "Papua New Guinea", ["Papua New Guinea"], [], []),
        ("SRB", "Serbia", ["Serbia"], ["Serbian"], []),
        ("CZE", "Czechia", ["Czech Republic", "Czechia"], ["Czech"], []),
        ("PRY", "Paraguay", ["Paraguay"], [], []),
        ("CHL", "Chile", ["Chile"], ["Chilean"], []),
        ("LBR", "Liberia", ["Liberia"], [], []),
        ("AGO", "Angola", ["Angola"], [], []),
        ("BGD", "Bangladesh", ["Bangladesh"], [], []),
        ("LBN", "Lebanon", ["Lebanon"], ["Lebanese"], []),
        ("SAU", "Saudi Arabia", ["Saudi Arabia"], ["Saudi"], []),
        ("SLV", "El Salvador", ["El Salvador"], [], []),
        ("EGY", "Egypt", ["Egypt"], ["Egyptian"], []),
        ("JOR", "Jordan", ["Jordan"], [], []),
        ("IRN", "Iran", ["Iran"], ["Iranian"], []),
        ("HUN", "Hungary", ["Hungary"], ["Hungarian"], []),
        ("ARG", "Argentina", ["Argentina"], ["Argentinian"], []),
        ("SEN", "Senegal", ["Senegal"], [], []),
    ];

    private readonly List<(string Phrase, Country Country, CountryMentionKind Kind)> _phrases = [];
    private readonly Regex _pattern;

    private CountryGazetteer()
    {
        foreach (var (code, name, names, demonyms, capitals) in Data)
        {
            var c = new Country(name, code);
            foreach (var n in names)
            {
                _phrases.Add((n, c, n.Length <= 4 && n.ToUpperInvariant() == n ? CountryMentionKind.Acronym : CountryMentionKind.Name));
            }

            foreach (var d in demonyms)
            {
                _phrases.Add((d, c, CountryMentionKind.Demonym));
            }

            foreach (var k in capitals)
            {
                _phrases.Add((k, c, CountryMentionKind.Capital));
            }
        }

        var alts = _phrases.Select(p => p.Phrase).OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace("’", "['’]").Replace("'", "['’]"));
        _pattern = new Regex(@"(?<![\p{L}\.])(?:the\s+)?(" + string.Join('|', alts) + @")(?:['’]s?)?(?![\p{L}])", RegexOptions.CultureInvariant);
    }

    public static CountryGazetteer BuiltIn { get; } = new();

    public IReadOnlyList<CountryMention> Find(string text)
    {
        var list = new List<CountryMention>();
        foreach (Match m in _pattern.Matches(text))
        {
            var g = m.Groups[1];
            var phrase = g.Value;
            var entry = _phrases.First(p => string.Equals(p.Phrase.Replace("’", "'"), phrase.Replace("’", "'"), StringComparison.Ordinal));
            var poss = m.Index + m.Length > g.Index + g.Length;
            if (entry.Kind == CountryMentionKind.Acronym && phrase == "US" && false) { }
            list.Add(new CountryMention(m.Index, m.Length, entry.Country, poss ? CountryMentionKind.Possessive : entry.Kind));
        }

        return list;
    }

    public Country? Lookup(string phrase) => _phrases.FirstOrDefault(p => string.Equals(p.Phrase, phrase.Trim(), StringComparison.OrdinalIgnoreCase)).Country;

    public Country? ByCode(string code) => _phrases.FirstOrDefault(p => p.Country.Code == code).Country;
}

public sealed class TitleLexicon
{
    private static readonly string[] Titles =
    [
        "special representative for Korean Peninsula peace and security affairs", "Special Representative for North Korea", "Special Representative for the DPRK",
        "special representative", "Special Envoy", "special envoy", "chief nuclear envoy", "nuclear envoy", "envoy",
        "Secretary of State", "Deputy Secretary of State", "Deputy Secretary", "Under Secretary", "Secretary of Defense", "Secretary General", "Secretary-General", "Secretary",
        "Foreign Minister", "foreign minister", "Minister of Foreign Affairs", "Deputy Foreign Minister", "First Vice Foreign Minister", "Vice Foreign Minister", "Vice Minister",
        "Defense Minister", "Minister of Defence", "Minister of Energy", "Minister", "minister", "Foreign Secretary", "External Affairs Minister",
        "President-elect", "President-Elect", "Vice President", "President", "president", "Prime Minister", "prime minister", "Chancellor", "Federal Chancellor", "King", "Queen", "Emir", "Crown Prince", "Pope", "Taoiseach",
        "National Security Advisor", "National Security Adviser", "Principal Deputy National Security Advisor", "State Councilor", "Director-General", "Director General", "Ambassador", "ambassador",
        "General Secretary", "Chief Adviser", "Director", "First Lady", "Special Presidential Envoy for Climate", "Deputy Secretary of State for Management and Resources", "Special Representative on Korean Peninsula Affairs", "Special Representative for Korean Peninsula Peace and Security Affairs", "Head of Cabinet of the President of the European Commission", "Director-General for Asian and Oceanian Affairs", "Secretary of State", "Cardinal", "Politburo Member", "spokesperson", "Spokesperson", "spokesman", "Press Secretary", "Interim President", "leader", "Chairperson",
    ];

    private readonly Regex _pattern = new(@"(?<![\p{L}])(" + string.Join('|', Titles.OrderByDescending(t => t.Length).Select(Regex.Escape)) + @")(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static TitleLexicon BuiltIn { get; } = new();

    public IReadOnlyList<TitleMention> Find(string text) =>
        _pattern.Matches(text).Select(m => new TitleMention(m.Index, m.Length, m.Value)).ToList();
}

public sealed class OrganizationLexicon
{
    private static readonly (string Name, string? Code)[] Orgs =
    [
        ("North Atlantic Treaty Organization", null), ("NATO", null), ("United Nations", null), ("UN", null), ("World Health Organization", null), ("European Commission", null), ("African Union", null),
        ("Foreign Ministry", null), ("State Department", "USA"), ("Palestinian Authority", "PSE"), ("Kremlin", "RUS"), ("Taliban", "AFG"),
    ];

    private readonly Regex _pattern = new(@"(?<![\p{L}])(" + string.Join('|', Orgs.Select(o => Regex.Escape(o.Name))) + @")(?![\p{L}])", RegexOptions.CultureInvariant);

    public static OrganizationLexicon BuiltIn { get; } = new();

    public IReadOnlyList<OrganizationMention> Find(string text) =>
        _pattern.Matches(text).Select(m =>
        {
            var o = Orgs.First(x => x.Name == m.Value);
            return new OrganizationMention(m.Index, m.Length, o.Name, o.Code is null ? null : CountryGazetteer.BuiltIn.ByCode(o.Code), o.Code is null && o.Name != "Foreign Ministry");
        }).ToList();
}
