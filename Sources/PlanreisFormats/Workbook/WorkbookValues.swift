import PlanreisModel

/// Turning spreadsheet values into the texts the spreadsheet reader parses, and back.
enum WorkbookValues {
    /// The day a serial number stands for, or nil for one outside years 1–9999. In the 1900
    /// system (Windows Excel's default) serial 1 is 1 January 1900 and serial 60 is Excel's
    /// fictitious 29 February 1900 (kept from Lotus 1-2-3), so later serials are one day
    /// ahead; in the 1904 system (old Mac Excel) serial 0 is 1 January 1904. The time of day
    /// (the fraction) is dropped.
    static func day(serial: Double, date1904: Bool) -> Int? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        let day: Int
        if date1904 {
            day = CivilDate.dayNumber(year: 1904, month: 1, day: 1) + whole
        } else {
            guard whole >= 1, whole != 60 else { return nil }
            day = CivilDate.dayNumber(year: 1899, month: 12, day: whole < 60 ? 31 : 30) + whole
        }
        let year = CivilDate.date(fromDayNumber: day).year
        return (1...9999).contains(year) ? day : nil
    }

    /// The serial number of a day in the 1900 system (the one planreis writes).
    static func serial(day: Int) -> Int {
        let offset = day - CivilDate.dayNumber(year: 1899, month: 12, day: 30)
        return offset <= 60 ? offset - 1 : offset
    }

    /// `2021-07-15`: a day as the date parser reads it, precise to the day.
    static func isoDay(_ day: Int) -> String {
        let (y, m, d) = CivilDate.date(fromDayNumber: day)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y < 1000 ? String(repeating: "0", count: 4 - String(y).count) : "")\(y)-\(two(m))-\(two(d))"
    }

    /// A number cell as text: the digits a spreadsheet stored (`1250.5`, `-3`, `1E-3` becomes
    /// `0.001`), never rounded through binary floating point when the stored text is plain.
    static func numberText(_ stored: String) -> String {
        let text = stored.trimmingSpacesAndNBSP()
        guard !text.isEmpty else { return "" }
        if text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) {
            // Plain decimal: drop a trailing ".0…".
            if let dot = text.firstIndex(of: ".") {
                var fraction = text[text.index(after: dot)...]
                while fraction.last == "0" { fraction = fraction.dropLast() }
                // Three decimals would read as a thousands group (`1.234` as 1234 euros); a
                // fourth digit keeps the value unambiguous.
                let padded = fraction.count == 3 ? fraction + "0" : fraction
                return fraction.isEmpty ? String(text[..<dot]) : String(text[..<dot]) + "." + padded
            }
            return text
        }
        guard let value = Double(text) else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return numberText(plainDecimal(value))
    }

    /// `1.5E-3` as `0.0015`: the shortest digits of `value`, without an exponent.
    static func plainDecimal(_ value: Double) -> String {
        let text = "\(abs(value))"
        let sign = value < 0 ? "-" : ""
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return sign + text
        }
        let mantissa = text[..<e]
        let digits = mantissa.filter { $0 != "." }
        let point = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count) + exponent
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
        return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }

    /// Decodes OOXML's escapes for characters XML cannot hold: `_x0001_` is U+0001, and
    /// `_x005F_` is an underscore that keeps the next `_xHHHH_` literal.
    static func decodeEscapes(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// Encodes what XML 1.0 cannot hold (control characters but tab and line feed, U+FFFE,
    /// U+FFFF, and a carriage return, which a reader would fold) as `_xHHHH_`, and an underscore
    /// that starts such a pattern as `_x005F_`, so that a text comes back exactly.
    static func encodeEscapes(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let v = scalar.value
            let control = (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0xFFFE || v == 0xFFFF
            let looksEscaped =
                scalar == "_" && i + 6 < scalars.count && scalars[i + 1] == "x" && scalars[i + 6] == "_"
                && scalars[(i + 2)..<(i + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
            if control || looksEscaped {
                let hex = String(v, radix: 16, uppercase: true)
                out.append(contentsOf: ("_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_").unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
