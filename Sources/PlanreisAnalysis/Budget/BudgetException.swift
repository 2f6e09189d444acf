import PlanreisModel

/// One exception of a budget year, for the review list: which case, what, when, its share of
/// cost and expected avoided cost in the year, how complete its price is, and whether its
/// legitimation is complete.
public struct BudgetException: Hashable, Sendable {
    /// The case's id (a pseudonym in anonymised data).
    public var caseID: String
    /// The exception's id, or `#n` (its 0-based position in the journey).
    public var exception: String
    public var title: String
    public var date: PartialDate
    public var end: PartialDate?
    /// The share of the priced cost that falls in the year, and the priced cost in all.
    public var costInYear: Money
    public var costTotal: Money
    /// Cost lines without an amount.
    public var unpricedCostLines: Int
    /// The share of the expected avoided cost that falls in the year; nil when nothing is
    /// expected (no scenario or no likelihood).
    public var avoidedInYear: Money?
    /// Avoided-scenario lines without an amount.
    public var unpricedAvoidedLines: Int
    /// Days the exception covers in the year and in all (see `ExceptionDays`).
    public var daysInYear: Int
    public var days: Int
    /// Whether grounds, argument and the household's perspective are all given.
    public var legitimationComplete: Bool
    /// Whether it pays for itself even at the low end of its likelihood (net at the low
    /// estimate ≥ 0, over the whole exception, not the year's share); nil when that cannot be
    /// said: no avoided scenario with a likelihood, or a cost line without a price.
    public var paysOffAtLow: Bool? = nil

    /// How completely the exception is priced.
    public var state: PriceState {
        let unpriced = unpricedCostLines + unpricedAvoidedLines
        if unpriced == 0 && avoidedInYear != nil { return .priced }
        if costTotal == .zero && unpricedCostLines > 0 { return .unpriced }
        return .partlyPriced
    }

    /// Whether the exception also covers days of other years (its amounts are split by days).
    public var crossesYear: Bool { daysInYear < days }
}

/// How completely an exception is priced.
public enum PriceState: String, Hashable, Sendable {
    /// Every line has an amount and the avoided scenario has a likelihood.
    case priced
    /// Some amounts or the likelihood are missing.
    case partlyPriced = "partly-priced"
    /// No cost line has an amount.
    case unpriced

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.priced, .nl): "geprijsd"
        case (.partlyPriced, .nl): "deels geprijsd"
        case (.unpriced, .nl): "niet geprijsd"
        case (.priced, .en): "priced"
        case (.partlyPriced, .en): "partly priced"
        case (.unpriced, .en): "unpriced"
        }
    }
}
