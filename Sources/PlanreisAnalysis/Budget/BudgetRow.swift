import PlanreisModel

/// Exceptions of a budget grouped by one value (a municipality, category, payer or legal basis):
/// how many, what they cost, what they are expected to avoid, net and return per euro.
public struct BudgetRow: Hashable, Sendable {
    /// The value as first written; nil for "unknown" (not given).
    public var name: String?
    public var exceptions: Int
    /// What the exceptions cost (for a payer: what that payer pays).
    public var cost: Money
    /// Expected avoided cost: the avoided scenario's cost × its likelihood (for a payer: what
    /// that payer saves). An exception without a likelihood adds nothing here.
    public var avoided: Money
    /// Exceptions without an expected avoided cost (no scenario or no likelihood).
    public var withoutExpected: Int
    /// Exceptions with a cost or avoided line that could not be priced.
    public var unpriced: Int

    public init(name: String?) {
        self.name = name
        exceptions = 0
        cost = .zero
        avoided = .zero
        withoutExpected = 0
        unpriced = 0
    }

    /// Expected avoided cost − cost.
    public var net: Money { avoided - cost }

    /// Expected avoided cost per euro spent; nil when nothing was spent.
    public var returnPerEuro: Ratio? { Ratio(avoided.cents, cost.cents) }

    /// Whether every figure of the row is complete (all priced, every avoided cost expected).
    public var isComplete: Bool { withoutExpected == 0 && unpriced == 0 }

    mutating func add(cost: Money, avoided: Money?, complete: Bool) {
        exceptions += 1
        self.cost += cost
        self.avoided += avoided ?? .zero
        if avoided == nil { withoutExpected += 1 }
        if !complete { unpriced += 1 }
    }
}

/// Rows keyed by a name compared without case; the first spelling names the row.
struct BudgetRows: Hashable, Sendable {
    private(set) var rows: [String: BudgetRow] = [:]

    mutating func add(_ name: String?, cost: Money, avoided: Money?, complete: Bool) {
        let trimmed = name.map { BudgetSelection.key($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let display = trimmed == nil ? nil : name!.split(separator: " ").joined(separator: " ")
        rows[trimmed ?? "", default: BudgetRow(name: display)].add(cost: cost, avoided: avoided, complete: complete)
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
