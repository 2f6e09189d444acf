/// A date as case files give it: to the year, a part of a year ("medio 2017"), a season
/// ("zomer 2021"), a month, a day, or a moment in a day; possibly approximate or uncertain.
///
/// A partial date never invents what its source did not say: "mei 2017" stays a month and maps
/// to the interval 1–31 May 2017 for ordering and layout.
public struct PartialDate: Hashable, Sendable {
    /// How much of the calendar the source gave.
    public enum Precision: Int, Comparable, Sendable, CaseIterable {
        case year, yearPart, season, month, day, time

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A third of a year, as Dutch case files say "begin", "medio" and "eind" (EDTF 37–39).
    public enum YearPart: Int, Sendable, CaseIterable {
        case early = 37, mid = 38, late = 39

        /// First and last month of the part.
        public var months: ClosedRange<Int> {
            switch self {
            case .early: 1...4
            case .mid: 5...8
            case .late: 9...12
            }
        }
    }

    /// A meteorological season (EDTF 21–24). Winter of a year runs from December into the
    /// next year's February.
    public enum Season: Int, Sendable, CaseIterable {
        case spring = 21, summer, autumn, winter

        public var firstMonth: Int {
            switch self {
            case .spring: 3
            case .summer: 6
            case .autumn: 9
            case .winter: 12
            }
        }
    }

    /// EDTF qualifiers: `~` approximate, `?` uncertain, `%` both.
    public struct Qualifier: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let approximate = Qualifier(rawValue: 1)
        public static let uncertain = Qualifier(rawValue: 2)
    }

    /// A time of day with the precision it was given at.
    public struct TimeOfDay: Hashable, Sendable {
        /// Seconds since midnight, 0..<86400.
        public var seconds: Int
        /// Fraction of the second in nanoseconds.
        public var nanoseconds: Int
        /// Digits of the fraction as given (0 = none, 3 = milliseconds, …).
        public var fractionDigits: Int
        /// Whether seconds were given ("10:30" versus "10:30:00").
        public var hasSeconds: Bool
        /// Offset from UTC in seconds, nil when the source gave no time zone.
        public var utcOffset: Int?

        public init(
            seconds: Int, nanoseconds: Int = 0, fractionDigits: Int = 0, hasSeconds: Bool = true,
            utcOffset: Int? = nil
        ) {
            self.seconds = seconds
            self.nanoseconds = nanoseconds
            self.fractionDigits = fractionDigits
            self.hasSeconds = hasSeconds
            self.utcOffset = utcOffset
        }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    public var season: Season?
    public var yearPart: YearPart?
    public var time: TimeOfDay?
    public var qualifier: Qualifier

    /// A year, month or day; fields must form a valid date (use `PartialDate(parsing:)` for text).
    public init(
        year: Int, month: Int? = nil, day: Int? = nil, time: TimeOfDay? = nil,
        qualifier: Qualifier = []
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.qualifier = qualifier
    }

    /// The calendar day of a day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        let (y, m, d) = CivilDate.date(fromDayNumber: dayNumber)
        self.init(year: y, month: m, day: d)
    }

    public init(year: Int, season: Season, qualifier: Qualifier = []) {
        self.year = year
        self.season = season
        self.qualifier = qualifier
    }

    public init(year: Int, part: YearPart, qualifier: Qualifier = []) {
        self.year = year
        self.yearPart = part
        self.qualifier = qualifier
    }

    public var precision: Precision {
        if time != nil { return .time }
        if day != nil { return .day }
        if month != nil { return .month }
        if season != nil { return .season }
        if yearPart != nil { return .yearPart }
        return .year
    }

    public var isApproximate: Bool { qualifier.contains(.approximate) }
    public var isUncertain: Bool { qualifier.contains(.uncertain) }

    /// First day the date can mean (day number since 1970-01-01).
    public var earliestDay: Int {
        switch precision {
        case .time, .day: return CivilDate.dayNumber(year: year, month: month!, day: day!)
        case .month: return CivilDate.dayNumber(year: year, month: month!, day: 1)
        case .season: return CivilDate.dayNumber(year: year, month: season!.firstMonth, day: 1)
        case .yearPart: return CivilDate.dayNumber(year: year, month: yearPart!.months.lowerBound, day: 1)
        case .year: return CivilDate.dayNumber(year: year, month: 1, day: 1)
        }
    }

    /// Last day the date can mean (inclusive).
    public var latestDay: Int {
        switch precision {
        case .time, .day: return earliestDay
        case .month: return earliestDay + CivilDate.daysInMonth(year: year, month: month!) - 1
        case .season:
            // Three months from the first month; winter runs into the next year.
            let start = earliestDay
            let (y, m, _) = CivilDate.date(fromDayNumber: start)
            let endMonth = m + 2
            let endYear = y + (endMonth - 1) / 12
            let normalised = (endMonth - 1) % 12 + 1
            return CivilDate.dayNumber(
                year: endYear, month: normalised,
                day: CivilDate.daysInMonth(year: endYear, month: normalised))
        case .yearPart:
            let last = yearPart!.months.upperBound
            return CivilDate.dayNumber(year: year, month: last, day: CivilDate.daysInMonth(year: year, month: last))
        case .year: return CivilDate.dayNumber(year: year, month: 12, day: 31)
        }
    }

    /// Number of days the date spans (1 for a day).
    public var spanDays: Int { latestDay - earliestDay + 1 }

    /// Seconds since 1970-01-01T00:00 (UTC when the source gave a zone, local otherwise) at
    /// the earliest moment the date can mean; orders events within a day.
    public var earliestSecond: Int64 {
        var s = Int64(earliestDay) * 86_400
        if let time {
            s += Int64(time.seconds)
            if let offset = time.utcOffset { s -= Int64(offset) }
        }
        return s
    }

    /// Whether this is the Unix epoch placeholder some logs use for "no date" (1970-01-01).
    public var isEpochPlaceholder: Bool {
        precision >= .day && earliestSecond > -86_400 && earliestSecond < 86_400
    }
}

extension PartialDate: Comparable {
    /// Orders by earliest moment, then by the shorter span (the more precise date first).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let l = lhs.earliestSecond, r = rhs.earliestSecond
        if l != r { return l < r }
        return lhs.latestDay < rhs.latestDay
    }
}
