import Foundation
import PlanreisModel
import PlanreisReport
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

/// Stalls across cases, the streaming builder, and the CSV, JSON and HTML outputs.
@Suite("Cohort: stalls, builder and outputs")
struct CohortOutputTests {
    static let asOf = F.day("2022-12-31")

    /// A case where the municipality takes `days` days to decide on a request.
    static func decisionCase(_ id: String, days: Int, start: String = "2021-01-04") -> Journey {
        let startDay = F.day(start)
        var journey = F.journey(
            [
                Event(
                    id: "\(id)-p", actor: "team", kind: .phase, date: .init(dayNumber: startDay), title: "Start", value: .phase(.intensive)),
                Event(id: "\(id)-r", actor: "inwoner", kind: .request, date: .init(dayNumber: startDay + 1), title: "Aanvraag"),
                Event(
                    id: "\(id)-d", actor: "gemeente", kind: .decision, date: .init(dayNumber: startDay + 1 + days), title: "Besluit",
                    value: .outcome(.granted), links: [Link(.answers, "\(id)-r")]),
                Event(id: "\(id)-x", actor: "gemeente", kind: .exception, date: .init(dayNumber: startDay + 20), title: "Maatwerk"),
            ], id: id)
        journey.tags = [Tag("geweld", "=1+1")]
        return journey
    }

    @Test func stallsPerActorAcrossCasesSumUnionsAndTakeTheMedian() throws {
        let cohort = Cohort(
            [Self.decisionCase("a", days: 30), Self.decisionCase("b", days: 50), Self.decisionCase("c", days: 20)],
            selection: CohortSelection(asOf: Self.asOf))
        let gemeente = try #require(cohort.stallsPerActor["Gemeente"])
        #expect(gemeente.cases == 3)
        #expect(gemeente.stalls == 3)
        // Every gap is at least the 14-day minimum, so all three count.
        #expect(gemeente.total == DurationRange(days: 100))
        #expect(gemeente.medianPerCase == DurationRange(days: 30))
        #expect(cohort.firstBreakthrough.mean == DurationRange(days: 20) && cohort.firstBreakthrough.count == 3)
        #expect(cohort.exceptionsPerCase == [1, 1, 1])
    }

    @Test func eventsAfterTheReferenceDateAreUnknown() throws {
        // The decision comes after the reference date: no stall, no exception yet.
        let journey = Self.decisionCase("late", days: 400, start: "2022-06-01")
        let cohort = Cohort([journey], selection: CohortSelection(asOf: Self.asOf))
        #expect(cohort.stallsPerActor["Gemeente"] == nil)
        #expect(cohort.exceptionsPerCase == [1])
        let early = Cohort([journey], selection: CohortSelection(asOf: F.day("2022-06-10")))
        #expect(early.exceptionsPerCase == [0])
    }

    @Test func parallelPartsGiveTheSameCohortAsOneRun() {
        let selection = CohortSelection(asOf: F.day("2015-12-31"))
        let make: @Sendable (Int) -> Journey = { index in
            SyntheticJourney(seed: UInt64(index) + 7).make(id: "s\(index)", events: 30, actors: 8, startDay: 15_800 + index * 3)
        }
        let single = Cohort((0..<60).map(make), selection: selection)
        let parallel = CohortBuilder.build(count: 60, parts: 2, selection: selection, journey: make)
        #expect(CohortJSONWriter().write(parallel) == CohortJSONWriter().write(single))
        #expect(single.stallsOverall.cases > 0)
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let cohort = Cohort([Self.decisionCase("a", days: 30)], selection: CohortSelection(asOf: Self.asOf))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CohortJSONWriter().write(cohort).utf8)) as? [String: Any])
        #expect(
            Set(json.keys) == [
                "format", "version", "selection", "cases", "caseIds", "constructedCases", "undated", "statusOnDate", "statusPercent",
                "phases", "safety", "tags", "actors", "stalls", "exceptions", "events", "omittedTagKeys", "input",
            ])
        let phases = try #require(json["phases"] as? [String: [String: Any]])
        #expect(Set(phases.keys) == Set(Phase.allCases.map(\.dutch)))
        for key in ["ended", "meanDays", "medianDays", "minDays", "maxDays", "sdDays", "iqrDays", "ranges"] {
            #expect(phases["intensief"]?.keys.contains(key) == true)
        }
        let safety = try #require(json["safety"] as? [String: [String: Int]])
        #expect(Set(safety.keys) == ["start", "end"])
        #expect(Set(safety["start"]!.keys) == ["rood", "oranje", "geel", "groen"])
        let stalls = try #require(json["stalls"] as? [String: Any])
        let perActor = try #require(stalls["perActor"] as? [[String: Any]])
        #expect(perActor.first?["actor"] as? String == "Gemeente")
    }

    @Test func csvGuardsFormulasAndIsForDutchExcel() throws {
        let cohort = Cohort([Self.decisionCase("a", days: 30)], selection: CohortSelection(asOf: Self.asOf))
        let bytes = cohort.csv(.nl)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(bytes: bytes.dropFirst(3), encoding: .utf8))
        let lines = text.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "tabel;rij;kolom;waarde")
        // The tag value "=1+1" would be a formula: it gets a leading quote.
        #expect(lines.contains("kenmerk: geweld;'=1+1;casussen;1"))
        #expect(!lines.contains { $0.contains(";=1+1") })
        #expect(lines.contains("duur van de fasen (dagen);Intensieve fase;begonnen;1"))
    }

    @Test func formulaGuardLeavesNumbersAlone() {
        #expect(LongTableCSV.cell("-12,50") == "-12,50")
        #expect(LongTableCSV.cell("-rente") == "'-rente")
        #expect(LongTableCSV.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(LongTableCSV.cell("  =1") == "'  =1")
        #expect(LongTableCSV.cell("a;b") == "\"a;b\"")
        #expect(LongTableCSV.cell("+31 6 1234") == "'+31 6 1234")
    }

    @Test func htmlIsSelfContainedEscapedAndLightForAThousandCases() throws {
        var journeys = (0..<1_000).map { index in
            SyntheticJourney(seed: UInt64(index)).make(id: "c\(index)", events: 50, actors: 10, startDay: 16_071 + index % 300)
        }
        journeys[0].id = "<script>alert(1)</script>"
        let options = CohortOptions(detectStalls: false, keepTimelines: true)
        let cohort = Cohort(journeys, selection: CohortSelection(asOf: F.day("2016-12-31")), options: options)
        #expect(cohort.timelines.count == 1_000)
        let html = cohort.html(.nl)
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("url("))
        // One path per mark class per row, not an element per event.
        #expect(html.components(separatedBy: "<path").count < 1_000 * 12)
        #expect(html.utf8.count < 2_000_000)
    }
}
