import Foundation
import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisTestSupport
import Testing

/// The budget outputs (JSON, Markdown, CSV, HTML) show the figures the budget computed.
@Suite("Budget outputs")
struct BudgetOutputTests {
    let budget = BudgetFixture.budget

    @Test func outputsShowTheSameFigures() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(BudgetJSONWriter().write(budget).utf8)) as? [String: Any])
        #expect(json["format"] as? String == "planreis-budget")
        let total = try #require(json["total"] as? [String: Any])
        #expect((total["costCents"] as? NSNumber)?.int64Value == budget.total.cost.cents)
        let markdown = budget.markdown(.nl)
        #expect(markdown.contains(budget.total.cost.formatted(.nl)))
        let csv = try #require(String(bytes: budget.csv(.nl).dropFirst(3), encoding: .utf8))
        let euros = budget.total.cost.cents
        #expect(csv.contains("totaal;alle uitzonderingen;kosten;\(euros / 100),\(String(format: "%02d", euros % 100))"))
        #expect(budget.html(.en).contains("<html lang=\"en\">"))
    }
}

/// Unknown amounts are never shown as zero in any output.
@Suite("Budget outputs: unknown is not zero")
struct BudgetUnknownOutputTests {
    static let budget: Budget = {
        var journey = Fixture.journey([
            Fixture.event("x", "gemeente", .exception, "2014-05", costs: [CostLine(item: "onbekende-post", payer: "gemeente")]),
            Fixture.event("y", "gemeente", .exception, "2014-06-01", costs: [CostLine(item: "nog-een-post", payer: "gemeente")]),
        ])
        journey.region = "Hart van Brabant"
        return Budget([journey], selection: BudgetSelection(year: 2014, available: Money(euros: 50_000)), priceList: .empty)
    }()

    @Test func markdownSaysUnpricedNotZero() {
        let markdown = Self.budget.markdown(.nl)
        #expect(markdown.contains("niet geprijsd (2)"))
        #expect(markdown.contains("hooguit € 50.000,00"))
        #expect(markdown.contains("Hart van Brabant (regio)"))
        #expect(!markdown.contains("€ 0,00"), "\(markdown)")
        #expect(!markdown.contains("0%"))
        #expect(Self.budget.markdown(.en).contains("unpriced (2)"))
    }

    @Test func jsonNamesTheBounds() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(BudgetJSONWriter().write(Self.budget).utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 2)
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["costBound"] as? String == "atLeast" && total["unpricedCostLines"] as? Int == 2)
        #expect((json["perQuarter"] as? [Any])?.count == 4)
        #expect((json["exceptions"] as? [[String: Any]])?.first?["state"] as? String == "unpriced")
    }

    @Test func htmlHasABarChartPerCategory() {
        let html = BudgetFixture.budget.html(.nl)
        #expect(html.contains("<figure class=\"budget-chart\"><svg"))
        #expect(html.components(separatedBy: "fill=\"#0072B2\"").count - 1 == BudgetFixture.budget.perCategory.count + 1)
    }
}
