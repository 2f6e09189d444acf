import PlanreisModel
import PlanreisText

/// User text and numbers for SVG and HTML output (escaping itself is `MarkupText`).
enum Markup {
    /// User text inside an SVG `<text>` or `<title>`: escaped, and set apart as a first-strong
    /// isolate when it could change the direction of what is around it (`BidiText.isolated`).
    static func userText(_ value: String) -> String {
        MarkupText.text(BidiText.isolated(value))
    }

    /// A coordinate with at most one decimal, without locale: `12`, `12.5`, `-3.1`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// `colour` (`#rrggbb`) mixed with white; `amount` 0 is white, 1 the colour itself.
    static func tint(_ colour: String, _ amount: Double) -> String {
        guard let rgb = rgb(colour) else { return colour }
        func mix(_ c: Int) -> Int { Int((255 - Double(255 - c) * amount).rounded()) }
        return hex(mix(rgb.0), mix(rgb.1), mix(rgb.2))
    }

    /// `#rrggbb` of a user-given colour, or nil when it is not one (anything else is never written out).
    static func safeColour(_ colour: String?) -> String? {
        guard let colour, let rgb = rgb(colour) else { return nil }
        return hex(rgb.0, rgb.1, rgb.2)
    }

    private static func rgb(_ colour: String) -> (Int, Int, Int)? {
        let digits = Array(colour.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"),
            digits[1...].allSatisfy({ (48...57).contains($0) || (65...70).contains($0) || (97...102).contains($0) }),
            let value = Int(String(decoding: digits[1...], as: UTF8.self), radix: 16)
        else { return nil }
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }

    private static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return "#" + [r, g, b].map { String([digits[$0 >> 4], digits[$0 & 15]]) }.joined()
    }
}
