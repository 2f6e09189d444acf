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
        let criteria = CriteriaSet.shipped()
        #expect(criteria.diagnostics.isEmpty)
        return Analyzer(priceList: prices.priceList, criteria: criteria.set).analyze(journey)
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
        // Two exceptions and one maatwerkconstructie, as the source names them; urgency was
        // granted on the ordinary criterion and is no exception.
        #expect(analysis.exceptions.count == 3)
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
        #expect(wait.statedDuration?.formatted(.nl) == "8 maanden")
        #expect(analysis.stalls.longestWait == wait)
    }

    /// Issue 11, "Done when": the headline, no stall on the household, doormodderen shown,
    /// every estimate labelled, each exception's break-even.
    @Test func theSummaryIsOneAYouthSpecialistCanStandBehind() throws {
        let analysis = try Self.analysis()
        let markdown = AnalysisMarkdownWriter(language: .nl).write(analysis)
        #expect(
            markdown.contains(
                "**Langste stilstand:** Ondertoezichtstelling voor 9 maanden → Wachten op een jeugdbeschermer (8 maanden volgens de bron; datums: 7–9 maanden), bij Jeugdbescherming."
            ))
        #expect(!analysis.stalls.stalls.contains { $0.actor == "inwoner" })
        #expect(!analysis.stalls.perActor.contains { $0.actor == "inwoner" })
        let muddling = try #require(analysis.stalls.muddling.first)
        #expect(muddling.actor == "jeugdconsulent")
        #expect(markdown.contains("**Doormodderen:** Doelen worden niet bereikt, juni 2017 – juli 2020?"))
        // The Raad answered on 18 February: a month, then a refusal reversed after the incident.
        let answer = try #require(analysis.stalls.stalls.first { $0.kind == .requestDecision && $0.actor == "raad" })
        #expect(answer.end == (try PartialDate(parsing: "2021-02-18")))
        #expect(analysis.stalls.stalls.contains { $0.kind == .refusalReversed && $0.actor == "raad" })
        // The handover with no later act is open, never the headline.
        #expect(analysis.stalls.openStalls.contains { $0.kind == .handover })
        #expect(!analysis.stalls.stalls.contains { $0.isOpen })
        for item in analysis.exceptions {
            #expect(item.restsOnEstimate)
            #expect(markdown.contains("**Berust op een schatting:**"))
        }
        #expect(markdown.components(separatedBy: "| **Break-evenkans** |").count - 1 == analysis.exceptions.count)
        #expect(markdown.contains("## Selectiecriteria"))
    }
}
