import PlanreisModel

/// What one price-list price buys: once, or per hour, day, month or year.
public enum PriceUnit: String, CaseIterable, Sendable, Codable {
    case once, hour, day, month, year

    public var dutch: String {
        switch self {
        case .once: "eenmalig"
        case .hour: "uur"
        case .day: "dag"
        case .month: "maand"
        case .year: "jaar"
        }
    }

    public var english: String { rawValue }

    public func word(_ language: Language) -> String { language == .nl ? dutch : english }

    /// "per maand", "per month", "eenmalig", "once".
    public func perLabel(_ language: Language) -> String {
        self == .once ? word(language) : "per " + word(language)
    }

    /// Mean length in days as a fraction (numerator, denominator); nil for `once`.
    var meanDays: (Int, Int)? {
        switch self {
        case .once: nil
        case .hour: (1, 24)
        case .day: (1, 1)
        case .month: (1461, 48)
        case .year: (1461, 4)
        }
    }

    private static let words: [String: PriceUnit] = [
        "eenmalig": .once, "once": .once, "keer": .once, "per keer": .once, "stuk": .once, "per stuk": .once,
        "uur": .hour, "hour": .hour, "per uur": .hour, "per hour": .hour, "uren": .hour, "hours": .hour,
        "dag": .day, "day": .day, "per dag": .day, "per day": .day, "nacht": .day, "night": .day,
        "per nacht": .day, "per night": .day, "dagen": .day, "days": .day,
        "maand": .month, "month": .month, "per maand": .month, "per month": .month, "maanden": .month,
        "jaar": .year, "year": .year, "per jaar": .year, "per year": .year, "jaren": .year, "years": .year,
    ]

    /// Reads a Dutch or English word ("eenmalig", "per maand", "year"), case-insensitively.
    public init?(word: String) {
        guard let unit = Self.words[word.trimmedSpaces.lowercased()] else { return nil }
        self = unit
    }

    static var acceptedWords: String { allCases.map { "\($0.dutch)/\($0.english)" }.joined(separator: ", ") }
}

extension String {
    /// The text without leading and trailing white space (also no-break spaces).
    package var trimmedSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
