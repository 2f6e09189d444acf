import PlanreisModel

/// What is missing for one exception of a budget: parts of its legitimation, prices, an
/// expected avoided cost, a payer; or days in other years (its amounts then split by days).
public struct BudgetIssue: Hashable, Sendable {
    /// The case's id.
    public var caseID: String
    /// The exception's id, or `#n` (its 0-based position in the journey).
    public var exception: String
    public var title: String
    public var date: PartialDate
    public var end: PartialDate?
    /// Parts of the legitimation that are missing or blank.
    public var missingLegitimation: [LegitimationPart]
    /// Cost and avoided lines without an amount: their label and why.
    public var unpricedLines: [UnpricedLine]
    /// The exception has no cost lines at all.
    public var noCost: Bool
    /// No avoided scenario, or one without a likelihood: nothing is expected to be avoided.
    public var noExpectedAvoided: Bool
    /// Cost paid by nobody named (no payer on the line or in the price list).
    public var unknownPayerCost: Money
    /// Cost lines without a payer and without an amount.
    public var unknownPayerUnpricedLines: Int
    /// The exception also covers days of other years: its amounts are split by days.
    public var straddlesYear: Bool

    /// Whether anything is missing or uncertain.
    public var isEmpty: Bool {
        missingLegitimation.isEmpty && unpricedLines.isEmpty && !noCost && !noExpectedAvoided && unknownPayerCost == .zero
            && unknownPayerUnpricedLines == 0 && !straddlesYear
    }

    /// Whether a price is missing (a line without an amount, or no cost lines at all).
    public var lacksPrice: Bool { !unpricedLines.isEmpty || noCost }
}

/// A cost or avoided line of an exception that has no amount.
public struct UnpricedLine: Hashable, Sendable {
    /// What the line is for (its note or price-list item).
    public var label: String
    public var reason: UnpricedReason?

    /// "label (reason)" for people.
    public func formatted(_ language: Language) -> String {
        let label = self.label.isEmpty ? "?" : self.label
        return reason.map { "\(label) (\($0.label(language)))" } ?? label
    }
}
