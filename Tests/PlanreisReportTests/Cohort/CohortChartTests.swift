import Foundation
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import Testing

@testable import PlanreisReport

/// Issue 11 item 8: the cohort's figures as accessible SVG bar charts, numbers in a table beside.
@Suite("Cohort charts")
struct CohortChartTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/cohort/it-westbrabant-2013-2014.csv")

    static func cohort() throws -> Cohort {
        let read = SpreadsheetCSVFormat.read(try [UInt8](Data(contentsOf: sample)), file: "it-westbrabant-2013-2014.csv")
        #expect(!read.hasErrors)
        let from = try PartialDate(parsing: "2014-01-01").earliestDay, asOf = try PartialDate(parsing: "2014-12-31").earliestDay
        return Cohort(read.journeys, selection: CohortSelection(asOf: asOf, startedFrom: from, startedUntil: asOf))
    }

    @Test func theConstructedSampleDrawsViolenceAndColourCodes() throws {
        let cohort = try Self.cohort()
        #expect(cohort.constructedIDs.count == cohort.cases)
        let charts = CohortCharts(language: .nl).charts(cohort)
        #expect(charts.map(\.title) == ["Geweld", "Kleurcode bij start intensieve fase", "Kleurcode bij einde intensieve fase"])
        // Seed 000, 2014: colour code at the start of 55 cases, most orange; at the end mostly green.
        #expect(charts[1].bars.map(\.count) == [8, 35, 9, 3])
        #expect(charts[2].bars.map(\.count) == [0, 0, 1, 10])
        let html = CohortCharts(language: .nl).render(cohort)
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == 3)
        #expect(html.contains("<title id=\"grafiek-2-t\">Kleurcode bij start intensieve fase</title>"))
        #expect(html.contains("<desc id=\"grafiek-2-d\">rood: 8, oranje: 35, geel: 9, groen: 3</desc>"))
        #expect(html.contains("<tr><th scope=\"row\">oranje</th><td class=\"num\">35</td><td class=\"num\">64%</td></tr>"))
        #expect(!html.contains("<script"))
        let page = cohort.html(.nl)
        #expect(page.contains("<h1>Cohort op 31 december 2014 (geconstrueerd)</h1>"))
        #expect(page.contains("<section class=\"cohort-charts\">"))
    }

    @Test func labelsAreEscaped() {
        var cohort = Cohort([], selection: CohortSelection(asOf: 0))
        cohort.tags = ["geweld": ["<script>&": 2]]
        let html = CohortCharts(language: .en).render(cohort)
        #expect(html.contains("&lt;script&gt;&amp;"))
        #expect(!html.contains("<script>"))
    }
}
