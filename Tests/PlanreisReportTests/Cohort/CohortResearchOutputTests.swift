import Foundation
import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisTestSupport
import Testing

private typealias F = Fixture

/// The per-case export, JSON numbers, tables without data and the aligned view's end marks.
@Suite("Cohort outputs for researchers")
struct CohortResearchOutputTests {
    static let asOf = F.day("2014-12-31")

    static let journeys: [Journey] = [
        F.journey(
            [
                F.event("p", "team", .phase, "2014-02-03", value: .phase(.intensive)),
                F.event("s", "team", .safety, "2014-02-04", value: .colour(.red)),
                F.event("e", "team", .phase, "2014-05-01", value: .phase(.endedEarly)),
            ], id: "vroeg"),
        F.journey(
            [
                F.event("p", "team", .phase, "2014-03", value: .phase(.intensive)),
                F.event("s", "team", .safety, "2014-03-10", value: .colour(.orange)),
                F.event("u", "gemeente", .exception, "2014-06-15", title: "Maatwerk, \"met\" komma"),
            ], id: "=loopt"),
    ]

    static let cohort = Cohort(
        journeys, selection: CohortSelection(asOf: asOf), options: CohortOptions(keepTimelines: true, keepCaseRows: true))

    @Test func perCaseCSVHasOneRowPerCaseAndTheDocumentedColumns() throws {
        let table = CaseRowTable(Self.cohort)
        let text = try #require(String(bytes: table.csv, encoding: .utf8))
        #expect(!text.hasPrefix("\u{FEFF}"))
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1 + Self.journeys.count)
        let header = lines[0].split(separator: ",").map(String.init)
        for column in ["case_id", "start_date", "start_precision", "ending", "intensief_min_days", "first_breakthrough_max_days"] {
            #expect(header.contains(column))
        }
        // Every row has as many cells as the header (the quoted comma stays in its cell).
        #expect(table.rows.allSatisfy { $0.count == header.count })
        #expect(lines[1].hasPrefix("vroeg,2014-02-03,day,"))
        #expect(lines[2].hasPrefix("'=loopt,2014-03,month,2014-03-01,2014-03-31,"), "formula guard on the id")
        #expect(text.contains(",ended-early,") && text.contains(",running,"))
    }

    @Test func perCaseJSONIsAnArrayOfFlatRecords() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CaseRowTable(Self.cohort).json.utf8)) as? [[String: Any]])
        #expect(json.count == 2)
        #expect(json[0]["intensief_min_days"] as? Int == F.day("2014-05-01") - F.day("2014-02-03"))
        #expect(json[1]["end_date"] is NSNull && json[1]["safety_start"] as? String == "oranje")
        #expect(json[1]["first_breakthrough_min_days"] as? Int == F.day("2014-06-15") - F.day("2014-03-31"))
    }

    @Test func cohortJSONWritesNumbersAsNumbers() throws {
        let text = CohortJSONWriter().write(Self.cohort)
        #expect(!text.contains("\"mean\": \""))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 2)
        let perCase = try #require((json["exceptions"] as? [String: Any])?["perCase"] as? [String: Any])
        #expect((perCase["mean"] as? NSNumber)?.doubleValue == 0.5)
        let first = try #require((json["exceptions"] as? [String: Any])?["firstBreakthrough"] as? [String: Any])
        let mean = try #require(first["meanDays"] as? [String: Any])
        #expect((mean["minDays"] as? Int)! < (mean["maxDays"] as? Int)!)
    }

    @Test func tablesWithoutDataSaySo() {
        let log = Cohort(
            [F.journey([F.event("a", "r", .intervention, "2012-01-02"), F.event("b", "r", .intervention, "2012-02-02")], id: "t")],
            selection: CohortSelection(asOf: F.day("2012-12-31")))
        let markdown = log.markdown(.nl)
        #expect(!markdown.contains("Onbekend | 1 (100%)"))
        #expect(markdown.contains("*Geen gegevens: geen enkele casus heeft een fase.*"))
        #expect(markdown.contains("Gebeurtenissen per casus: gemiddeld | 2"))
        #expect(log.markdown(.en).contains("No data: no phases."))
    }

    @Test func alignedViewMarksHowEachCaseEndedAndSafetyInItsColour() {
        let html = Self.cohort.html(.nl)
        #expect(html.contains("class=\"e-early\""))
        #expect(html.contains("class=\"e-running\""))
        #expect(html.contains("class=\"m-safe-rood\"") && html.contains("class=\"m-safe-oranje\""))
        #expect(html.contains("<title>Maatwerk, &quot;met&quot; komma (dag "))
        #expect(html.contains("vroegtijdig beëindigd</li>"))
    }
}
