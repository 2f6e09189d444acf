import Foundation
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport
import Testing

/// End to end: the shipped sample of constructed cases (`Samples/cohort/`) gives, through the
/// spreadsheet reader and the cohort JSON, exactly the published figures of seed 000.
@Suite("Cohort: shipped seed 000 sample")
struct CohortSampleTests {
    static let asOf = CivilDate.dayNumber(year: 2014, month: 12, day: 31)

    static func journeys() throws -> [Journey] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/cohort/it-westbrabant-2013-2014.csv")
        let result = JourneyFormat.csv.read(Array(try Data(contentsOf: url)), file: url.path)
        #expect(!result.hasErrors, "\(result.diagnostics.map { $0.formatted(.en) })")
        return result.journeys
    }

    /// The cohort as the JSON a user gets, parsed back.
    static func json(_ selection: CohortSelection) throws -> [String: Any] {
        let cohort = Cohort(try journeys(), selection: selection)
        let text = CohortJSONWriter().write(cohort)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func table1AndIntensivePhaseOf2014() throws {
        let json = try Self.json(.started(in: 2014, asOf: Self.asOf))
        #expect(json["format"] as? String == "planreis-cohort")
        #expect(json["version"] as? Int == 2)
        #expect(json["cases"] as? Int == 55)
        let status = try #require(json["statusOnDate"] as? [String: Int])
        #expect(status == ["intensief": 32, "monitor": 11, "afgesloten": 0, "vroegtijdig-beeindigd": 12, "onbekend": 0])
        let phases = try #require(json["phases"] as? [String: [String: Any]])
        let intensive = try #require(phases["intensief"])
        #expect(intensive["ended"] as? Int == 11)
        #expect(intensive["meanDays"] as? Int == 122)
        #expect(intensive["minDays"] as? Int == 5)
        #expect(intensive["maxDays"] as? Int == 230)
        #expect(intensive["totalDays"] as? Int == 1342)
        let safety = try #require(json["safety"] as? [String: [String: Int]])
        #expect(safety["end"] == ["rood": 0, "oranje": 0, "geel": 1, "groen": 10])
        let start = try #require(safety["start"])
        #expect(start.values.reduce(0, +) == 55)
        #expect(start["oranje"] == start.values.max())
    }

    @Test func table2CasesOf2013RunningOnIn2014() throws {
        var selection = CohortSelection.started(in: 2013, asOf: Self.asOf)
        selection.runningOn = CivilDate.dayNumber(year: 2014, month: 1, day: 1)
        let json = try Self.json(selection)
        #expect(json["cases"] as? Int == 57)
        let status = try #require(json["statusOnDate"] as? [String: Int])
        #expect(status["monitor"] == 22 && status["afgesloten"] == 32 && status["vroegtijdig-beeindigd"] == 3)
        // Without the condition the four cases ended early in 2013 are in: 61 assigned in 2013.
        #expect(try Self.json(.started(in: 2013, asOf: Self.asOf))["cases"] as? Int == 61)
    }

    @Test func table3AgenciesAndMarkdownShowTheSameFigures() throws {
        let cohort = Cohort(try Self.journeys(), selection: .started(in: 2014, asOf: Self.asOf))
        #expect(cohort.actors["Maatschappelijk werk"] == 17 && cohort.actors["Jeugdzorg"] == 17 && cohort.actors["Het Dok"] == 3)
        let markdown = cohort.markdown(.nl)
        let s = try #require(cohort.phases[.intensive]).statistics
        #expect(markdown.contains("| Intensieve fase | 55 | 11 | 12 | 11 | \(s.mean!) | \(s.median!) | "))
        #expect(markdown.contains(" | \(s.min!) | \(s.max!) |"))
        #expect(markdown.contains("| Intensieve fase | 32 (58%) |"))
    }
}
