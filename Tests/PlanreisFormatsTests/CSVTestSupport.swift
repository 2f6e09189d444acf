import PlanreisFormats
import PlanreisModel

/// Shared helpers for the spreadsheet and JSON tests.
enum CSVTestSupport {
    /// Reads CSV text given as UTF-8.
    static func read(_ text: String, file: String = "test.csv") -> ReadResult {
        SpreadsheetCSVFormat.read(Array(text.utf8), file: file)
    }

    /// The diagnostics as `line:col: severity` plus the Dutch message, for readable failures.
    static func summary(_ result: ReadResult) -> [String] {
        result.diagnostics.map { d in
            "\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.severity.rawValue): \(d.message.nl)"
        }
    }

    static func errors(_ result: ReadResult) -> [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }
    static func warnings(_ result: ReadResult) -> [Diagnostic] { result.diagnostics.filter { $0.severity == .warning } }

    /// Journeys that use every part of the model, with text that tempts every escaping rule.
    static var richJourneys: [Journey] {
        var first = Journey(
            id: "claudia-wesley", title: "Claudia en Wesley", municipality: "Tilburg", region: "Hart van Brabant",
            description: "Planreis van mei 2017 tot medio 2022.\nTweede regel; met \"aanhalingstekens\".",
            source: "IPW-rapport, De praktijk",
            household: [
                HouseholdMember(role: "moeder", name: "Claudia"), HouseholdMember(role: "kind 1"),
                HouseholdMember(role: "vader=stief", name: "Wesley | W."),
            ],
            tags: [Tag("geweld", "partnergeweld"), Tag(nil, "urgent"), Tag("noot", "a=b, c|d \\ e")])
        first.actors = [
            Actor(id: "inwoner", name: "Inwoner", group: .household),
            Actor(
                id: "jc", name: "Jeugdconsulent gemeente", group: .municipality, colour: "#0072B2", order: 2,
                description: "Regelt zorg namens de gemeente"),
            Actor(id: "js", name: "Jeugdspecialist (Farent)", group: .socialWork),
            Actor(id: "rvdk", name: "Raad voor de Kinderbescherming", group: .safetyJustice),
            Actor(id: "woco", name: "Woningcorporatie", group: .housing),
            Actor(id: "stil", name: "Lane zonder gebeurtenis", group: .other),
        ]
        first.events = [
            Event(
                id: "g1", actor: "inwoner", kind: .event, date: PartialDate(year: 2017, part: .mid),
                title: "=HYPERLINK(\"x\")", description: "Eerste regel\nTweede regel\nDerde; met ; en , erin",
                tags: [Tag("leefgebied", "opvoeding"), Tag(nil, "-5 dagen")]),
            Event(
                id: "o1", actor: "js", kind: .obstacle, date: PartialDate(year: 2019, month: 5, qualifier: .approximate),
                title: "Alleen de oudste heeft een indicatie", value: .text("+31 6 1234")),
            Event(
                id: "a1", actor: "jc", kind: .request, date: PartialDate(year: 2019, month: 6, day: 3),
                title: "Aanvraag zorgboerderij"),
            Event(
                id: "b1", actor: "jc", kind: .decision, date: PartialDate(year: 2019, month: 7), title: "Besluit",
                value: .outcome(.granted), links: [Link(.answers, "a1")]),
            Event(
                id: "u1", actor: "jc", kind: .exception, date: PartialDate(year: 2019, qualifier: [.approximate, .uncertain]),
                end: PartialDate(year: 2020, month: 6), title: "Zorgboerderij voor beide kinderen",
                links: [Link(.resolves, "o1"), Link(.relates, "b1"), Link(.relates, "o1")],
                tags: [Tag("leefgebied", "zorg")],
                costs: [
                    CostLine(amount: Money(cents: 125_050), payer: "gemeente", note: "dagbesteding | extra"),
                    CostLine(
                        item: "beschermingsbewind-zonder-schulden", quantity: Quantity(thousandths: 1500),
                        periods: Quantity(12), payer: "gemeente"),
                    CostLine(amount: Money(cents: -7_500), payer: "huishouden", note: " spatie "),
                ],
                avoids: AvoidedScenario(
                    title: "Uithuisplaatsing", description: "Beide kinderen\nuit huis",
                    horizonMonths: 12,
                    costs: [
                        CostLine(
                            item: "uithuisplaatsing", periods: Quantity(1), payer: "gemeente",
                            estimate: Estimate(by: "jeugdspecialist", reason: "looptijd; niet in de bron")),
                        CostLine(amount: Money(cents: 100), note: "@notitie"),
                    ], likelihoodRange: Likelihood(30, 60), likelihoodEstimate: Estimate(by: "=team", reason: "geen | kans"),
                    horizonEstimate: Estimate(reason: "een jaar")),
                legitimation: Legitimation(basis: "Jeugdwet art. 2.3", argument: "Rust in het gezin", perspective: nil),
                category: "zorg", source: "Dossier, p. 3; interview", owner: "js"),
            Event(
                id: "h1", actor: "jc", kind: .handover, date: PartialDate(year: 2020, month: 7, day: 15), title: "Overdracht",
                value: .handoverTo("js")),
            Event(
                actor: "rvdk", kind: .safety, date: PartialDate(year: 2021, season: .summer), title: "Veiligheid",
                value: .colour(.orange), scoredBy: "IT-medewerker"),
            Event(
                actor: "rvdk", kind: .safety, date: PartialDate(year: 2021, month: 9, day: 1, qualifier: .uncertain),
                title: "Score", value: .score(7), scoredBy: "moeder"),
            Event(
                actor: "js", kind: .phase, date: PartialDate(year: 2014, month: 2, day: 3),
                end: PartialDate(year: 2014, month: 5, day: 1), title: "Intensieve fase", value: .phase(.endedEarly)),
            Event(
                actor: "woco", kind: .turningPoint,
                date: PartialDate(
                    year: 2020, month: 7, day: 15,
                    time: PartialDate.TimeOfDay(seconds: 37_800, hasSeconds: false)),
                title: "Eigen woning", value: .text("sleutel")),
            Event(
                actor: "woco", kind: .meeting,
                date: PartialDate(year: 2020, month: 7, day: 16, time: PartialDate.TimeOfDay(seconds: 37_805, utcOffset: 7200)),
                title: "  Beraad met spaties  "),
            Event(
                actor: "inwoner", kind: .wait, date: PartialDate(year: 2021, season: .winter), end: PartialDate(year: 2022),
                title: "Wachten", links: [Link(.delivers, "b1")], owner: "inwoner",
                statedDuration: StatedDuration(count: 8, unit: .month, source: "IPW, juli 2021")),
            Event(actor: "js", kind: .intervention, date: PartialDate(year: 2013, part: .late), title: "'=al bewaakt"),
        ]
        var second = Journey(id: "casus 2", title: "casus 2")
        second.isConstructed = true
        second.actors = [
            Actor(id: "moeder", name: "Moeder", group: .household),
            Actor(id: "politie", name: "Politie", group: .safetyJustice),
        ]
        second.events = [
            Event(actor: "moeder", kind: .event, date: PartialDate(year: 2014, month: 3, day: 15), title: "Melding"),
            Event(
                actor: "politie", kind: .intervention, date: PartialDate(year: 2014, season: .spring), title: "Huisverbod",
                costs: [CostLine(amount: Money(cents: 35_000))]),
        ]
        let third = Journey(id: "leeg", title: "Nog lege casus", municipality: "Breda")
        return [first, second, third]
    }
}
