import PlanreisModel

/// Exact reading of XES number texts (`xs:double` as tools write it: `1250.5`, `35.0`, `-3.05`,
/// `2.3832541524E7`) into money, without floating point: the point is always the decimal mark.
enum XESDecimal {
    /// The amount in cents, rounded half away from zero to the cent; `rounded` tells whether
    /// digits were dropped. Nil for text that is not a finite decimal number.
    static func money(_ text: String) -> (money: Money, rounded: Bool)? {
        var digits: [Int8] = []
        var pointIndex: Int?
        var exponent = 0
        var negative = false
        var chars = Substring(text.xesTrimmed())
        if chars.first == "-" || chars.first == "+" {
            negative = chars.first == "-"
            chars = chars.dropFirst()
        }
        var sawExponent = false
        var exponentText = ""
        for c in chars {
            if sawExponent {
                exponentText.append(c)
            } else if let d = c.asciiDigit {
                digits.append(Int8(d))
            } else if c == ".", pointIndex == nil {
                pointIndex = digits.count
            } else if c == "e" || c == "E" {
                sawExponent = true
            } else {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        if sawExponent {
            guard let e = Int(exponentText), abs(e) < 40 else { return nil }
            exponent = e
        }
        // Value = digits × 10^(exponent − fraction digits); cents = value × 100.
        let scale = exponent - (digits.count - (pointIndex ?? digits.count)) + 2
        var cents: Int64 = 0
        var rounded = false
        let kept = scale >= 0 ? digits.count : digits.count + scale
        for (index, digit) in digits.enumerated() {
            if index < kept {
                guard cents < Int64.max / 100 else { return nil }
                cents = cents * 10 + Int64(digit)
            } else if digit != 0 {
                rounded = true
            }
        }
        if scale > 0 {
            for _ in 0..<scale {
                guard cents < Int64.max / 100 else { return nil }
                cents *= 10
            }
        } else if kept >= 0, kept < digits.count, digits[kept] >= 5 {
            cents += 1
        }
        return (Money(cents: negative ? -cents : cents), rounded)
    }
}

extension Character {
    fileprivate var asciiDigit: Int? {
        guard let ascii = asciiValue, ascii >= 48, ascii <= 57 else { return nil }
        return Int(ascii - 48)
    }
}

extension String {
    /// The text without surrounding white space.
    func xesTrimmed() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
