import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

@Suite("Micro cost-benefit")
struct CostBenefitTests {
    static let prices = PriceList(items: [
        PriceListItem(item: "bewind", unit: .month, price: Money(cents: 13_310), year: 2024, source: "s", payer: "gemeente"),
        PriceListItem(item: "uithuisplaatsing", unit: .year, price: Money(euros: 80_000), year: 2019, source: "s", payer: "gemeente"),
        PriceListItem(item: "ots", unit: .year, price: nil, payer: "gemeente"),
    ])

    static func q(_ text: String) -> Quantity { Quantity(parsing: text)! }

    static let exception = F.event(
        "x", "gemeente", .exception, "2020-10-30",
        costs: [
            CostLine(item: "bewind", quantity: q("1"), periods: q("12")),
            CostLine(amount: Money(euros: 500), payer: "woningcorporatie"),
        ],
        avoids: AvoidedScenario(
            title: "Uithuisplaatsing", likelihood: 30, horizonMonths: 12,
            costs: [CostLine(item: "uithuisplaatsing", quantity: q("2")), CostLine(amount: Money(euros: 10_000), payer: "Rijk")]),
        legitimation: Legitimation(basis: "Jeugdwet", argument: "Veiligheid", perspective: nil))

    @Test func pricesLinesInExactCents() {
        let line = Self.prices.price(CostLine(item: "BEWIND", quantity: Self.q("1"), periods: Self.q("12")))
        #expect(line.amount == Money(cents: 159_720))
        #expect(line.payer == "gemeente")
        #expect(line.formula(.nl) == "€ 133,10 per maand × 12")
        #expect(line.formula(.en) == "€133.10 per month × 12")
        // One rounding at the end: 100 euro × 0.125 × 0.125 = 1.5625 euro → 156 cents (not 160).
        #expect(Money(euros: 100).times(Self.q("0.125"), Self.q("0.125")) == Money(cents: 156))
        #expect(Money(cents: 13_310).times(Self.q("1.5"), Self.q("2")) == Money(cents: 39_930))
        #expect(Money(cents: Int64.max / 2).times(Self.q("3"), .one) == nil)
    }

    @Test func percentagesOfMoneyRoundHalfUp() {
        #expect(Money(cents: 1_005).percent(50) == Money(cents: 503))
        #expect(Money(cents: -1_005).percent(50) == Money(cents: -503))
        #expect(Money(euros: 160_000).percent(30) == Money(euros: 48_000))
        #expect(Money(cents: 1).percent(49) == .zero)
    }

    @Test func unpricedItemsAreFlaggedNeverGuessed() {
        let unknown = Self.prices.price(CostLine(item: "vrouwenopvang", quantity: Self.q("10")))
        #expect(unknown.amount == nil)
        #expect(unknown.unpriced == .unknownItem)
        let noFigure = Self.prices.price(CostLine(item: "ots", payer: "Rijk"))
        #expect(noFigure.amount == nil)
        #expect(noFigure.unpriced == .noPublicPrice)
        #expect(noFigure.payer == "Rijk")
    }

    @Test func exceptionCostAvoidedNetReturnAndPayers() {
        let item = CostBenefitAnalyzer(priceList: Self.prices).costBenefit(of: Self.exception, at: 0)
        #expect(item.cost == Money(cents: 209_720))
        #expect(item.avoided?.cost == Money(euros: 170_000))
        #expect(item.avoided?.expected == Money(euros: 51_000))
        #expect(item.net == Money(cents: 4_890_280))
        #expect(item.returnPerEuro == Ratio(5_100_000, 209_720))
        #expect(item.returnPerEuro?.formatted(.nl) == "24,32")
        #expect(item.returnPerEuro?.decimalText == "24.32")
        #expect(item.payers.map(\.payer) == ["gemeente", "woningcorporatie", "Rijk"])
        #expect(item.payers.map(\.pays) == [Money(cents: 159_720), Money(euros: 500), .zero])
        #expect(item.payers.map(\.saves) == [Money(euros: 48_000), .zero, Money(euros: 3_000)])
        #expect(item.payers[1].net == Money(euros: -500))
        #expect(item.isWrongPocket)
        #expect(item.isComplete)
        #expect(item.missingLegitimation == [.perspective])
    }

