using Extractor.Core.Model;

namespace Extractor.Tests.Output;

/// <summary>Hand-made records with every field filled, for the writers while the stages are young.</summary>
internal static class SampleRecords
{
    public static Record WithInteractions { get; } = new()
    {
        Id = "yonhap/2022/phone-talks",
        Source = "corpus/yonhap/2022/phone-talks.html.gz",
        Sha256 = new string('a', 64),
        CopyOf = "yonhap/2022/first",
        InputFormat = "html",
        Title = "S. Korea, Russia hold \"phone talks\", over N. Korea",
        Published = "2022-01-26T19:47",
        Updated = "2022-01-26T20:05+09:00",
        Outlet = "Yonhap",
        Authors = ["Kim Soo-yeon", "Lee Ji-hye"],
        Agencies = ["Yonhap"],
        Dateline = "Seoul",
        Interactions =
        [
            new Interaction(
                Media.Phone,
                "2022-01-26",
                [
                    new Participant("Noh Kyu-duk", "special representative", "South Korea", "KOR", "Foreign Ministry"),
                    new Participant("Igor Morgulov", "Deputy Foreign Minister", "Russia", "RUS", null),
                ],
                ["KOR", "RUS"],
                ["nuclear", "peace"],
                "SEOUL, Jan. 26 (Yonhap) -- Noh Kyu-duk held phone talks with Igor Morgulov.",
                0)
            {
                Cameo = EventCodes.CameoPhone,
                Plover = new PloverCode(EventCodes.PloverConsult, EventCodes.ModePhone),
            },
            new Interaction(
                Media.InPerson,
                null,
                [new Participant(null, null, "Japan", "JPN", "the foreign ministry of Japan")],
                ["JPN"],
                [],
                "=SUM(A1) officials met, too.",
                120),
        ],
        Captions = ["A photo\tof a missile", "+ another caption"],
        Text = "SEOUL, Jan. 26 (Yonhap) -- Noh Kyu-duk held phone talks with Igor Morgulov.\n\nThey discussed \"peace\", a comma, and\ta tab.\r\n-- end",
        Warnings = [],
    };

    public static Record WithoutInteractions { get; } = WithInteractions with
    {
        Id = "plain",
        Interactions = [],
        Title = null,
        Authors = [],
        Warnings = ["no publication date found"],
    };
}
