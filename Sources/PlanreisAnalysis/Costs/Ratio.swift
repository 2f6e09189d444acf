import PlanreisModel

/// An exact fraction (a return per euro: avoided cents over spent cents), rounded only when shown.
public struct Ratio: Hashable, Sendable {
    public var numerator: Int64
    /// Always positive.
    public var denominator: Int64

    /// Nil when `denominator` is zero.
    public init?(_ numerator: Int64, _ denominator: Int64) {
        guard denominator != 0 else { return nil }
        self.numerator = denominator < 0 ? -numerator : numerator
        self.denominator = denominator.magnitude > 0 ? Int64(denominator.magnitude) : 1
    }

    /// The value in hundredths, rounded half up (away from zero).
    public var hundredths: Int64 {
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: 100)
        if overflow { return numerator / denominator * 100 }
        return Rounding.halfUp(scaled, denominator)
    }

    /// Two decimals with a point: `2.35`, `-0.50` (for JSON, as a string so nothing is lost).
    public var decimalText: String {
        let h = hundredths
        let sign = h < 0 ? "-" : ""
        let m = h.magnitude
        return "\(sign)\(m / 100).\(m % 100 < 10 ? "0" : "")\(m % 100)"
    }

    /// Two decimals for people: `2,35` in Dutch, `2.35` in English.
    public func formatted(_ language: Language) -> String {
        language == .nl ? String(decimalText.map { $0 == "." ? "," : $0 }) : decimalText
    }
}
