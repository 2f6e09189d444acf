import PlanreisModel

/// Exceptions of a budget grouped by one value (a municipality, category, payer, legal basis or
/// quarter): how many, what they cost in the period, what they are expected to avoid, net and
/// return per euro. Amounts count only priced lines; what is not priced is counted, never
/// taken for zero (see `costBound`, `avoidedBound`).
public struct BudgetRow: Hashable, Sendable {
    /// The value as first written; nil for "unknown" (not given).
    public var name: String?
    public var exceptions: Int
    /// What the exceptions cost in the period (for a payer: what that payer pays), priced lines only.
    public var cost: Money
    /// Expected avoided cost in the period: the avoided scenario's cost × its likelihood (for a
    /// payer: what that payer saves). An exception without a likelihood adds nothing here.
    public var avoided: Money
    /// Exceptions without an expected avoided cost (no scenario or no likelihood).
    public var withoutExpected: Int
    /// Exceptions with a cost or avoided line that could not be priced.
    public var unpriced: Int
    /// Cost lines without an amount.
    public var unpricedCostLines: Int
    /// Avoided-scenario lines without an amount.
    public var unpricedAvoidedLines: Int

    public init(name: String?) {
        self.name = name
        exceptions = 0
        cost = .zero
        avoided = .zero
        withoutExpected = 0
        unpriced = 0
        unpricedCostLines = 0
        unpricedAvoidedLines = 0
    }

    /// Expected avoided cost − cost (read with `netBound`).
    public var net: Money { avoided - cost }

    /// Expected avoided cost per euro spent; nil when nothing was spent (read with `netBound`).
    public var returnPerEuro: Ratio? { Ratio(avoided.cents, cost.cents) }

    /// Whether every figure of the row is complete (all priced, every avoided cost expected).
    public var isComplete: Bool { withoutExpected == 0 && unpriced == 0 }

    /// `cost` is exact, or a lower bound when cost lines are unpriced.
    public var costBound: FigureBound { unpricedCostLines > 0 ? .atLeast : .exact }

    /// `avoided` is exact, or a lower bound when lines are unpriced or likelihoods missing.
    public var avoidedBound: FigureBound { unpricedAvoidedLines > 0 || withoutExpected > 0 ? .atLeast : .exact }

    /// What `net` and `returnPerEuro` are: exact; a lower bound when only the avoided cost is
    /// incomplete; an upper bound when only the cost is; unknown when both are.
    public var netBound: FigureBound { FigureBound.difference(avoidedBound, minus: costBound) }

    mutating func add(cost: Money, avoided: Money?, unpricedCost: Int, unpricedAvoided: Int) {
        exceptions += 1
        self.cost += cost
        self.avoided += avoided ?? .zero
        if avoided == nil { withoutExpected += 1 }
        if unpricedCost + unpricedAvoided > 0 { unpriced += 1 }
        unpricedCostLines += unpricedCost
        unpricedAvoidedLines += unpricedAvoided
    }
}

/// What a shown amount is: exact, at least, at most, or not known at all.
public enum FigureBound: String, Hashable, Sendable {
    case exact, atLeast, atMost, unknown

    /// The bound of `a − b` given the bounds of `a` and `b`.
    static func difference(_ a: FigureBound, minus b: FigureBound) -> FigureBound {
        switch (a, b) {
        case (.exact, .exact): .exact
        case (.atLeast, .exact), (.exact, .atMost), (.atLeast, .atMost): .atLeast
        case (.exact, .atLeast), (.atMost, .exact), (.atMost, .atLeast): .atMost
        default: .unknown
        }
    }
}

/// Rows keyed by a name compared without case; the first spelling names the row.
struct BudgetRows: Hashable, Sendable {
    private(set) var rows: [String: BudgetRow] = [:]

    mutating func add(_ name: String?, cost: Money, avoided: Money?, unpricedCost: Int, unpricedAvoided: Int) {
        let trimmed = name.map { BudgetSelection.key($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let display = trimmed == nil ? nil : name!.split(separator: " ").joined(separator: " ")
        rows[trimmed ?? "", default: BudgetRow(name: display)].add(
            cost: cost, avoided: avoided, unpricedCost: unpricedCost, unpricedAvoided: unpricedAvoided)
    }

    /// Largest cost first, then most exceptions, then by name; "unknown" last.
    var ranked: [BudgetRow] {
        rows.values.sorted { a, b in
            if (a.name == nil) != (b.name == nil) { return b.name == nil }
            if a.cost != b.cost { return a.cost > b.cost }
            if a.exceptions != b.exceptions { return a.exceptions > b.exceptions }
            return (a.name ?? "") < (b.name ?? "")
        }
    }
}
