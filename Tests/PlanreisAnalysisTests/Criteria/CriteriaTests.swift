import Foundation
import PlanreisFormats
import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

/// The selection checklist of seed 000 (Bijlage 1) as data, judged on inline journeys and on
/// every sample.
@Suite("Selection criteria")
struct CriteriaTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")

    static let shipped: CriteriaSet = {
        let read = CriteriaSet.shipped()
        precondition(read.diagnostics.isEmpty, "\(read.diagnostics)")
        return read.set
    }()

    func outcomes(_ journey: Journey) -> [String: CriterionOutcome] {
        let stalls = StallDetector().report(for: journey)
        return Dictionary(uniqueKeysWithValues: Self.shipped.evaluate(journey, stalls: stalls).map { ($0.criterion.id, $0.outcome) })
    }

    @Test func theShippedSetHasTheSevenCriteriaOfBijlage1() {
        #expect(
            Self.shipped.criteria.map(\.id) == [
                "dreigend-gevaar", "veelvuldig-geweld", "kans-herhaling", "veiligheid-in-het-geding", "leefgebieden", "geen-vooruitgang",
                "hulpverleningsgeschiedenis",
            ])
    }

    @Test func eachTestJudgesMetNotMetOrUnknownFromTheEvents() {
        var violence1 = F.event("g1", "inwoner", .event, "2021-03-01")
        violence1.tags = [Tag("geweld", "fysiek")]
        var violence2 = F.event("g2", "inwoner", .event, "2021-03-20")
        violence2.tags = [Tag("geweld", "fysiek")]
        var journey = F.journey([
            F.event("k", "it", .safety, "2021-03-02", value: .colour(.yellow)),
            F.event("s", "it", .safety, "2021-03-02", value: .score(6)),
            violence1, violence2,
        ])
        journey.tags = [Tag("leefgebied", "huisvesting"), Tag("leefgebied", "veiligheid")]
        let o = outcomes(journey)
        #expect(o["dreigend-gevaar"] == .notMet)
        #expect(o["veiligheid-in-het-geding"] == .notMet)
        #expect(o["veelvuldig-geweld"] == .met)
        #expect(o["leefgebieden"] == .notMet)
        #expect(o["kans-herhaling"] == .unknown)
        #expect(o["geen-vooruitgang"] == .unknown)
        #expect(o["hulpverleningsgeschiedenis"] == .unknown)

        let empty = outcomes(F.journey([F.event("a", "x", .event, "2021-01-01")]))
        #expect(empty.values.allSatisfy { $0 == .unknown })
    }

    @Test func theDecidingEventsAreNamed() throws {
        let journey = F.journey([
            F.event("k", "it", .safety, "2021-03-02", value: .colour(.red)), F.event("s", "it", .safety, "2021-04-02", value: .score(3)),
        ])
        let results = Self.shipped.evaluate(journey, stalls: StallDetector().report(for: journey))
        #expect(results.first { $0.criterion.id == "dreigend-gevaar" }?.events == [0])
        #expect(results.first { $0.criterion.id == "veiligheid-in-het-geding" }?.events == [1])
    }

    @Test(arguments: [
        ("claudia-wesley.planreis.xml", ["leefgebieden", "geen-vooruitgang", "hulpverleningsgeschiedenis"]),
        ("it-westbrabant-casus-1.planreis.xml", Self.shipped.criteria.map(\.id)),
        ("it-westbrabant-casus-2.planreis.xml", Self.shipped.criteria.map(\.id)),
        (
            "it-westbrabant-casus-3.planreis.xml",
            ["dreigend-gevaar", "kans-herhaling", "leefgebieden", "geen-vooruitgang", "hulpverleningsgeschiedenis"]
        ),
    ])
    func theChecklistOnEachSample(_ file: String, _ met: [String]) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent(file)))
        let read = PlanreisXMLFormat.read(bytes, file: file)
        let journey = try #require(read.journeys.first)
        let o = outcomes(journey)
        #expect(o.filter { $0.value == .met }.keys.sorted() == met.sorted())
        #expect(!o.values.contains(.notMet))
    }

    @Test func aBadCriteriaFileIsReportedWithPlaces() {
        let text = "id;criterium;toets;waarde\na;A;kleur;paars\nb;B;onzin;1\nc;C;frequentie;geweld x 30\n"
        let read = CriteriaSet.read(csv: text, file: "eigen.csv", name: "eigen")
        #expect(read.set.criteria.isEmpty)
        #expect(read.diagnostics.count == 3)
        let places = read.diagnostics.compactMap { $0.location.map { "\($0.line):\($0.column)" } }
        #expect(places == ["2:11", "3:5", "4:16"])
    }
}
