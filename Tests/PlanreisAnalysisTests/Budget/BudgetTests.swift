import Foundation
import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

/// A budget over a generated year, its totals recomputed here straight from the journeys'
/// cost lines (not through the budget code).
@Suite("Budget")
struct BudgetTests {
    static let year = 2014
    static let municipalities = BudgetFixture.municipalities
    static let categories = BudgetFixture.categories
    static let journeys = BudgetFixture.journeys

    /// Whether the days an exception's date can mean meet the year (the documented rule).
    static func inYear(_ event: Event) -> Bool {
        let first = CivilDate.dayNumber(year: year, month: 1, day: 1), last = CivilDate.dayNumber(year: year, month: 12, day: 31)
        return event.date.earliestDay <= last && (event.end ?? event.date).latestDay >= first
    }

    static var exceptionsInYear: [(journey: Journey, event: Event)] {
        journeys.flatMap { j in j.events.filter { $0.kind == .exception && inYear($0) }.map { (j, $0) } }
    }

    static func expected(_ event: Event) -> Int64? {
        guard let avoids = event.avoids, let p = avoids.likelihood else { return nil }
        return avoids.costs.reduce(0) { $0 + $1.amount!.cents / 100 * Int64(p) }
    }

    let budget = BudgetFixture.budget

    @Test func totalsMatchTheCostLines() {
        let items = Self.exceptionsInYear
        #expect(items.count > 20)
        #expect(budget.total.exceptions == items.count)
        #expect(budget.total.cost.cents == items.flatMap(\.event.costs).reduce(0) { $0 + $1.amount!.cents })
        #expect(budget.total.avoided.cents == items.compactMap { Self.expected($0.event) }.reduce(0, +))
        #expect(budget.total.withoutExpected == items.filter { Self.expected($0.event) == nil }.count)
        #expect(budget.total.net == budget.total.avoided - budget.total.cost)
        #expect(budget.casesWithExceptions == Set(items.map(\.journey.id)).count)
    }

    @Test func municipalityAndCategorySplitsAddUp() {
        for name in Self.municipalities {
            let mine = Self.exceptionsInYear.filter { $0.journey.municipality == name }
            let row = budget.perMunicipality.first { $0.name == name }
            #expect(row?.exceptions == mine.count)
            #expect(row?.cost.cents == mine.flatMap(\.event.costs).reduce(0) { $0 + $1.amount!.cents })
        }
        for category in Self.categories {
            let mine = Self.exceptionsInYear.filter { $0.event.category == category }
            #expect(budget.perCategory.first { $0.name == category }?.exceptions == mine.count)
        }
        #expect(budget.perCategory.last?.name == nil)
        #expect(budget.perCategory.reduce(Money.zero) { $0 + $1.cost } == budget.total.cost)
    }

    @Test func payersPayTheirLinesAndSaveTheirShare() {
        let lines = Self.exceptionsInYear.flatMap(\.event.costs)
        for payer in ["gemeente", "woningcorporatie"] {
            let pays = lines.filter { $0.payer == payer }.reduce(0) { $0 + $1.amount!.cents }
            #expect(budget.perPayer.first { $0.name == payer }?.cost.cents == pays)
        }
        let rijk = Self.exceptionsInYear.compactMap { item -> Int64? in
            guard let a = item.event.avoids, let p = a.likelihood else { return nil }
            return a.costs.filter { $0.payer == "rijk" }.reduce(0) { $0 + $1.amount!.cents / 100 * Int64(p) }
        }.reduce(0, +)
        let row = budget.perPayer.first { $0.name == "rijk" }
        #expect(row?.avoided.cents == rijk && row?.cost == .zero)
        #expect(budget.perPayer.reduce(Money.zero) { $0 + $1.cost } == budget.total.cost)
    }

    @Test func budgetUsedIsWhatTheMunicipalityPays() {
        let lines = Self.exceptionsInYear.flatMap(\.event.costs)
        let used = lines.filter { $0.payer == "gemeente" }.reduce(0) { $0 + $1.amount!.cents }
        #expect(budget.used.cents == used)
        #expect(budget.left == Money(euros: 400_000) - Money(cents: used))
        #expect(budget.unknownPayer.cents == lines.filter { $0.payer == nil }.reduce(0) { $0 + $1.amount!.cents })
        #expect(budget.usedPercent == Int(Rounding.halfUp(used * 100, 40_000_000)))
    }

    @Test func missingLegitimationAndPricesAreListed() {
        let incomplete = Self.exceptionsInYear.filter { $0.event.legitimation?.perspective == nil }
        #expect(!incomplete.isEmpty)
        #expect(budget.missingLegitimation.count == incomplete.count)
        #expect(budget.missingLegitimation.allSatisfy { $0.missingLegitimation == [.perspective] })
        let unpriced = Budget(
            [F.journey([F.event("x", "gemeente", .exception, "2014-05", costs: [CostLine(item: "onbekende-post")])])],
            selection: BudgetSelection(year: Self.year), priceList: .empty)
        #expect(unpriced.missingPrice.first?.unpricedLines.first?.reason == .unknownItem)
        #expect(unpriced.total.unpriced == 1)
    }

    @Test func impreciseDatesCountInEveryYearTheyMayMeanAndAreFlagged() {
        let journey = F.journey([
            F.event("w", "gemeente", .exception, "winter 2014", costs: [CostLine(amount: Money(euros: 100), payer: "gemeente")]),
            F.event("o", "gemeente", .exception, "2013-12-30", costs: [CostLine(amount: Money(euros: 1), payer: "gemeente")]),
        ])
        let y2014 = Budget([journey], selection: BudgetSelection(year: 2014), priceList: .empty)
        let y2015 = Budget([journey], selection: BudgetSelection(year: 2015), priceList: .empty)
        #expect(y2014.total.exceptions == 1 && y2015.total.exceptions == 1)
        #expect(y2014.issues.first?.straddlesYear == true)
        #expect(Budget([journey], selection: BudgetSelection(year: 2013), priceList: .empty).total.cost == Money(euros: 1))
    }

    @Test func municipalityFilterAndRecurringObstacles() {
        let breda = Budget(Self.journeys, selection: BudgetSelection(year: Self.year, municipality: " breda "), priceList: .empty)
        #expect(breda.perMunicipality.map(\.name) == ["Breda"])
        #expect(breda.casesRead == 12)
        #expect(
            PolicySignal.normalized("Huurachterstand, uitzetting dreigt!")
                == PolicySignal.normalized("huurachterstand uitzetting  dreigt 2"))
        #expect(PolicySignal.normalized("Wachtlijst GGZ (één jaar)") == "wachtlijst ggz een jaar")
        // Generated obstacles are all titled "Obstakel n": one signal across the cases.
        let signal = budget.obstacles.first
        #expect(signal?.key == "obstakel")
        #expect(signal.map { $0.resolved + $0.open == $0.occurrences } == true)
    }
}
