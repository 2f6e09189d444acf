/// An amount of euros in whole cents. Money never touches floating point.
public struct Money: Hashable, Comparable, Sendable, Codable {
    public var cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    public init(euros: Int64) {
        self.cents = euros * 100
    }

    public static let zero = Money(cents: 0)

    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func += (a: inout Money, b: Money) { a.cents += b.cents }
    public static func -= (a: inout Money, b: Money) { a.cents -= b.cents }
    public static prefix func - (a: Money) -> Money { Money(cents: -a.cents) }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }

    /// The amount times a fixed-point quantity, rounded half away from zero to the cent.
    public func times(_ quantity: Quantity) -> Money {
        Money(cents: Quantity.divideRounded(cents * quantity.thousandths, by: 1000))
    }

    /// Exact decimal text with a point, as the XML format stores it: `1250.50`, `-3.05`, `12`.
    public var decimalText: String {
        let sign = cents < 0 ? "-" : ""
        let value = cents.magnitude
        let euros = value / 100, rest = value % 100
        return rest == 0 ? "\(sign)\(euros)" : "\(sign)\(euros).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// Dutch notation for people: `€ 1.250,50`, `€ 350,00`; English `€1,250.50`.
    public func formatted(_ language: Language, wholeEuros: Bool = false) -> String {
        let negative = cents < 0
        var magnitude = cents.magnitude
        var fraction = ""
        if wholeEuros {
            magnitude = (magnitude + 50) / 100
        } else {
            let rest = magnitude % 100
            fraction = (language.pick(",", ".")) + (rest < 10 ? "0" : "") + String(rest)
            magnitude /= 100
        }
        let digits = Array(String(magnitude))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(language.pick(".", ",")) }
            grouped.append(digit)
        }
        let sign = negative && (magnitude > 0 || !fraction.allSatisfy { "0,.".contains($0) }) ? "-" : ""
        return language.pick("\(sign)€ \(grouped)\(fraction)", "\(sign)€\(grouped)\(fraction)")
    }
}

/// Why a text is not an amount of money.
public struct MoneyParseError: Error, Hashable, Sendable {
    public var text: String
    public var message: Localized { Localized(nl: "onleesbaar bedrag \"\(text)\"", en: "unreadable amount \"\(text)\"") }
    public var hint: Localized {
        Localized(
            nl: "schrijf bijvoorbeeld 1250, 1.250,50, € 1.250,- of 1250.50",
            en: "write for example 1250, 1250.50, €1,250.50 or € 1.250,50")
    }
}

