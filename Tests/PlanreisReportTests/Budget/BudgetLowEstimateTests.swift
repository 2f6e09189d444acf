import Foundation
import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisTestSupport
import Testing

/// The budget review says how many of the year's exceptions pay off even at the low end of
/// their likelihood (issue 11, §4), and which cannot say.
@Suite("Budget: paying off at the low estimate")
struct BudgetLowEstimateTests {
    static func exception(_ id: String, cost: CostLine, avoided: Int64, likelihood: Likelihood?) -> Event {
        Fixture.event(
            id, "gemeente", .exception, "2024-05-01", costs: [cost],
            avoids: AvoidedScenario(
                title: "uithuisplaatsing", costs: [CostLine(amount: Money(cents: avoided), payer: "gemeente")],
                likelihoodRange: likelihood))
    }

    static let budget: Budget = {
        let euro100 = CostLine(amount: Money(cents: 10_000), payer: "gemeente")
        let journey = Fixture.journey([
            // 30 % of €1,000 = €300 ≥ €100: pays off at the low end.
            exception("ja", cost: euro100, avoided: 100_000, likelihood: Likelihood(30, 60)),
            // 30 % of €1,000 = €300 < €500 (at 60 % it would: €600), so not at the low end.
            exception(
                "nee", cost: CostLine(amount: Money(cents: 50_000), payer: "gemeente"), avoided: 100_000, likelihood: Likelihood(30, 60)),
            // Exactly break-even at the low end (25 % of €400 = €100) counts as paying off.
            exception("gelijk", cost: euro100, avoided: 40_000, likelihood: Likelihood(25, 50)),
            // No likelihood: cannot say.
            exception("kans", cost: euro100, avoided: 100_000, likelihood: nil),
            // A cost line without a price: cannot say, however likely.
            exception("prijs", cost: CostLine(item: "onbekende-post", payer: "gemeente"), avoided: 100_000, likelihood: Likelihood(90)),
        ])
        return Budget([journey], selection: BudgetSelection(year: 2024), priceList: .empty)
    }()

    @Test func eachExceptionIsCountedOnceByItsLowEstimate() throws {
        let flags = Dictionary(uniqueKeysWithValues: Self.budget.exceptions.map { ($0.exception, $0.paysOffAtLow) })
        #expect(flags["ja"] == true)
        #expect(flags["nee"] == false)
        #expect(flags["gelijk"] == true)
        #expect(flags["kans"] == .some(nil))
        #expect(flags["prijs"] == .some(nil))
        let low = Self.budget.lowEstimate
        #expect(low.payOff == 2 && low.doNotPayOff == 1 && low.unknown == 2 && low.total == 5)
    }

    @Test func everyOutputSaysIt() throws {
        let markdown = Self.budget.markdown(.nl)
        #expect(markdown.contains("Zelfs bij de lage schatting van hun kans verdienen 2 van de 5 uitzonderingen zich terug, 1 niet"))
        #expect(markdown.contains("bij 2 is dat niet te zeggen"))
        #expect(Self.budget.markdown(.en).contains("Even at the low estimate of their likelihood 2 of the 5 exceptions pay for themselves"))
        #expect(Self.budget.html(.nl).contains("verdienen 2 van de 5 uitzonderingen zich terug"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(BudgetJSONWriter().write(Self.budget).utf8)) as? [String: Any])
        let low = try #require(json["lowEstimate"] as? [String: Any])
        #expect(low["payOff"] as? Int == 2 && low["doNotPayOff"] as? Int == 1 && low["unknown"] as? Int == 2)
        let rows = try #require(json["exceptions"] as? [[String: Any]])
        #expect(rows.first { $0["exception"] as? String == "nee" }?["paysOffAtLow"] as? Bool == false)
        #expect(rows.first { $0["exception"] as? String == "kans" }?["paysOffAtLow"] is NSNull)
    }

    @Test func smallCountsAreWithheldUnderMinCell() throws {
        let released = Self.budget.suppressingSmallCells(below: 3)
        // 2, 1 and 2 are all under 3: none is shown, so none can be recomputed from the total.
        let markdown = released.markdown(.nl)
        #expect(!markdown.contains("verdienen 2 van de 5"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(BudgetJSONWriter().write(released).utf8)) as? [String: Any])
        let low = try #require(json["lowEstimate"] as? [String: Any])
        #expect(low["payOff"] is NSNull && low["doNotPayOff"] is NSNull && low["unknown"] is NSNull)
    }
}
