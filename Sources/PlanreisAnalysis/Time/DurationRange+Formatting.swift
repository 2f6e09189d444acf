import PlanreisModel

extension DurationRange {
    /// The unit a duration is shown in, chosen by its upper bound.
    enum DisplayUnit {
        case day, week, month, halfYear

        init(days: Int) {
            switch days {
            case ..<14: self = .day
            case ..<61: self = .week
            case ..<730: self = .month
            default: self = .halfYear
            }
        }

        /// `days` counted in this unit, rounded half up (for `halfYear`: in half years).
        func count(_ days: Int) -> Int {
            switch self {
            case .day: days
            case .week: Rounding.halfUp(days, 7)
            // A mean month is 1461/48 days, a mean half year 1461/8.
            case .month: Rounding.halfUp(days * 48, 1461)
            case .halfYear: Rounding.halfUp(days * 8, 1461)
            }
        }

        func number(_ count: Int, _ language: Language) -> String {
            guard self == .halfYear else { return String(count) }
            let whole = String(count / 2)
            return count % 2 == 0 ? whole : whole + (language.pick(",5", ".5"))
        }

        func word(plural: Bool, _ language: Language) -> String {
            switch (self, language) {
            case (.day, .nl): plural ? "dagen" : "dag"
            case (.week, .nl): plural ? "weken" : "week"
            case (.month, .nl): plural ? "maanden" : "maand"
            case (.halfYear, .nl): "jaar"
            case (.day, .en): plural ? "days" : "day"
            case (.week, .en): plural ? "weeks" : "week"
            case (.month, .en): plural ? "months" : "month"
            case (.halfYear, .en): plural ? "years" : "year"
            }
        }

        /// Whether `count` reads as a plural noun ("1 dag", "1,5 jaar", "2 weken").
        func isPlural(_ count: Int) -> Bool { self == .halfYear ? count != 2 : count != 1 }
    }

    /// For people: "12 dagen", "3 weken", "ca. 3 weken", "7–9 maanden", "hooguit 2 weken",
    /// "ca. 1,5 jaar"; in English "12 days", "about 3 weeks", "7–9 months", "up to 2 weeks".
    /// Days are exact; weeks, months and (half) years are rounded half up and marked
    /// approximate unless the days are whole weeks.
    public func formatted(_ language: Language) -> String {
        let unit = DisplayUnit(days: maxDays)
        let low = unit.count(minDays), high = unit.count(maxDays)
        let about = language.pick("ca. ", "about ")
        if low == high {
            let exact = isExact && (unit == .day || (unit == .week && minDays % 7 == 0))
            return (exact ? "" : about) + "\(unit.number(high, language)) \(unit.word(plural: unit.isPlural(high), language))"
        }
        if low == 0 {
            let upTo = language.pick("hooguit ", "up to ")
            return upTo + "\(unit.number(high, language)) \(unit.word(plural: unit.isPlural(high), language))"
        }
        return "\(unit.number(low, language))–\(unit.number(high, language)) \(unit.word(plural: true, language))"
    }
}

extension DurationRange {
    /// Like `formatted`, but a duration known to the day (both ends exact) of two weeks or more
    /// states its day count first, the day count researchers compare: "173 dagen (ca. 6 maanden)".
    public func formattedDaysFirst(_ language: Language) -> String {
        guard isExact, DisplayUnit(days: maxDays) != .day else { return formatted(language) }
        return "\(maxDays) \(language == .nl ? "dagen" : "days") (\(formatted(language)))"
    }
}

/// Integer rounding as reports round: half up (away from zero for negative values).
public enum Rounding {
    /// `numerator / denominator` rounded half away from zero; 0 when the denominator is 0.
    public static func halfUp(_ numerator: Int, _ denominator: Int) -> Int {
        Int(halfUp(Int64(numerator), Int64(denominator)))
    }

    /// `numerator / denominator` rounded half away from zero; 0 when the denominator is 0.
    public static func halfUp(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        guard denominator != 0 else { return 0 }
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude, d = denominator.magnitude
        let q = n / d, r = n % d
        let rounded = Int64(q + (r >= d - r ? 1 : 0))
        return negative ? -rounded : rounded
    }

    /// A whole percentage of `part` in `whole`, rounded half up; nil when `whole` is 0.
    public static func percent(_ part: Int, of whole: Int) -> Int? {
        whole == 0 ? nil : halfUp(part * 100, whole)
    }
}