    @Test func missingLikelihoodLeavesTheExpectedSavingUnknown() {
        var event = Self.exception
        event.avoids?.likelihood = nil
        let analyzer = CostBenefitAnalyzer(priceList: Self.prices)
        let item = analyzer.costBenefit(of: event, at: 0)
        #expect(item.avoided?.expected == nil)
        #expect(item.net == nil)
        #expect(item.returnPerEuro == nil)
        #expect(!item.isWrongPocket)
        let (_, warnings) = analyzer.costBenefits(for: F.journey([event]))
        #expect(warnings.contains { $0.message.nl.contains("geen kans") })
        #expect(warnings.contains { $0.message.nl.contains("perspectief van het huishouden") })
    }

    @Test func warningsNameUnpricedItemsAndSuggest() {
        let event = F.event("x", "gemeente", .exception, "2021", costs: [CostLine(item: "bewindd"), CostLine(item: "ots")])
        let (items, warnings) = CostBenefitAnalyzer(priceList: Self.prices).costBenefits(for: F.journey([event]))
        #expect(items.count == 1)
        #expect(!items[0].isComplete)
        #expect(items[0].unpricedLines.count == 2)
        #expect(warnings.contains { $0.message.nl.contains("\"bewindd\"") && $0.hint?.nl == "bedoelt u \"bewind\"?" })
        #expect(warnings.contains { $0.message.nl.contains("\"ots\"") && $0.message.nl.contains("geen publiek bedrag") })
        #expect(warnings.contains { $0.message.nl.contains("geen vermeden scenario") })
        #expect(warnings.contains { $0.message.en.contains("lacks: legal basis or rule, argument, the household's perspective") })
    }

    @Test func ratioWithoutCostIsUndefined() {
        #expect(Ratio(5, 0) == nil)
        #expect(Ratio(1, 3)?.formatted(.nl) == "0,33")
        #expect(Ratio(2, 3)?.formatted(.en) == "0.67")
        #expect(Ratio(-1, 8)?.decimalText == "-0.13")
        #expect(Ratio(1, -8)?.decimalText == "-0.13")
    }

    @Test func yearlyCostBeforeAndAfterTheFirstException() throws {
        let journey = F.journey([
            F.event("i1", "zorg", .intervention, "2020-01-01", end: "2020-12-31", costs: [CostLine(amount: Money(euros: 3_660))]),
            F.event("x", "gemeente", .exception, "2020-07-01", costs: [CostLine(amount: Money(euros: 1_000))]),
            F.event("i2", "zorg", .intervention, "2020-10", costs: [CostLine(amount: Money(euros: 310)), CostLine(item: "ots")]),
            F.event("old", "zorg", .intervention, "2018-01", costs: [CostLine(amount: Money(euros: 99))]),
            F.event("bw", "zorg", .intervention, "2019-06-15", costs: [CostLine(item: "bewind", periods: Self.q("12"))]),
        ])
        let comparison = try #require(CostComparison.compare(journey, priceList: Self.prices))
        #expect(comparison.before == DayInterval(start: F.day("2019-07-01"), end: F.day("2020-07-01")))
        #expect(comparison.after == DayInterval(start: F.day("2020-07-01"), end: F.day("2021-07-01")))
        // The year 2020 (366 days) splits 182 / 184; bewind runs from 15 June 2019 for its day
        // plus 12 mean months (365.25 → 365 days).
        let bewindEnd = F.day("2019-06-15") + 1 + 365
        let bewindBefore = Rounding.halfUp(Int64(159_720) * Int64(bewindEnd - F.day("2019-07-01")), Int64(366))
        #expect(comparison.beforeCost == Money(cents: 182_000 + bewindBefore))
        #expect(comparison.afterCost == Money(cents: 184_000 + 100_000 + 31_000))
        #expect(comparison.shares.map(\.event) == [4, 0, 1, 2])
        #expect(!comparison.isComplete)
        #expect(comparison.difference == comparison.afterCost - comparison.beforeCost)
    }

    @Test func noExceptionNoComparison() {
        #expect(CostComparison.compare(F.journey([F.event("a", "x", .event, "2020")]), priceList: .empty) == nil)
    }

    @Test func addMonthsClampsToTheMonth() {
        #expect(CostComparison.addMonths(12, to: F.day("2020-02-29")) == F.day("2021-02-28"))
        #expect(CostComparison.addMonths(-12, to: F.day("2020-01-31")) == F.day("2019-01-31"))
        #expect(CostComparison.addMonths(-1, to: F.day("2020-03-31")) == F.day("2020-02-29"))
    }
}
