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
    var quarters: [BudgetRow] = (1...4).map { BudgetRow(name: "K\($0)") }
    var exceptions: [BudgetException] = []
    var used = Money.zero
    var usedUnpriced = 0
    var unknownPayer = Money.zero
    var unknownPayerUnpriced = 0
    var signals = PolicySignals()
    var issues: [BudgetIssue] = []
    var undatedExceptions = 0
    var areas = Set<BudgetArea>()
    var casesWithoutArea = 0

    public init(selection: BudgetSelection, priceList: PriceList) {
        self.selection = selection
        analyzer = CostBenefitAnalyzer(priceList: priceList)
    }

    /// Adds the exceptions and obstacles of `journey` that fall in the year, when its
    /// municipality (or, without one, its region) is selected.
    public mutating func add(_ journey: Journey) {
        if let area = BudgetSelection.area(of: journey) { areas.insert(area) } else { casesWithoutArea += 1 }
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
            let item = analyzer.costBenefit(of: event, at: index)
            let days = ExceptionDays(item, event: event)
            guard days.span.overlaps(year) else { continue }
            any = true
            add(item, days: days, event: event, journey: journey)
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

    mutating func add(_ item: CostBenefit, days: ExceptionDays, event: Event, journey: Journey) {
        let year = selection.days
        let slice = ExceptionSlice(item, days: days, part: year, journey: journey)
        total.add(cost: slice.cost, avoided: slice.avoided, unpricedCost: slice.unpricedCost, unpricedAvoided: slice.unpricedAvoided)
        let area = BudgetSelection.area(of: journey)
        municipalities.add(
            area?.name, cost: slice.cost, avoided: slice.avoided, unpricedCost: slice.unpricedCost,
            unpricedAvoided: slice.unpricedAvoided)
        categories.add(
            event.category, cost: slice.cost, avoided: slice.avoided, unpricedCost: slice.unpricedCost,
            unpricedAvoided: slice.unpricedAvoided)
        bases.add(
            item.legitimation?.basis, cost: slice.cost, avoided: slice.avoided, unpricedCost: slice.unpricedCost,
            unpricedAvoided: slice.unpricedAvoided)
        for p in slice.payers {
            payers.add(p.name, cost: p.pays, avoided: p.saves, unpricedCost: p.unpricedPays, unpricedAvoided: p.unpricedSaves)
        }
        for (q, part) in selection.quarters.enumerated() where days.span.overlaps(part) {
            let s = ExceptionSlice(item, days: days, part: part, journey: journey)
            quarters[q].add(cost: s.cost, avoided: s.avoided, unpricedCost: s.unpricedCost, unpricedAvoided: s.unpricedAvoided)
        }
        used += slice.municipalityPays
        usedUnpriced += slice.municipalityUnpriced
        unknownPayer += slice.noPayer
        unknownPayerUnpriced += slice.noPayerUnpriced
        let id = event.id ?? "#\(item.event)"
        exceptions.append(
            BudgetException(
                caseID: journey.id, exception: id, title: event.title, date: event.date, end: event.end, costInYear: slice.cost,
                costTotal: item.cost, unpricedCostLines: slice.unpricedCost, avoidedInYear: slice.avoided,
                unpricedAvoidedLines: slice.unpricedAvoided, daysInYear: days.span.clamped(to: year)?.days ?? 0,
                days: days.span.days, legitimationComplete: item.missingLegitimation.isEmpty,
                paysOffAtLow: item.costLines.allSatisfy { $0.amount != nil } ? item.paysOffAtLow : nil))
        let issue = BudgetIssue(
            caseID: journey.id, exception: id, title: event.title, date: event.date, end: event.end,
            missingLegitimation: item.missingLegitimation,
            unpricedLines: item.unpricedLines.map { UnpricedLine(label: $0.label, reason: $0.unpriced) },
            noCost: item.costLines.isEmpty, noExpectedAvoided: item.avoided?.expected == nil, unknownPayerCost: slice.noPayer,
            unknownPayerUnpricedLines: slice.noPayerUnpriced, straddlesYear: days.span.clamped(to: year) != days.span)
        if !issue.isEmpty { issues.append(issue) }
    }

    /// The finished budget.
    public func finish() -> Budget {
        Budget(
            selection: selection, casesRead: casesRead, casesWithExceptions: casesWithExceptions, total: total,
            perMunicipality: municipalities.ranked, perCategory: categories.ranked, perPayer: payers.ranked,
            perLegalBasis: bases.ranked, perQuarter: quarters, exceptions: exceptions, used: used, usedUnpricedLines: usedUnpriced,
            unknownPayer: unknownPayer, unknownPayerUnpricedLines: unknownPayerUnpriced, obstacles: signals.ranked, issues: issues,
            undatedExceptions: undatedExceptions, areas: areas.sorted(), casesWithoutArea: casesWithoutArea, input: nil,
            smallCells: nil)
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
