import Foundation
import PlanreisFormats
import PlanreisModel
import PlanreisReport
import Testing

@testable import PlanreisAnalysis

/// The summaries of the Claudia & Wesley sample, compared with committed files. Re-record with
/// `PLANREIS_RECORD=1 swift test --filter GoldenSummaryTests`.
@Suite("Golden summaries")
struct GoldenSummaryTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let samples = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static func analysis() throws -> Analysis {
        let xml = try [UInt8](Data(contentsOf: samples.appendingPathComponent("claudia-wesley.planreis.xml")))
        let read = PlanreisXMLFormat.read(xml, file: "claudia-wesley.planreis.xml")
        #expect(!read.hasErrors, "\(read.diagnostics.map { $0.formatted(.en) })")
        let journey = try #require(read.journeys.first)
        let csv = try [UInt8](Data(contentsOf: samples.appendingPathComponent("prijslijst.csv")))
        let prices = PriceList.read(csv: csv, file: "prijslijst.csv")
        #expect(prices.diagnostics.isEmpty)
        return Analyzer(priceList: prices.priceList).analyze(journey)
    }

    enum Output: String, CaseIterable {
        case markdownDutch = "claudia-wesley.analysis.nl.md"
        case markdownEnglish = "claudia-wesley.analysis.en.md"
        case json = "claudia-wesley.analysis.json"
        case html = "claudia-wesley.analysis.nl.html"

        func render(_ analysis: Analysis) -> String {
            switch self {
            case .markdownDutch: AnalysisMarkdownWriter(language: .nl).write(analysis)
            case .markdownEnglish: AnalysisMarkdownWriter(language: .en).write(analysis)
            case .json: AnalysisJSONWriter().write(analysis)
            case .html: AnalysisHTMLWriter(language: .nl).write(analysis)
            }
        }
    }

    @Test(arguments: Output.allCases)
    func matchesTheRecordedSummary(_ output: Output) throws {
        let actual = output.render(try Self.analysis())
        let url = Self.here.appendingPathComponent("Analysis").appendingPathComponent(output.rawValue)
        if ProcessInfo.processInfo.environment["PLANREIS_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(output.rawValue) differs; re-record with PLANREIS_RECORD=1 if the change is intended")
    }

    @Test func everyExceptionOfTheSampleIsArguedAndPriced() throws {
        let analysis = try Self.analysis()
        #expect(analysis.exceptions.count == 4)
        for item in analysis.exceptions {
            #expect(item.missingLegitimation.isEmpty)
            #expect(!item.costLines.isEmpty)
            #expect(item.avoided != nil)
        }
        // Only sourced figures give amounts; the rest is flagged, never guessed.
        let unpriced = analysis.exceptions.flatMap(\.unpricedLines)
        #expect(unpriced.allSatisfy { $0.unpriced == .noPublicPrice })
    }

    @Test func theEightMonthWaitForAChildProtectionWorkerIsFound() throws {
        let analysis = try Self.analysis()
        let wait = try #require(analysis.stalls.stalls.first { $0.kind == .decisionDelivery && $0.actor == "jeugdbescherming" })
        #expect(wait.duration.formatted(.nl) == "7–9 maanden")
    }
}
