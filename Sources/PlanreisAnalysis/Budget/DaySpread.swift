import PlanreisModel

/// An amount spread evenly over the days it covers, so that parts of those days (years,
/// quarters) get shares that add up to the amount exactly: the share of `[a, b)` is
/// `R(b) − R(a)`, where `R(d)` is the amount × (days of the run before `d`) / (days of the run),
/// rounded half up. Splitting a run into any parts therefore never gains or loses a cent.
struct DaySpread: Hashable, Sendable {
    var amount: Money
    var run: DayInterval

    /// The share that falls in `part`; the whole amount for a part that holds the whole run.
    func share(in part: DayInterval) -> Money {
        guard run.days > 0 else { return part.start <= run.start && run.start < part.end ? amount : .zero }
        return Money(cents: cumulative(part.end) - cumulative(part.start))
    }

    /// The amount spread over the days before `day`.
    private func cumulative(_ day: Int) -> Int64 {
        let before = Int64(min(max(day, run.start), run.end) - run.start)
        return Rounding.halfUp(amount.cents * before, Int64(run.days))
    }
}

/// The days an exception covers for the budget, and what its cost lines cover.
///
/// A cost line covers the days `CostComparison` gives it (the documented rule of
/// `planreis analyze`): a period event from the first day its start can mean to the last day
/// its end can mean; a point event with a line priced per day, month or year from its date
/// through the line's run; any other point event the days its date can mean ("maart 2021":
/// March). The exception itself covers all of those days and its own date or period: its
/// expected avoided cost is spread over them.
struct ExceptionDays: Hashable, Sendable {
    /// One run per cost line, in the order of `CostBenefit.costLines`.
    var lineRuns: [DayInterval]
    /// From the first to the last day the exception or any of its lines covers.
    var span: DayInterval

    init(_ item: CostBenefit, event: Event) {
        lineRuns = item.costLines.map { CostComparison.run(of: event, line: $0) }
        let own = BudgetBuilder.days(of: event)
        span = DayInterval(
            start: lineRuns.map(\.start).min().map { min($0, own.start) } ?? own.start,
            end: lineRuns.map(\.end).max().map { max($0, own.end) } ?? own.end)
    }
}
