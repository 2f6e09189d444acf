/// A number the source does not give: someone estimated it. Kept beside the number so that every
/// result resting on it can say so ("berust op een schatting").
public struct Estimate: Hashable, Sendable {
    /// Who estimated it ("jeugdspecialist", "auteur van het voorbeeld").
    public var by: String?
    /// Why an estimate was needed, or how it was made.
    public var reason: String?

    public init(by: String? = nil, reason: String? = nil) {
        self.by = by
        self.reason = reason
    }
}

/// A likelihood in whole percent, possibly a range ("30–60 %").
public struct Likelihood: Hashable, Sendable {
    /// The low end (0–100).
    public var low: Int
    /// The high end (0–100), at least `low`.
    public var high: Int

    public init(_ low: Int, _ high: Int? = nil) {
        let a = max(0, min(100, low))
        let b = max(0, min(100, high ?? low))
        self.low = min(a, b)
        self.high = max(a, b)
    }

    public var isRange: Bool { low != high }

    /// The middle, rounded half up; what a single expected value uses.
    public var middle: Int { (low + high + 1) / 2 }

    /// As files store it: `50` or `30-60`.
    public var text: String { isRange ? "\(low)-\(high)" : String(low) }

    /// Reads `50`, `50%`, `30-60`, `30–60 %`, `30 - 60%`; nil for anything else.
    public init?(text raw: String) {
        let cleaned = String(raw.filter { $0 != " " && $0 != "%" && $0 != "\u{00A0}" })
        let parts = cleaned.split(separator: "-", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "–", omittingEmptySubsequences: false)
        }
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers.allSatisfy({ (0...100).contains($0) }) else { return nil }
        guard numbers.count == 1 || numbers[0] <= numbers[1] else { return nil }
        self.init(numbers[0], numbers.count == 2 ? numbers[1] : nil)
    }
}

/// A duration the source states in words ("8 maanden") that the dates alone cannot pin down.
public struct StatedDuration: Hashable, Sendable {
    public enum Unit: String, CaseIterable, Sendable {
        case day = "D", week = "W", month = "M", year = "Y"
    }

    public var count: Int
    public var unit: Unit
    /// Where the source states it (document and page).
    public var source: String?

    public init(count: Int, unit: Unit, source: String? = nil) {
        self.count = count
        self.unit = unit
        self.source = source
    }

    /// ISO 8601 form as files store it: `P8M`, `P173D`.
    public var iso: String { "P\(count)\(unit.rawValue)" }

    /// Reads `P8M`, `P2Y`, `P3W`, `P173D` (one unit only); nil otherwise.
    public init?(iso raw: String, source: String? = nil) {
        let text = raw.trimmingSpaces().uppercased()
        guard text.hasPrefix("P"), text.count >= 3, let last = text.last, let unit = Unit(rawValue: String(last)) else {
            return nil
        }
        let digits = text.dropFirst().dropLast()
        guard digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else { return nil }
        self.init(count: n, unit: unit, source: source)
    }

    /// Reads words as people write them: `8 maanden`, `173 dagen`, `3 weken`, `2 jaar`, `1 month`.
    public init?(words raw: String, source: String? = nil) {
        let parts = raw.lowercased().split(separator: " ").map(String.init)
        guard parts.count == 2, parts[0].count <= 6, let n = Int(parts[0]) else { return nil }
        let units: [String: Unit] = [
            "dag": .day, "dagen": .day, "day": .day, "days": .day, "week": .week, "weken": .week, "weeks": .week,
            "maand": .month, "maanden": .month, "month": .month, "months": .month, "jaar": .year, "jaren": .year,
            "year": .year, "years": .year,
        ]
        guard let unit = units[parts[1]] else { return nil }
        self.init(count: n, unit: unit, source: source)
    }

    /// "8 maanden", "1 jaar", "173 days".
    public func formatted(_ language: Language) -> String {
        let one = count == 1
        let word: String
        switch (unit, language) {
        case (.day, .nl): word = one ? "dag" : "dagen"
        case (.week, .nl): word = one ? "week" : "weken"
        case (.month, .nl): word = one ? "maand" : "maanden"
        case (.year, .nl): word = "jaar"
        case (.day, .en): word = one ? "day" : "days"
        case (.week, .en): word = one ? "week" : "weeks"
        case (.month, .en): word = one ? "month" : "months"
        case (.year, .en): word = one ? "year" : "years"
        }
        return "\(count) \(word)"
    }

    /// The stated length in days, by mean lengths (a month 1461/48 days), rounded half up; used
    /// only to rank.
    public var approximateDays: Int {
        switch unit {
        case .day: count
        case .week: count * 7
        case .month: (count * 1461 * 2 + 48) / 96
        case .year: (count * 1461 * 2 + 4) / 8
        }
    }
}
