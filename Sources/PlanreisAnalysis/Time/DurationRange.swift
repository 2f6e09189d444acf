import PlanreisModel

/// A duration in whole days that imprecise dates leave uncertain: at least `minDays`, at most
/// `maxDays`. Equal bounds mean the duration is known to the day.
public struct DurationRange: Hashable, Sendable {
    public var minDays: Int
    public var maxDays: Int

    public init(minDays: Int, maxDays: Int) {
        self.minDays = max(0, min(minDays, maxDays))
        self.maxDays = max(0, maxDays)
    }

    public init(days: Int) {
        self.init(minDays: days, maxDays: days)
    }

    public static let zero = DurationRange(days: 0)

    /// From a moment somewhere in `start` to a moment somewhere in `end`: the shortest and the
    /// longest time the two dates allow ("juli 2021" to "maart 2022" is 213–273 days).
    public init(from start: PartialDate, to end: PartialDate) {
        self.init(minDays: end.earliestDay - start.latestDay, maxDays: end.latestDay - start.earliestDay)
    }

    public var isExact: Bool { minDays == maxDays }

    /// Sum of the bounds (used to rank: the middle of the range, doubled, stays an integer).
    var rankKey: Int { minDays + maxDays }

    public static func + (a: DurationRange, b: DurationRange) -> DurationRange {
        DurationRange(minDays: a.minDays + b.minDays, maxDays: a.maxDays + b.maxDays)
    }
}

extension PartialDate {
    /// The certain part between two dates `[start.latest, end.earliest)`, empty when they touch.
    static func innerInterval(from start: PartialDate, to end: PartialDate) -> DayInterval {
        DayInterval(start: start.latestDay, end: end.earliestDay)
    }

    /// Everything the two dates allow `[start.earliest, end.latest)`.
    static func outerInterval(from start: PartialDate, to end: PartialDate) -> DayInterval {
        DayInterval(start: start.earliestDay, end: end.latestDay)
    }

    /// A date for one known day.
    package static func day(_ dayNumber: Int) -> PartialDate {
        let (y, m, d) = CivilDate.date(fromDayNumber: dayNumber)
        return PartialDate(year: y, month: m, day: d)
    }
}