extension Money {
    /// Reads euro amounts as people type them: `1250`, `1250.50`, `1.250,50`, `€ 1.250,-`,
    /// `€1,250.50`, `EUR 350`, `-75,5`. With both separators the last one is the decimal
    /// mark; a lone separator followed by exactly three digits groups thousands.
    public init(parsing text: String) throws(MoneyParseError) {
        var body = Substring(text)
        func trim() {
            while let f = body.first, f.isWhitespace || f == "\u{00A0}" { body.removeFirst() }
            while let l = body.last, l.isWhitespace || l == "\u{00A0}" { body.removeLast() }
        }
        trim()
        var negative = false
        if body.first == "-" || body.first == "−" { negative = true; body.removeFirst(); trim() }
        for prefix in ["€", "eur", "EUR", "Eur"] where body.hasPrefix(prefix) {
            body.removeFirst(prefix.count)
            trim()
            break
        }
        if body.first == "-" || body.first == "−" { negative = true; body.removeFirst(); trim() }
        if body.hasSuffix("€") { body.removeLast(); trim() }
        // "1.250,-" and "350,--": whole euros.
        while body.hasSuffix("-") { body.removeLast() }
        if body.hasSuffix(",") || body.hasSuffix(".") { body.removeLast() }
        let chars = Array(body.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "'" })
        guard !chars.isEmpty, chars.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }),
            chars.first!.isNumber
        else { throw MoneyParseError(text: text) }
        let lastDot = chars.lastIndex(of: "."), lastComma = chars.lastIndex(of: ",")
        var decimalIndex: Int?
        switch (lastDot, lastComma) {
        case (nil, nil): decimalIndex = nil
        case let (dot?, comma?): decimalIndex = max(dot, comma)
        case let (single?, nil), let (nil, single?):
            let mark = chars[single]
            let count = chars.filter { $0 == mark }.count
            let digitsAfter = chars.count - single - 1
            decimalIndex = (count == 1 && digitsAfter != 3) ? single : nil
        }
        var euros: Int64 = 0, cents: Int64 = 0
        let integerPart = decimalIndex.map { Array(chars[..<$0]) } ?? chars
        // Thousands groups: 1–3 digits, then groups of exactly three.
        let groups = integerPart.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        if groups.count > 1 {
            let marks = Set(integerPart.filter { $0 == "." || $0 == "," })
            guard marks.count == 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw MoneyParseError(text: text)
            }
        }
        let grouping = decimalIndex.map { chars[$0] == "." ? Character(",") : Character(".") }
        for c in integerPart {
            if let d = c.wholeNumberValue {
                guard euros < Int64.max / 1000 else { throw MoneyParseError(text: text) }
                euros = euros * 10 + Int64(d)
            } else if grouping != nil && c != grouping! {
                throw MoneyParseError(text: text)
            }
        }
        if let decimalIndex {
            let fraction = chars[(decimalIndex + 1)...]
            guard fraction.count <= 2, fraction.allSatisfy(\.isNumber) else { throw MoneyParseError(text: text) }
            let digits = fraction.map { Int64($0.wholeNumberValue!) }
            cents = digits.isEmpty ? 0 : digits.count == 1 ? digits[0] * 10 : digits[0] * 10 + digits[1]
        }
        self.cents = (euros * 100 + cents) * (negative ? -1 : 1)
    }
}

/// A non-negative-or-negative decimal quantity with three decimals (hours, days, months, a
/// likelihood), exact so that price × quantity stays exact to the cent.
public struct Quantity: Hashable, Comparable, Sendable, Codable {
    public var thousandths: Int64

    public init(thousandths: Int64) {
        self.thousandths = thousandths
    }

    public init(_ whole: Int) {
        thousandths = Int64(whole) * 1000
    }

    public static let one = Quantity(1)

    public static func < (a: Quantity, b: Quantity) -> Bool { a.thousandths < b.thousandths }

    public static func * (a: Quantity, b: Quantity) -> Quantity {
        Quantity(thousandths: divideRounded(a.thousandths * b.thousandths, by: 1000))
    }

    /// Reads `3`, `1.5`, `1,5`, `0.125`.
    public init?(parsing text: String) {
        let t = text.trimmingSpaces().replacingOccurrencesOfComma()
        var negative = false
        var body = Substring(t)
        if body.first == "-" { negative = true; body.removeFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholeText = parts.first, !wholeText.isEmpty,
            wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(wholeText), whole < 1_000_000_000_000
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard !f.isEmpty, f.count <= 3, f.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            fraction = Int64(f)! * [100, 10, 1][f.count - 1]
        }
        thousandths = (whole * 1000 + fraction) * (negative ? -1 : 1)
    }

    /// `3`, `1.5`, `0.125`.
    public var decimalText: String {
        let sign = thousandths < 0 ? "-" : ""
        let m = thousandths.magnitude
        var rest = String(m % 1000)
        if m % 1000 == 0 { return "\(sign)\(m / 1000)" }
        rest = String(repeating: "0", count: 3 - rest.count) + rest
        while rest.hasSuffix("0") { rest.removeLast() }
        return "\(sign)\(m / 1000).\(rest)"
    }

    /// Integer division rounding half away from zero.
    static func divideRounded(_ value: Int64, by divisor: Int64) -> Int64 {
        let q = value / divisor, r = value % divisor
        if r.magnitude * 2 >= divisor.magnitude { return q + (value < 0 ? -1 : 1) }
        return q
    }
}

extension String {
    fileprivate func replacingOccurrencesOfComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
