/// Spread of whole numbers (days): the sample standard deviation and the quartiles, for
/// researchers. Quartiles interpolate linearly between the sorted values (R's default type 7,
/// also pandas' and NumPy's default), so they match what those tools compute.
public struct SpreadStatistics: Hashable, Sendable {
    /// Sample standard deviation (n − 1 in the denominator); nil for fewer than two values.
    public var standardDeviation: Double?
    /// First and third quartile; nil without values.
    public var firstQuartile: Double?
    public var thirdQuartile: Double?

    /// Third − first quartile; nil without values.
    public var interquartileRange: Double? {
        guard let q1 = firstQuartile, let q3 = thirdQuartile else { return nil }
        return q3 - q1
    }

    /// Spread of values sorted in ascending order.
    public init(sorted values: [Int]) {
        firstQuartile = Self.quantile(sorted: values, 0.25)
        thirdQuartile = Self.quantile(sorted: values, 0.75)
        guard values.count >= 2 else {
            standardDeviation = nil
            return
        }
        // Two passes over exact integers: the mean as a fraction, then squared deviations.
        let n = Double(values.count)
        let mean = Double(values.reduce(0, +)) / n
        let squares = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        standardDeviation = (squares / (n - 1)).squareRoot()
    }

    /// The `p`-quantile of sorted values, type 7: h = (n − 1) p, interpolated between neighbours.
    public static func quantile(sorted values: [Int], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let h = Double(values.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = min(values.count - 1, low + 1)
        return Double(values[low]) + (h - Double(low)) * Double(values[high] - values[low])
    }
}

/// Decimal text for people and for JSON.
public enum DecimalText {
    /// `value` rounded half away from zero to `places` decimals, with a point ("12.35");
    /// nil when not finite.
    public static func fixed(_ value: Double, places: Int) -> String? {
        guard value.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return nil }
        let units = Int64(scaled)
        let factor = Int64(scale)
        let whole = units / factor, fraction = units % factor
        var text = (value < 0 && units != 0 ? "-" : "") + String(whole)
        if places > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }

    /// The same with a decimal comma in Dutch.
    public static func fixed(_ value: Double, places: Int, dutch: Bool) -> String? {
        fixed(value, places: places).map { dutch ? String($0.map { $0 == "." ? "," : $0 }) : $0 }
    }
}
