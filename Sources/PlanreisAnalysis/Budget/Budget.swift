import PlanreisModel

/// The exception budget of a year (docs/PRODUCT.md §5): every exception that covers days of the year
/// across the cases, its cost lines apportioned to the year (and its quarters) by the days they
/// cover; per municipality (or region), category, payer, legal basis and quarter; the budget
/// used and left; the obstacles that recur; and what is missing. Built on
/// `CostBenefitAnalyzer`, so each exception is priced exactly as `planreis analyze` prices it.
public struct Budget: Hashable, Sendable {
    public var selection: BudgetSelection
    /// Cases read, and cases of the selected municipality that had an exception in the year.
    public var casesRead: Int
    public var casesWithExceptions: Int
    /// All exceptions of the year together (`name` nil).
    public var total: BudgetRow
    /// Per municipality; a case without a municipality is filed under its region (see `areas`).
    public var perMunicipality: [BudgetRow]
    public var perCategory: [BudgetRow]
    /// Per payer: `cost` is what the payer pays, `avoided` what it is expected to save, so a
    /// payer that pays while another saves (the "wrong pocket") shows a negative net.
    public var perPayer: [BudgetRow]
    public var perLegalBasis: [BudgetRow]
    /// The four quarters, named "K1"…"K4".
    public var perQuarter: [BudgetRow]
    /// Every exception of the year, in input order.
    public var exceptions: [BudgetException]
    /// Cost paid by the municipality (payer "gemeente…" or the case's municipality): what the
    /// budget pays for; priced lines only.
    public var used: Money
    /// Municipality-paid cost lines without an amount: `used` is then a lower bound.
    public var usedUnpricedLines: Int
    /// Cost whose payer is not named: it may or may not come from the budget.
    public var unknownPayer: Money
    /// Cost lines with neither a payer nor an amount.
    public var unknownPayerUnpricedLines: Int
    /// Obstacles dated in the year in the selected cases, most recurring first.
    public var obstacles: [PolicySignal]
    /// Exceptions with something missing or uncertain, in input order.
    public var issues: [BudgetIssue]
    /// Exceptions left out because their date is a placeholder (1 January 1970).
    public var undatedExceptions: Int
    /// Every municipality (or region) of the cases read, selected or not, sorted.
    public var areas: [BudgetArea]
    /// Cases read without municipality and region.
    public var casesWithoutArea: Int
    /// What was read, when the caller counted it (files, duplicates, constructed cases).
    public var input: InputSummary?
    /// Cells withheld from release (`--min-cell`); nil when every cell is shown.
    public var smallCells: SmallCells?

    /// Budget − used; nil without an available budget. An upper bound when `usedUnpricedLines` > 0.
    public var left: Money? { selection.available.map { $0 - used } }

    /// Share of the available budget used, whole percent rounded half up; nil without a budget.
    /// A lower bound when `usedUnpricedLines` > 0.
    public var usedPercent: Int? {
        guard let available = selection.available, available.cents > 0 else { return nil }
        return Int(Rounding.halfUp(used.cents * 100, available.cents))
    }

    /// Exceptions lacking (part of) their legitimation.
    public var missingLegitimation: [BudgetIssue] { issues.filter { !$0.missingLegitimation.isEmpty } }

    /// Exceptions lacking a price (an unpriced line or no cost at all).
    public var missingPrice: [BudgetIssue] { issues.filter(\.lacksPrice) }
}

/// How many of a year's exceptions pay for themselves even at the low end of their likelihood.
public struct LowEstimateCount: Hashable, Sendable {
    /// Net at the low likelihood ≥ 0.
    public var payOff: Int
    /// Net at the low likelihood < 0.
    public var doNotPayOff: Int
    /// No likelihood, no priced avoided scenario, or a cost line without a price.
    public var unknown: Int

    public var total: Int { payOff + doNotPayOff + unknown }
}

extension Budget {
    /// The year's exceptions by whether they pay off even at their low estimate.
    public var lowEstimate: LowEstimateCount {
        var count = LowEstimateCount(payOff: 0, doNotPayOff: 0, unknown: 0)
        for exception in exceptions {
            switch exception.paysOffAtLow {
            case true?: count.payOff += 1
            case false?: count.doNotPayOff += 1
            case nil: count.unknown += 1
            }
        }
        return count
    }
}
