import PlanreisModel

/// Builds a budget one journey at a time.
public struct BudgetBuilder: Sendable {
    public let selection: BudgetSelection
    let analyzer: CostBenefitAnalyzer
    var casesRead = 0
    var casesWithExceptions = 0
    var total = BudgetRow(name: nil)
    var municipalities = BudgetRows()
    var categories = BudgetRows()
    var payers = BudgetRows()
    var bases = BudgetRows()
    var used = Money.zero
    var unknownPayer = Money.zero
    var signals = PolicySignals()
    var issues: [BudgetIssue] = []
    var undatedExceptions = 0

    public init(selection: BudgetSelection, priceList: PriceList) {
        self.selection = selection
        analyzer = CostBenefitAnalyzer(priceList: priceList)
    }

    /// Adds the exceptions and obstacles of `journey` that fall in the year, when its
    /// municipality is selected.
    public mutating func add(_ journey: Journey) {
        guard selection.admits(journey) else { return }
        casesRead += 1
        let year = selection.days
        var resolved = Set<String>()
        var any = false
        for (index, event) in journey.events.enumerated() where event.kind == .exception {
            resolved.formUnion(event.targets(.resolves))
            guard !event.date.isEpochPlaceholder else {
                undatedExceptions += 1
                continue
            }
            let days = Self.days(of: event)
            guard days.overlaps(year) else { continue }
            any = true
            add(analyzer.costBenefit(of: event, at: index), event: event, journey: journey, straddles: days.clamped(to: year) != days)
        }
        if any { casesWithExceptions += 1 }
        var obstacles: [(title: String, resolved: Bool)] = []
        for event in journey.events where event.kind == .obstacle && !event.date.isEpochPlaceholder {
            guard Self.days(of: event).overlaps(year) else { continue }
            obstacles.append((event.title, event.id.map { resolved.contains($0) } ?? false))
        }
        signals.add(case: obstacles)
    }

    /// Every day the event's date, or its period, can mean: `[earliest start, latest end + 1)`.
    static func days(of event: Event) -> DayInterval {
        let end = event.end.flatMap { $0.isEpochPlaceholder ? nil : $0 } ?? event.date
        return DayInterval(start: event.date.earliestDay, end: max(event.date.latestDay, end.latestDay) + 1)
    }

    mutating func add(_ item: CostBenefit, event: Event, journey: Journey, straddles: Bool) {
        let expected = item.avoided?.expected
        total.add(cost: item.cost, avoided: expected, complete: item.isComplete)
        municipalities.add(journey.municipality, cost: item.cost, avoided: expected, complete: item.isComplete)
        categories.add(event.category, cost: item.cost, avoided: expected, complete: item.isComplete)
        bases.add(item.legitimation?.basis, cost: item.cost, avoided: expected, complete: item.isComplete)
        for balance in item.payers {
            payers.add(balance.payer, cost: balance.pays, avoided: balance.saves, complete: item.isComplete)
        }
        var noPayer = Money.zero
        for line in item.costLines {
            guard let amount = line.amount else { continue }
            if line.payer == nil {
                noPayer += amount
            } else if BudgetSelection.isMunicipality(line.payer, of: journey) {
                used += amount
            }
        }
        unknownPayer += noPayer
        let issue = BudgetIssue(
            caseID: journey.id, exception: event.id ?? "#\(item.event)", title: event.title, date: event.date, end: event.end,
            missingLegitimation: item.missingLegitimation,
            unpricedLines: item.unpricedLines.map { UnpricedLine(label: $0.label, reason: $0.unpriced) },
            noCost: item.costLines.isEmpty, noExpectedAvoided: expected == nil, unknownPayerCost: noPayer, straddlesYear: straddles)
        if !issue.isEmpty { issues.append(issue) }
    }

    /// The finished budget.
    public func finish() -> Budget {
        Budget(
            selection: selection, casesRead: casesRead, casesWithExceptions: casesWithExceptions, total: total,
            perMunicipality: municipalities.ranked, perCategory: categories.ranked, perPayer: payers.ranked,
            perLegalBasis: bases.ranked, used: used, unknownPayer: unknownPayer, obstacles: signals.ranked, issues: issues,
            undatedExceptions: undatedExceptions, smallCells: nil)
    }
}

extension Budget {
    /// The budget of `journeys`.
    public init(_ journeys: [Journey], selection: BudgetSelection, priceList: PriceList) {
        var builder = BudgetBuilder(selection: selection, priceList: priceList)
        for journey in journeys { builder.add(journey) }
        self = builder.finish()
    }
}
