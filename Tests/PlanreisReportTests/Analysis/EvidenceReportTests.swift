import Foundation
import PlanreisModel
import PlanreisReport
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

/// Issue 11 in the outputs: day counts, estimates labelled, sensitivity and break-even in exact
/// cents, open stalls apart.
@Suite("Evidence in the report")
struct EvidenceReportTests {
    /// One exception: costs € 1.000 (fixed), avoids € 30.000 at 30–60 %, both estimated.
    static func analysis(likelihood: Likelihood = Likelihood(30, 60)) -> Analysis {
        var scenario = AvoidedScenario(
            title: "Uithuisplaatsing", horizonMonths: 12,
            costs: [
                CostLine(amount: Money(euros: 20_000), payer: "gemeente"),
                CostLine(amount: Money(euros: 10_000), payer: "Rijk", estimate: Estimate(by: "jeugdspecialist", reason: "geen tarief")),
            ], likelihoodRange: likelihood, likelihoodEstimate: Estimate(by: "jeugdspecialist", reason: "de bron noemt geen kans"))
        scenario.horizonEstimate = nil
        let journey = F.journey([
            F.event("r", "x", .request, "2021-01-01"),
            F.event("d", "y", .decision, "2021-06-23", value: .outcome(.granted), links: [Link(.answers, "r")]),
            F.event(
                "e", "gemeente", .exception, "2021-07-01", costs: [CostLine(amount: Money(euros: 1_000), payer: "gemeente")],
                avoids: scenario, legitimation: Legitimation(basis: "b", argument: "a", perspective: "p")),
        ])
        return Analyzer().analyze(journey)
    }

    @Test func dayExactTotalsAreStatedInDays() {
        let markdown = AnalysisMarkdownWriter().write(Self.analysis())
        #expect(markdown.contains("**Stilstand:** in totaal 173 dagen (ca. 6 maanden)"))
        #expect(markdown.contains("| 173 dagen (ca. 6 maanden) |"))
    }

    @Test func breakEvenAndSensitivityInExactCents() throws {
        let item = try #require(Self.analysis().exceptions.first)
        // 100 000 cents / 3 000 000 cents = 3,33…%.
        let breakEven = try #require(item.breakEvenPercent)
        #expect(breakEven.numerator * 3_000_000 == 100_000 * 100 * breakEven.denominator)
        #expect(breakEven.decimalText == "3.33")
        // Middle 45 %: 0,45 × 3 000 000 − 100 000.
        #expect(item.net == Money(cents: 1_350_000 - 100_000))
        #expect(item.netAtLow == Money(cents: 900_000 - 100_000))
        #expect(item.netAtHigh == Money(cents: 1_800_000 - 100_000))
        #expect(item.paysOffAtLow == true)
        let gemeente = try #require(item.payers.first { $0.payer == "gemeente" })
        // 100 000 / 2 000 000 = 5 %.
        #expect(gemeente.breakEvenPercent?.decimalText == "5.00")
        let rijk = try #require(item.payers.first { $0.payer == "Rijk" })
        #expect(rijk.breakEvenPercent?.decimalText == "0.00")
    }

    @Test func roundingOfBreakEvenIsHalfUp() throws {
        // 1 cent against 3 cents: 33,333…% → 33.33; 2 against 3: 66,666…% → 66.67.
        #expect(Ratio(100, 3)?.decimalText == "33.33")
        #expect(Ratio(200, 3)?.decimalText == "66.67")
    }

    @Test func everyOutputSaysItRestsOnAnEstimate() throws {
        let analysis = Self.analysis()
        let markdown = AnalysisMarkdownWriter().write(analysis)
        #expect(
            markdown.contains(
                "**Berust op een schatting:** kans, geschat door jeugdspecialist (de bron noemt geen kans); vermeden: bedrag, geschat door jeugdspecialist (geen tarief)."
            ))
        #expect(markdown.contains("| Netto baat bij lage kans (30%) |  |  | € 8.000,00 |"))
        #expect(markdown.contains("| Netto baat bij hoge kans (60%) |  |  | € 17.000,00 |"))
        #expect(markdown.contains("| **Break-evenkans** | **kosten ÷ vermeden kosten** |  | **3,33%** |"))
        let html = AnalysisHTMLWriter().write(analysis)
        #expect(html.contains("Berust op een schatting:"))
        let english = AnalysisMarkdownWriter(language: .en).write(analysis)
        #expect(english.contains("**Rests on an estimate:** likelihood, estimated by jeugdspecialist"))
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(AnalysisJSONWriter().write(analysis).utf8)) as? [String: Any])
        let exception = try #require((root["exceptions"] as? [[String: Any]])?.first)
        #expect(exception["restsOnEstimate"] as? Bool == true)
        let estimates = try #require(exception["estimates"] as? [[String: Any]])
        #expect(estimates.map { $0["number"] as? String } == ["likelihood", "avoided"])
        #expect(estimates.first?["by"] as? String == "jeugdspecialist")
        #expect((exception["breakEvenPercent"] as? [String: Any])?["rounded"] as? String == "3.33")
        #expect(exception["netAtLowCents"] as? Int == 800_000)
    }

    @Test func unpricedCostGivesNoBreakEvenButTheCeiling() throws {
        var scenario = AvoidedScenario(title: "s", likelihood: 20, costs: [CostLine(amount: Money(euros: 10_000))])
        scenario.horizonMonths = 12
        let journey = F.journey([
            F.event("e", "gemeente", .exception, "2021-07-01", costs: [CostLine(item: "onbekend-tarief")], avoids: scenario)
        ])
        let analysis = Analyzer().analyze(journey)
        let item = try #require(analysis.exceptions.first)
        #expect(item.breakEvenPercent == nil)
        #expect(item.affordableCost == Money(euros: 2_000))
        let markdown = AnalysisMarkdownWriter().write(analysis)
        #expect(markdown.contains("onbekend: kosten niet geprijsd; loont zolang die onder € 2.000,00 blijven (bij 20%)"))
    }

    @Test func openStallsAreShownApartWithTheirLastDate() throws {
        let journey = F.journey([
            F.event("ov", "a", .handover, "2021-04-01", value: .handoverTo("b")),
            F.event("x", "a", .intervention, "2021-06-01"),
        ])
        let analysis = Analyzer().analyze(journey)
        let markdown = AnalysisMarkdownWriter().write(analysis)
        #expect(markdown.contains("geen afgesloten stilstand gevonden"))
        #expect(markdown.contains("Daarnaast 1 open stilstand(en) zonder later vastgelegde handeling, niet meegeteld."))
        #expect(markdown.contains("## Open: geen latere handeling vastgelegd"))
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(AnalysisJSONWriter().write(analysis).utf8)) as? [String: Any])
        let stalls = try #require(root["stalls"] as? [String: Any])
        #expect((stalls["items"] as? [Any])?.isEmpty == true)
        #expect((stalls["open"] as? [[String: Any]])?.first?["open"] as? Bool == true)
    }

    @Test func theCaseReportShowsEachEventsSourceAndStatedDuration() throws {
        var wait = F.event("w", "jeugdbescherming", .wait, "2021-07", end: "2022-03~", title: "Wachten op een jeugdbeschermer")
        wait.source = "IPW, De praktijk"
        wait.statedDuration = StatedDuration(count: 8, unit: .month, source: "juli 2021")
        let html = try HTMLReport.render(F.journey([wait]), language: .nl)
        #expect(html.contains("Bron: IPW, De praktijk. Duur volgens de bron: 8 maanden (juli 2021)."))
    }
}
