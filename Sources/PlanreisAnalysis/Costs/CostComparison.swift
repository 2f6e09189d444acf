import PlanreisModel

/// One event's share of the priced costs in the two windows.
public struct WindowShare: Hashable, Sendable {
    /// Index in `Journey.events`.
    public var event: Int
    public var before: Money
    public var after: Money
    /// Lines of this event without an amount.
    public var unpricedLines: Int
    /// Of those, the lines that fall (partly) in the window before the first exception.
    public var unpricedBefore: Int = 0
    /// Of those, the lines that fall (partly) in the window from the first exception.
    public var unpricedAfter: Int = 0
}

/// Doormodderen versus doorbreken: the yearly cost of all priced interventions (every event
/// with cost lines) in the 12 months before the first exception against the 12 months after.
///
/// Each cost line is spread evenly over the days it may cover and each window gets its share
/// (rounded once to the cent per event and window):
/// - a period event: from the first day its start can mean to the last day its end can mean;
/// - a point event with a line priced per day, month or year: from the first day its date can
///   mean, through the last day plus the line's run (periods × the unit's length, a
///   month being 1461/48 days);
/// - any other point event: the days its date can mean ("maart 2021": all of March).
/// The windows start at the first day the earliest exception can mean.
public struct CostComparison: Hashable, Sendable {
    /// Index of the first exception.
    public var firstException: Int
    public var before: DayInterval
    public var after: DayInterval
    public var beforeCost: Money
    public var afterCost: Money
    /// Events with costs that fall (partly) in a window, in date order.
    public var shares: [WindowShare]

    /// After − before: negative when breaking through is cheaper.
    public var difference: Money { afterCost - beforeCost }

    /// Unpriced lines in the window before the first exception.
    public var unpricedBefore: Int { shares.reduce(0) { $0 + $1.unpricedBefore } }

    /// Unpriced lines in the window from the first exception.
    public var unpricedAfter: Int { shares.reduce(0) { $0 + $1.unpricedAfter } }

    /// Whether some lines in the windows could not be priced.
    public var isComplete: Bool { shares.allSatisfy { $0.unpricedLines == 0 } }

    /// The comparison for `journey`; nil without a dated exception.
    public static func compare(_ journey: Journey, priceList: PriceList, months: Int = 12) -> CostComparison? {
        let context = StallContext(journey: journey)
        guard let first = context.sortedByDate(context.usable.filter { journey.events[$0].kind == .exception }).first
        else { return nil }
        let pivot = journey.events[first].date.earliestDay
        let before = DayInterval(start: Self.addMonths(-months, to: pivot), end: pivot)
        let after = DayInterval(start: pivot, end: Self.addMonths(months, to: pivot))

        var shares: [WindowShare] = []
        for index in context.sortedByDate(context.usable) where !journey.events[index].costs.isEmpty {
            let event = journey.events[index]
            var share = WindowShare(event: index, before: .zero, after: .zero, unpricedLines: 0)
            var touches = false
            for line in event.costs {
                let priced = priceList.price(line)
                let run = Self.run(of: event, line: priced)
                guard run.overlaps(before) || run.overlaps(after) else { continue }
                touches = true
                guard let amount = priced.amount else {
                    share.unpricedLines += 1
                    if run.overlaps(before) { share.unpricedBefore += 1 }
                    if run.overlaps(after) { share.unpricedAfter += 1 }
                    continue
                }
                share.before += Self.portion(amount, of: run, in: before)
                share.after += Self.portion(amount, of: run, in: after)
            }
            if touches { shares.append(share) }
        }
        return CostComparison(
            firstException: first, before: before, after: after,
            beforeCost: shares.reduce(.zero) { $0 + $1.before }, afterCost: shares.reduce(.zero) { $0 + $1.after },
            shares: shares)
    }

    /// The days a cost line may cover (see the type's documentation).
    static func run(of event: Event, line: PricedLine) -> DayInterval {
        if event.end != nil {
            return DayInterval(start: event.date.earliestDay, end: StallContext.endDate(of: event).latestDay + 1)
        }
        var end = event.date.latestDay + 1
        if line.line.amount == nil, let unit = line.item?.unit, unit != .hour, let (num, den) = unit.meanDays {
            // periods × unit length in days, rounded half up.
            end += Int(Rounding.halfUp(line.periods.thousandths * Int64(num), 1000 * Int64(den)))
        }
        return DayInterval(start: event.date.earliestDay, end: end)
    }

    /// `amount` × (days of `run` inside `window`) / (days of `run`), rounded half up.
    static func portion(_ amount: Money, of run: DayInterval, in window: DayInterval) -> Money {
        guard let overlap = run.clamped(to: window), run.days > 0 else { return .zero }
        if overlap.days == run.days { return amount }
        return Money(cents: Rounding.halfUp(amount.cents * Int64(overlap.days), Int64(run.days)))
    }

    /// The same day of the month `months` later (or earlier), clamped to the month's length.
    static func addMonths(_ months: Int, to day: Int) -> Int {
        let (y, m, d) = CivilDate.date(fromDayNumber: day)
        let total = y * 12 + (m - 1) + months
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        return CivilDate.dayNumber(year: year, month: month, day: min(d, CivilDate.daysInMonth(year: year, month: month)))
    }
}
