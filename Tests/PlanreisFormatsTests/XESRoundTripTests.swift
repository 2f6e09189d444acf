import Foundation
import PlanreisFormats
import PlanreisModel
import Testing

/// planreis → XES → planreis gives the same journeys, for every sample and the all-features file.
@Suite struct XESRoundTripTests {
    /// Every `.planreis.xml` below Samples and the hostile journey of the tests, relative to Samples.
    static let samples: [String] = {
        let names = FileManager.default.enumerator(atPath: XESTestSupport.samples.path)?.allObjects as? [String] ?? []
        return names.filter { $0.hasSuffix(".planreis.xml") }.sorted() + ["../Tests/Fixtures/hostile/vijandig.planreis.xml"]
    }()

    static func original(_ name: String) throws -> [Journey] {
        let bytes = try Array(Data(contentsOf: XESTestSupport.samples.appendingPathComponent(name)))
        let read = PlanreisXMLFormat.read(bytes, file: name)
        #expect(!read.hasErrors)
        return read.journeys
    }

    @Test func thereAreSamples() {
        #expect(Self.samples.count >= 4)
    }

    @Test(arguments: samples)
    func sampleSurvivesTheRoundTrip(_ name: String) throws {
        let journeys = try Self.original(name)
        let xes = XESFormat.write(journeys)
        let back = XESTestSupport.read(xes, file: "\(name).xes")
        #expect(!back.hasErrors, "\(XESTestSupport.lines(back))")
        #expect(back.journeys.count == journeys.count)
        for (a, b) in zip(journeys, back.journeys) {
            #expect(a == b, "\(Self.difference(a, b))")
        }
        // Deterministic, and a second pass writes the same bytes.
        #expect(XESFormat.write(journeys) == xes)
        #expect(XESFormat.write(back.journeys) == xes)
        // Warnings the checks give on the original are the only ones after the trip.
        let originalWarnings = PlanreisXMLFormat.read(Array(PlanreisXMLFormat.write(journeys).utf8), file: name)
            .diagnostics.count
        #expect(back.diagnostics.count == originalWarnings)
    }

    @Test func allFeaturesSurviveTheRoundTrip() throws {
        let read = PlanreisXMLFormat.read(Array(XMLFixtures.allFeatures.utf8), file: "all.planreis.xml")
        #expect(!read.hasErrors)
        let xes = XESFormat.write(read.journeys)
        let back = XESTestSupport.read(xes)
        #expect(!back.hasErrors, "\(XESTestSupport.lines(back))")
        #expect(back.journeys == read.journeys, "\(zip(read.journeys, back.journeys).map(Self.difference))")
    }

    @Test func periodsBecomeStartCompletePairsAndPartialDatesKeepTheirPrecision() throws {
        let journey = Journey(
            id: "j", title: "Reis",
            actors: [Actor(id: "gemeente", name: "Gemeente & co", group: .municipality)],
            events: [
                Event(
                    id: "w1", actor: "gemeente", kind: .wait, date: PartialDate(year: 2021, month: 7),
                    end: PartialDate(year: 2021, season: .autumn), title: "Wachtlijst"),
                Event(
                    actor: "gemeente", kind: .meeting, date: try PartialDate(parsing: "2021-09-01T10:30:00+02:00"), title: "Beraad",
                    tags: [Tag("leefgebied", "wonen"), Tag("leefgebied", "werk"), Tag(nil, "los"), Tag("org:group", "x")],
                    costs: [CostLine(amount: Money(cents: 125_050))]),
            ])
        let xes = XESFormat.write([journey])
        #expect(xes.contains("<string key=\"lifecycle:transition\" value=\"start\"/>"))
        #expect(xes.components(separatedBy: "value=\"complete\"").count - 1 == 2)
        #expect(xes.contains("<string key=\"planreis:date\" value=\"2021-07\"/>"))
        #expect(xes.contains("<date key=\"time:timestamp\" value=\"2021-09-01T10:30:00+02:00\"/>"))
        #expect(xes.contains("<float key=\"cost:total\" value=\"1250.50\"/>"))
        #expect(!xes.contains("planreis:cost:1"))
        #expect(xes.contains("<string key=\"org:resource\" value=\"Gemeente &amp; co\"/>"))
        let back = XESTestSupport.read(xes)
        #expect(back.journeys == [journey])
    }

    /// What differs between two journeys, for test failure messages.
    static func difference(_ a: Journey, _ b: Journey) -> String {
        if a.actors != b.actors { return "actors: \(a.actors) vs \(b.actors)" }
        for (x, y) in zip(a.events, b.events) where x != y { return "event: \(x) vs \(y)" }
        if a.events.count != b.events.count { return "event count \(a.events.count) vs \(b.events.count)" }
        return "journey fields: \(a.tags) \(a.household) vs \(b.tags) \(b.household)"
    }
}
