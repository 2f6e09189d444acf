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
