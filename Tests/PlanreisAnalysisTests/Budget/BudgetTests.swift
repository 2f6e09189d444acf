import Foundation
import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

/// Budgets over generated years, their totals recomputed here straight from the journeys' cost
/// lines (not through the budget code): amounts split over years must add up to the spending.
@Suite("Budget")
struct BudgetTests {
    static let journeys = BudgetFixture.journeys
    /// Every year the generated journeys can touch.
    static let years = 2011...2018

    static let budgets: [Budget] = years.map {
        Budget(journeys, selection: BudgetSelection(year: $0, available: Money(euros: 400_000)), priceList: .empty)
    }

    static var exceptions: [(journey: Journey, event: Event)] {
        journeys.flatMap { j in j.events.filter { $0.kind == .exception && !$0.date.isEpochPlaceholder }.map { (j, $0) } }
    }

    static func expected(_ event: Event) -> Int64? {
        guard let avoids = event.avoids, let p = avoids.likelihood else { return nil }
        return avoids.costs.reduce(0) { $0 + $1.amount!.cents / 100 * Int64(p) }
    }

    static func sum(_ lines: [CostLine]) -> Int64 { lines.reduce(0) { $0 + $1.amount!.cents } }

    @Test func yearsAddUpToTheSpendingExactly() {
        let items = Self.exceptions
        #expect(items.count > 20)
        // Some exceptions really cross a year, or the test proves nothing.
        let crossing = Self.budgets.flatMap(\.exceptions).filter(\.crossesYear)
        #expect(!crossing.isEmpty)
        #expect(Self.budgets.reduce(0) { $0 + $1.total.cost.cents } == Self.sum(items.flatMap(\.event.costs)))
        #expect(Self.budgets.reduce(0) { $0 + $1.total.avoided.cents } == items.compactMap { Self.expected($0.event) }.reduce(0, +))
        let used = items.flatMap(\.event.costs).filter { $0.payer == "gemeente" }
        #expect(Self.budgets.reduce(0) { $0 + $1.used.cents } == Self.sum(used))
        let noPayer = items.flatMap(\.event.costs).filter { $0.payer == nil }
        #expect(Self.budgets.reduce(0) { $0 + $1.unknownPayer.cents } == Self.sum(noPayer))
        for budget in Self.budgets {
            #expect(budget.total.net == budget.total.avoided - budget.total.cost)
            #expect(budget.left == Money(euros: 400_000) - budget.used)
            #expect(budget.exceptions.count == budget.total.exceptions)
            #expect(budget.exceptions.reduce(Money.zero) { $0 + $1.costInYear } == budget.total.cost)
        }
    }

    @Test func quartersAddUpToTheYear() {
        for budget in Self.budgets {
            #expect(budget.perQuarter.count == 4)
            #expect(budget.perQuarter.reduce(Money.zero) { $0 + $1.cost } == budget.total.cost)
            #expect(budget.perQuarter.reduce(Money.zero) { $0 + $1.avoided } == budget.total.avoided)
        }
    }

    @Test func splitsAddUpPerMunicipalityCategoryAndPayer() {
        for budget in Self.budgets {
            #expect(budget.perMunicipality.reduce(Money.zero) { $0 + $1.cost } == budget.total.cost)
            #expect(budget.perCategory.reduce(Money.zero) { $0 + $1.cost } == budget.total.cost)
            #expect(budget.perPayer.reduce(Money.zero) { $0 + $1.cost } == budget.total.cost)
            #expect(budget.perPayer.reduce(Money.zero) { $0 + $1.avoided } == budget.total.avoided)
        }
        for name in BudgetFixture.municipalities {
            let mine = Self.exceptions.filter { $0.journey.municipality == name }
            let summed = Self.budgets.reduce(0) { $0 + ($1.perMunicipality.first { $0.name == name }?.cost.cents ?? 0) }
            #expect(summed == Self.sum(mine.flatMap(\.event.costs)))
        }
        let rijk = Self.exceptions.compactMap { item -> Int64? in
            guard let a = item.event.avoids, let p = a.likelihood else { return nil }
            return a.costs.filter { $0.payer == "rijk" }.reduce(0) { $0 + $1.amount!.cents / 100 * Int64(p) }
        }.reduce(0, +)
        #expect(Self.budgets.reduce(0) { $0 + ($1.perPayer.first { $0.name == "rijk" }?.avoided.cents ?? 0) } == rijk)
    }

    /// The issue's example: € 12.000 from 1 December 2020 to 31 May 2021 is 31 of 182 days in 2020.
    @Test func aPeriodAcrossTheYearIsSplitByDays() throws {
        let journey = F.journey([
            F.event(
                "u", "gemeente", .exception, "2020-12-01", end: "2021-05-31",
                costs: [CostLine(amount: Money(euros: 12_000), payer: "gemeente")],
                avoids: AvoidedScenario(title: "x", likelihood: 50, costs: [CostLine(amount: Money(euros: 1_000), payer: "rijk")]))
        ])
        let y2020 = Budget([journey], selection: BudgetSelection(year: 2020), priceList: .empty)
        let y2021 = Budget([journey], selection: BudgetSelection(year: 2021), priceList: .empty)
        // 12,000.00 × 31 / 182 = 2,043.956… → 2,043.96.
        #expect(y2020.total.cost == Money(cents: 204_396))
        #expect(y2020.used == Money(cents: 204_396))
        #expect(y2020.total.cost + y2021.total.cost == Money(euros: 12_000))
        #expect(y2020.total.avoided + y2021.total.avoided == Money(euros: 500))
        #expect(y2020.total.exceptions == 1 && y2021.total.exceptions == 1)
        let entry = try #require(y2021.exceptions.first)
        #expect(entry.crossesYear && entry.daysInYear == 151 && entry.days == 182)
        #expect(y2021.perQuarter[0].cost + y2021.perQuarter[1].cost == y2021.total.cost)
        #expect(y2021.perQuarter[2].exceptions == 0)
        #expect(y2020.perQuarter[3].cost == y2020.total.cost)
    }

