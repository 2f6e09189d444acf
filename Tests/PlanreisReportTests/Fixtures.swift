import Foundation
import PlanreisFormats
import PlanreisModel

/// Journeys for render tests: small hand-built ones and the shipped samples.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = repository.appendingPathComponent("Samples")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func date(_ text: String) -> PartialDate {
        try! PartialDate(parsing: text)
    }

    /// Every `Samples/*.planreis.xml`, by file name.
    static var sampleFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".planreis.xml") }.sorted()
    }

    static func sample(_ name: String) throws -> Journey {
        let url = samples.appendingPathComponent(name)
        let bytes = [UInt8](try Data(contentsOf: url))
        let result = PlanreisXMLFormat.read(bytes, file: name)
        guard let journey = result.journeys.first else {
            throw FixtureError(message: result.diagnostics.map { $0.formatted(.en) }.joined(separator: "\n"))
        }
        return journey
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// A small journey with every kind, imprecise dates, a period, a wait, links, a handover,
    /// phases, safety colours, a placeholder date and a three-year quiet gap.
    static var allKinds: Journey {
        var journey = Journey(
            id: "alle-soorten", title: "Alle soorten", municipality: "Tilburg",
            actors: [
                Actor(id: "vt", name: "Veilig Thuis", group: .safetyJustice),
                Actor(id: "gezin", name: "Gezin", group: .household),
                Actor(id: "gemeente", name: "Gemeente", group: .municipality),
                Actor(id: "wijkteam", name: "Wijkteam", group: .socialWork),
                Actor(id: "corporatie", name: "Woningcorporatie", group: .housing),
            ])
        journey.events = [
            Event(id: "melding", actor: "vt", kind: .event, date: date("medio 2017"), title: "Eerste melding"),
            Event(actor: "gezin", kind: .event, date: date("mei 2017"), title: "Ruzie thuis"),
            Event(actor: "wijkteam", kind: .intervention, date: date("2017-06-12"), title: "Start ambulante hulp"),
            Event(id: "obstakel", actor: "corporatie", kind: .obstacle, date: date("2020-07-15"), title: "Geen urgentie zonder inkomen"),
            Event(id: "aanvraag", actor: "gezin", kind: .request, date: date("2020-07-20"), title: "Aanvraag urgentie"),
            Event(
                actor: "corporatie", kind: .decision, date: date("2020-09-01"), title: "Urgentie afgewezen",
                value: .outcome(.refused), links: [Link(.answers, "aanvraag")]),
            Event(
                id: "doorbraak", actor: "gemeente", kind: .exception, date: date("2020-10"), title: "Tijdelijke woning via gemeente",
                links: [Link(.resolves, "obstakel")]),
            Event(actor: "corporatie", kind: .decision, date: date("~2020-11"), title: "Woning toegekend", value: .outcome(.granted)),
            Event(
                actor: "wijkteam", kind: .handover, date: date("2021-04-01"), title: "Nieuwe casusregisseur",
                value: .handoverTo("gemeente")),
            Event(actor: "wijkteam", kind: .meeting, date: date("2021-05-10"), title: "Netwerkberaad"),
            Event(
                actor: "gemeente", kind: .wait, date: date("2021-06"), end: date("2022-02"),
                title: "Wachten op jeugdbeschermer"),
            Event(actor: "gezin", kind: .turningPoint, date: date("zomer 2021"), title: "Eigen woning en inkomen"),
            Event(actor: "wijkteam", kind: .phase, date: date("2017-06-12"), title: "Intensief", value: .phase(.intensive)),
            Event(actor: "wijkteam", kind: .phase, date: date("2021-09-01"), title: "Monitor", value: .phase(.monitor)),
            Event(actor: "wijkteam", kind: .safety, date: date("2017-06-12"), title: "Kleurcode", value: .colour(.orange)),
            Event(actor: "wijkteam", kind: .safety, date: date("2021-06-01"), title: "Kleurcode", value: .colour(.green)),
            Event(actor: "vt", kind: .event, date: date("1970-01-01"), title: "Melding zonder datum"),
        ]
        return journey
    }
}
