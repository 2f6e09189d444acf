import PlanreisModel

/// The part of one exception that falls in a period (a year or a quarter): priced cost lines
/// by the days each covers, the expected avoided cost by the days the exception covers
/// (`ExceptionDays`), per payer too; and the lines without an amount that touch the period.
struct ExceptionSlice {
    struct Payer {
        var name: String?
        var pays = Money.zero
        var unpricedPays = 0
        /// Nil when nothing is expected (no likelihood).
        var saves: Money?
        var unpricedSaves = 0
    }

    var cost = Money.zero
    var unpricedCost = 0
    /// Nil when the exception has no expected avoided cost.
    var avoided: Money?
    var unpricedAvoided = 0
    var payers: [Payer] = []
    var municipalityPays = Money.zero
    var municipalityUnpriced = 0
    var noPayer = Money.zero
    var noPayerUnpriced = 0

    init(_ item: CostBenefit, days: ExceptionDays, part: DayInterval, journey: Journey) {
        var order: [String] = []
        var byKey: [String: Payer] = [:]
        func payer(_ name: String?) -> String {
            let key = name.map(BudgetSelection.key) ?? ""
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = Payer(name: name.map(\.trimmedSpaces).flatMap { $0.isEmpty ? nil : $0 })
            }
            return key
        }
        for (line, run) in zip(item.costLines, days.lineRuns) where run.overlaps(part) {
            let share = line.amount.map { DaySpread(amount: $0, run: run).share(in: part) }
            let key = payer(line.payer)
            let isMunicipality = BudgetSelection.isMunicipality(line.payer, of: journey)
            if let share {
                cost += share
                byKey[key]!.pays += share
                if line.payer == nil { noPayer += share } else if isMunicipality { municipalityPays += share }
            } else {
                unpricedCost += 1
                byKey[key]!.unpricedPays += 1
                if line.payer == nil { noPayerUnpriced += 1 } else if isMunicipality { municipalityUnpriced += 1 }
            }
        }
        if let avoidedCost = item.avoided, days.span.overlaps(part) {
            unpricedAvoided = avoidedCost.lines.filter { $0.amount == nil }.count
            for line in avoidedCost.lines where line.amount == nil { byKey[payer(line.payer)]!.unpricedSaves += 1 }
            for balance in item.payers {
                guard let saves = balance.saves else { continue }
                let key = payer(balance.payer)
                let share = DaySpread(amount: saves, run: days.span).share(in: part)
                byKey[key]!.saves = (byKey[key]!.saves ?? .zero) + share
                // The expected avoided cost is the payers' savings summed, so the payer table adds up.
                if avoidedCost.expected != nil { avoided = (avoided ?? .zero) + share }
            }
            if avoidedCost.expected != nil && avoided == nil { avoided = .zero }
        }
        payers = order.map { byKey[$0]! }.filter { p in
            p.pays != .zero || p.unpricedPays > 0 || (p.saves ?? .zero) != .zero || p.unpricedSaves > 0
        }
    }
}