    @Test func aPointDateFallsOnItsDateAndAnImpreciseOneOnItsDays() {
        let journey = F.journey([
            F.event("w", "gemeente", .exception, "winter 2014", costs: [CostLine(amount: Money(euros: 100), payer: "gemeente")]),
            F.event("o", "gemeente", .exception, "2013-12-30", costs: [CostLine(amount: Money(euros: 1), payer: "gemeente")]),
        ])
        let budgets = (2013...2015).map { Budget([journey], selection: BudgetSelection(year: $0), priceList: .empty) }
        #expect(budgets[0].total.cost.cents + budgets[1].total.cost.cents + budgets[2].total.cost.cents == 10_100)
        #expect(budgets[0].exceptions.first { $0.exception == "o" }?.costInYear == Money(euros: 1))
        #expect(budgets[1].issues.first?.straddlesYear == true)
    }

    @Test func unpricedIsCountedNotZero() {
        let journey = F.journey([
            F.event("x", "gemeente", .exception, "2014-05", costs: [CostLine(item: "onbekende-post", payer: "gemeente")]),
            F.event("y", "gemeente", .exception, "2014-06-01", costs: [CostLine(amount: Money(euros: 10))]),
        ])
        let budget = Budget([journey], selection: BudgetSelection(year: 2014, available: Money(euros: 50_000)), priceList: .empty)
        #expect(budget.missingPrice.first?.unpricedLines.first?.reason == .unknownItem)
        #expect(budget.total.unpriced == 1 && budget.total.unpricedCostLines == 1)
        #expect(budget.total.costBound == .atLeast)
        #expect(budget.total.netBound == .unknown)
        #expect(budget.usedUnpricedLines == 1 && budget.used == .zero)
        #expect(budget.unknownPayer == Money(euros: 10))
        #expect(budget.exceptions.first?.state == .unpriced)
        #expect(FigureBound.difference(.exact, minus: .atLeast) == .atMost)
        #expect(FigureBound.difference(.atLeast, minus: .exact) == .atLeast)
    }

    @Test func missingLegitimationIsListed() {
        let budget = Self.budgets[3]
        let incomplete = budget.exceptions.filter { !$0.legitimationComplete }
        #expect(!incomplete.isEmpty)
        #expect(budget.missingLegitimation.count == incomplete.count)
        #expect(budget.missingLegitimation.allSatisfy { $0.missingLegitimation == [.perspective] })
    }

    @Test func aCaseWithoutMunicipalityIsFiledUnderItsRegion() {
        var journey = F.journey([
            F.event("u", "gemeente", .exception, "2021-03-01", costs: [CostLine(amount: Money(euros: 5), payer: "gemeente")])
        ])
        journey.region = "Hart van Brabant"
        var other = journey
        other.id = "t"
        other.municipality = "Tilburg"
        let all = Budget([journey, other], selection: BudgetSelection(year: 2021), priceList: .empty)
        #expect(all.areas == [BudgetArea(name: "Tilburg", isRegion: false), BudgetArea(name: "Hart van Brabant", isRegion: true)])
        #expect(Set(all.perMunicipality.map(\.name)) == ["Hart van Brabant", "Tilburg"])
        let region = Budget([journey, other], selection: BudgetSelection(year: 2021, municipality: "hart van brabant"), priceList: .empty)
        #expect(region.casesRead == 1 && region.total.cost == Money(euros: 5))
        let none = Budget([journey, other], selection: BudgetSelection(year: 2021, municipality: "Breda"), priceList: .empty)
        #expect(none.casesRead == 0 && none.areas.count == 2)
    }

    @Test func municipalityFilterAndRecurringObstacles() {
        let breda = Budget(Self.journeys, selection: BudgetSelection(year: 2014, municipality: " breda "), priceList: .empty)
        #expect(breda.perMunicipality.map(\.name) == ["Breda"])
        #expect(breda.casesRead == 12)
        #expect(
            PolicySignal.normalized("Huurachterstand, uitzetting dreigt!")
                == PolicySignal.normalized("huurachterstand uitzetting  dreigt 2"))
        #expect(PolicySignal.normalized("Wachtlijst GGZ (één jaar)") == "wachtlijst ggz een jaar")
        // Generated obstacles are all titled "Obstakel n": one signal across the cases.
        let signal = Self.budgets[3].obstacles.first
        #expect(signal?.key == "obstakel")
        #expect(signal.map { $0.resolved + $0.open == $0.occurrences } == true)
    }
}
