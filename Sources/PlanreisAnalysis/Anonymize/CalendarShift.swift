import PlanreisModel

/// The date shift of one anonymised journey: every date moves by the same whole number of
/// years, chosen so that each year the journey touches keeps its calendar (its leap day), and
/// therefore every month, season, third of a year and year keeps its length.
///
/// Why whole years, and multiples of four: a shift by a number of days would move "mei 2017" to
/// a stretch that is no longer a calendar month, or change its length, so month-, season- and
/// year-precision dates would change their interval and the analysis its figures. A shift by
/// whole years keeps precision and intervals exactly, provided leap years map onto leap years:
/// between 1901 and 2099 that holds for every multiple of 4; across 1900, 2100, 2200 or 2300 it
/// does not, and such candidates are dropped by checking the journey's actual years. Day
/// numbers then all move by one constant, so order, durations, stall lengths and phase lengths
/// are unchanged to the day.
///
/// Multiples of 28 years would also keep the weekdays, but they are only 28 years apart: for a
/// case known to be from this century, a shifted year gives the real one away. Multiples of 4
/// leave several plausible real years; the price is that weekdays change. The candidates are
/// ±4, ±8, …, ±40 years; the key picks one per journey. When none fits (a journey near 1900
/// or 2100 for every candidate), multiples of 400 years (the full Gregorian cycle, which keeps
/// everything, weekdays included) are tried; the dates stay unshifted only when even those fail.
public struct CalendarShift: Hashable, Sendable {
    /// Years added to every date.
    public var years: Int
    /// Days every day number moves by (constant over the journey's years); 0 for no shift.
    public var days: Int

    public static let none = CalendarShift(years: 0, days: 0)

    /// The multiples of 4 the key chooses from.
    public static let candidates: [Int] = Array(stride(from: -40, through: 40, by: 4)).filter { $0 != 0 }
    /// Whole Gregorian cycles, tried when no candidate fits.
    static let cycles = [400, -400, 800, -800]

    /// The shift for `journey` under `key`.
    static func choose(for journey: Journey, key: AnonymizationKey) -> CalendarShift {
        let dates = journey.events.flatMap { [$0.date] + ($0.end.map { [$0] } ?? []) }.filter { !$0.isEpochPlaceholder }
        guard let years = yearRange(of: dates) else { return .none }
        for pool in [candidates, cycles] {
            let fitting = pool.filter { fits($0, years: years, dates: dates) }
            if !fitting.isEmpty {
                let n = fitting[key.choice(for: journey.id, among: fitting.count)]
                let day =
                    CivilDate.dayNumber(year: years.lowerBound + n, month: 1, day: 1)
                    - CivilDate.dayNumber(year: years.lowerBound, month: 1, day: 1)
                return CalendarShift(years: n, days: day)
            }
        }
        return .none
    }

    /// The first through the last calendar year any of the dates can fall in.
    static func yearRange(of dates: [PartialDate]) -> ClosedRange<Int>? {
        var low = Int.max, high = Int.min
        for date in dates {
            low = min(low, date.year, CivilDate.date(fromDayNumber: date.earliestDay).year)
            high = max(high, date.year, CivilDate.date(fromDayNumber: date.latestDay).year)
        }
        return low <= high ? low...high : nil
    }

    /// Whether shifting by `n` years keeps every year's leap day, keeps the years writable
    /// (1–9999) and turns no real date into the 1970-01-01 placeholder.
    static func fits(_ n: Int, years: ClosedRange<Int>, dates: [PartialDate]) -> Bool {
        guard years.lowerBound + n >= 1, years.upperBound + n <= 9999 else { return false }
        for year in years where CivilDate.isLeapYear(year) != CivilDate.isLeapYear(year + n) { return false }
        let shift = CalendarShift(years: n, days: 0)
        return !dates.contains { shift.apply($0).isEpochPlaceholder }
    }

    /// The date moved by the shift; placeholders (1970-01-01) stay as they are.
    public func apply(_ date: PartialDate) -> PartialDate {
        guard years != 0, !date.isEpochPlaceholder else { return date }
        var shifted = date
        shifted.year += years
        return shifted
    }

    /// A year written in free text, moved by the shift.
    func apply(year: Int) -> Int { year + years }
}
