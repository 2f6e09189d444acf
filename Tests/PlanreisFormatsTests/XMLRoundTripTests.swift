import PlanreisFormats
import PlanreisModel
import Testing

@Suite struct XMLRoundTripTests {
    let read = PlanreisXMLFormat.read(Array(XMLFixtures.allFeatures.utf8), file: "all.planreis.xml")

    @Test func allFeaturesReadWithoutProblems() {
        #expect(read.diagnostics.map { $0.formatted(.en) } == [])
        #expect(read.journeys.count == 2)
        #expect(read.sourceMaps.count == 2)
    }

    @Test func allFeaturesReadIntoTheModel() throws {
        let journey = try #require(read.journeys.first)
        #expect(journey.id == "claudia-wesley")
        #expect(journey.source == "Casusbeschrijving & dossier \"A<B\"")
        #expect(
            journey.description
                == "Eerste regel.\nTweede regel, met <hoekhaken> & \"aanhalingstekens\".\n\n  Ingesprongen na een lege regel.")
        #expect(journey.household == [HouseholdMember(role: "moeder", name: "Claudia"), HouseholdMember(role: "kind 1")])
        #expect(journey.tags == [Tag("geweld", "partnergeweld"), Tag(nil, "zonder sleutel")])
        #expect(journey.actors.map(\.group) == [.household, .municipality, .youthCare, .safetyJustice])
        #expect(journey.actors[1].name == "Jeugdconsulent \"gemeente\" & co")
        #expect(journey.actors[1].colour == "#0072B2")
        #expect(journey.actors[1].order == 2)

        let exception = try #require(journey.event(withID: "e1"))
        #expect(exception.kind == .exception)
        #expect(exception.date == PartialDate(year: 2019, qualifier: .approximate))
        #expect(exception.end == PartialDate(year: 2020, month: 6))
        #expect(exception.links == [Link(.resolves, "o1"), Link(.relates, "a1")])
        #expect(exception.costs[0] == CostLine(amount: Money(cents: 125_050), payer: "gemeente", note: "a < b & \"c\"\ntweede regel\ttab"))
        #expect(exception.costs[1].quantity == Quantity(thousandths: 1500))
        #expect(exception.costs[1].periods == Quantity(12))
        #expect(
            exception.avoids
                == AvoidedScenario(
                    title: "Uithuisplaatsing", description: "Zonder de boerderij", likelihood: 30, horizonMonths: 12,
                    costs: [CostLine(item: "uithuisplaatsing", periods: Quantity(1), payer: "gemeente")]))
        #expect(exception.legitimation?.isComplete == true)
        #expect(exception.category == "zorg")
        #expect(exception.tags == [Tag("leefgebied", "opvoeding")])

        #expect(journey.event(withID: "b1")?.outcome == .granted)
        #expect(journey.events[5].handoverTo == "jeugdspecialist")
        #expect(journey.events[5].date.precision == .time)
        #expect(journey.events[6].value == .colour(.orange))
        #expect(journey.events[6].scoredBy == "IT-medewerker")
        #expect(journey.events[7].value == .score(7))
        #expect(journey.events[8].phase == .intensive)
        #expect(journey.events[8].legitimation == Legitimation())
        #expect(journey.events[9].value == .text("wachtlijst jeugdzorg"))
        #expect(journey.events[9].date.isApproximate && journey.events[9].date.isUncertain)
    }

    @Test func writingTheReadDocumentGivesTheSameBytes() {
        #expect(PlanreisXMLFormat.write(read.journeys) == XMLFixtures.allFeatures)
    }

    @Test func readWriteReadGivesEqualJourneys() {
        let again = PlanreisXMLFormat.read(Array(PlanreisXMLFormat.write(read.journeys).utf8), file: "again.xml")
        #expect(again.diagnostics.isEmpty)
        #expect(again.journeys == read.journeys)
    }

    @Test func writeReadWriteIsByteIdentical() {
        let journey = Journey(
            id: "j", title: "A <b> & \"c\"\r\nd", description: "\n  x\n\ty\n", household: [HouseholdMember(role: "r\"&")],
            actors: [Actor(id: "a", name: "A\tB\nC", group: .income, description: "")],
            events: [
                Event(
                    id: "e", actor: "a", kind: .meeting, date: PartialDate(year: 2020, season: .winter), title: "]]> ok",
                    value: .text("x&y"), tags: [Tag("", "")], costs: [CostLine(amount: Money(cents: -305))])
            ],
            tags: [Tag("k<", "v>")])
        let first = PlanreisXMLFormat.write([journey])
        let back = PlanreisXMLFormat.read(Array(first.utf8), file: "w.xml")
        #expect(back.diagnostics.isEmpty)
        #expect(back.journeys == [journey])
        #expect(PlanreisXMLFormat.write(back.journeys) == first)
    }

    @Test func sourceMapPointsAtEachField() throws {
        let map = try #require(read.sourceMaps.first)
        let lines = XMLFixtures.allFeatures.split(separator: "\n", omittingEmptySubsequences: false)
        // The exception e1 is the second event.
        func text(at location: PlanreisModel.SourceLocation?) -> Substring {
            guard let location else { return "" }
            let line = lines[location.line - 1]
            return line.dropFirst(location.column - 1)
        }
        #expect(text(at: map.event(1)).hasPrefix("<event id=\"e1\""))
        #expect(text(at: map.event(1, .id)).hasPrefix("id=\"e1\""))
        #expect(text(at: map.event(1, .kind)).hasPrefix("kind=\"uitzondering\""))
        #expect(text(at: map.event(1, .actor)).hasPrefix("actor=\"jeugdconsulent\""))
        #expect(text(at: map.event(1, .date)).hasPrefix("date=\"2019~\""))
        #expect(text(at: map.event(1, .end)).hasPrefix("end=\"2020-06\""))
        #expect(text(at: map.event(1, .title)).hasPrefix("<title>Zorgboerderij"))
        #expect(text(at: map.event(1, .link(0))).hasPrefix("ref=\"o1\""))
        #expect(text(at: map.event(1, .link(1))).hasPrefix("ref=\"a1\""))
        #expect(text(at: map.event(1, .cost(1))).hasPrefix("<cost item="))
        #expect(text(at: map.event(3, .value)).hasPrefix("value=\"toegekend\""))
        #expect(text(at: map.event(5, .value)).hasPrefix("to=\"jeugdspecialist\""))
        #expect(text(at: map.actor(1, .id)).hasPrefix("id=\"jeugdconsulent\""))
        #expect(text(at: map.actor(1, .group)).hasPrefix("group=\"gemeente\""))
        #expect(text(at: map.journey).hasPrefix("<journey id=\"claudia-wesley\""))
        #expect(map.file == "all.planreis.xml")
    }
}
