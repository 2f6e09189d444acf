import Foundation
import PlanreisFormats
import PlanreisModel
import Testing

@Suite struct OCELFormatTests {
    static let journey = Journey(
        id: "j1", title: "Gezin \"A\"", municipality: "Breda", household: [HouseholdMember(role: "moeder", name: "M")],
        actors: [
            Actor(id: "gezin", name: "Gezin", group: .household), Actor(id: "gemeente", name: "Gemeente", group: .municipality),
        ],
        events: [
            Event(id: "a1", actor: "gezin", kind: .request, date: PartialDate(year: 2021, month: 3), title: "Aanvraag"),
            Event(
                id: "b1", actor: "gemeente", kind: .decision, date: PartialDate(year: 2021, month: 4, day: 2), title: "Besluit",
                value: .outcome(.granted), links: [Link(.answers, "a1")]),
            Event(id: "o1", actor: "gezin", kind: .obstacle, date: PartialDate(year: 2021, month: 4, day: 3), title: "Geen huis"),
            Event(
                actor: "gemeente", kind: .exception, date: PartialDate(year: 2021, month: 5, day: 1), title: "Voorrang",
                links: [Link(.resolves, "o1"), Link(.relates, "nergens")], costs: [CostLine(amount: Money(cents: 125_050))]),
            Event(
                actor: "gemeente", kind: .handover, date: PartialDate(year: 2021, month: 6, day: 1), title: "Over",
                value: .handoverTo("gezin")),
        ])

    static func document() throws -> [String: Any] {
        let text = OCELFormat.write([journey])
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func objectsEventsAndQualifiers() throws {
        let document = try Self.document()
        let objects = try #require(document["objects"] as? [[String: Any]])
        #expect(
            objects.map { "\($0["type"]!) \($0["id"]!)" } == [
                "household j1/household", "member j1/member/1", "actor j1/actor/gezin", "actor j1/actor/gemeente",
                "request j1/request/a1", "decision j1/decision/b1", "obstacle j1/obstacle/o1", "exception j1/exception/#4",
            ])
        let events = try #require(document["events"] as? [[String: Any]])
        #expect(events.map { $0["type"] as? String } == ["aanvraag", "besluit", "obstakel", "uitzondering", "overdracht"])
        func qualifiers(_ index: Int) -> [String] {
            (events[index]["relationships"] as? [[String: String]] ?? []).map { "\($0["qualifier"]!) \($0["objectId"]!)" }
        }
        #expect(qualifiers(1) == ["household j1/household", "actor j1/actor/gemeente", "creates j1/decision/b1", "answers j1/request/a1"])
        #expect(
            qualifiers(3) == ["household j1/household", "actor j1/actor/gemeente", "creates j1/exception/#4", "resolves j1/obstacle/o1"])
        #expect(qualifiers(4) == ["household j1/household", "actor j1/actor/gemeente", "handover-to j1/actor/gezin"])
        // A month gives its first day as time, and the month itself as the date attribute.
        #expect(events[0]["time"] as? String == "2021-03-01T00:00:00Z")
        let attributes = try #require(events[3]["attributes"] as? [[String: Any]])
        #expect(attributes.contains { $0["name"] as? String == "cost" && ($0["value"] as? NSNumber)?.doubleValue == 1250.5 })
        #expect(attributes.contains { $0["name"] as? String == "refersTo" && $0["value"] as? String == "nergens" })
        #expect(JourneyFormat.detect(path: "x.OCEL.json") == .ocel && JourneyFormat.detect(path: "x.jsonocel") == .ocel)
    }

    @Test func readingIsRefusedWithOneError() {
        let result = JourneyFormat.ocel.read(Array("{}".utf8), file: "x.ocel.json")
        #expect(result.diagnostics.count == 1 && result.hasErrors)
    }
}
