extension TextAnonymizer {
    /// Dates, phone numbers, long and reference numbers, postcodes and years at `scan.i`; false
    /// when nothing there is one of them (the caller then copies the character).
    func handleNumber(_ scan: inout TextScan, report: inout AnonymizationReport) -> Bool {
        let chars = scan.chars, i = scan.i
        if TextPatterns.isDigit(chars[i]) {
            if let date = TextPatterns.numericDate(chars, at: i) ?? TextPatterns.writtenDate(chars, at: i) {
                if TextPatterns.isBirthContext(chars, from: i, to: date.end) {
                    scan.replace(upTo: date.end, with: date.year.map { String(shift.apply(year: $0)) } ?? "[datum]")
                    report.add(.birthDate)
                    return true
                }
                if let year = date.year, let start = date.yearStart, TextPatterns.numericDate(chars, at: i) != nil {
                    scan.append(String(chars[i..<start]) + String(shift.apply(year: year)) + String(chars[(start + 4)..<date.end]))
                    scan.i = date.end
                    scan.sentenceStart = false
                    report.add(.textYear)
                    return true
                }
            }
        }
        if let end = TextPatterns.phoneEnd(chars, at: i) {
            scan.replace(upTo: end, with: "[telefoon]")
            report.add(.phone)
            return true
        }
        guard TextPatterns.isDigit(chars[i]) else { return false }
        var j = i
        while j < chars.count, TextPatterns.isDigit(chars[j]) { j += 1 }
        let digits = String(chars[i..<j])
        // A number in dotted or slashed groups: 111.222.333, 2022/BR/004471, C/18/204917.
        if j < chars.count, chars[j] == "." || chars[j] == "/" {
            var k = j
            var all = digits
            while k + 1 < chars.count, chars[k] == "." || chars[k] == "/", TextPatterns.isAlnum(chars[k + 1]) {
                k += 1
                while k < chars.count, TextPatterns.isAlnum(chars[k]) {
                    all.append(chars[k])
                    k += 1
                }
            }
            let runs = all.split(whereSeparator: { !TextPatterns.isDigit($0) })
            let longest = runs.map(\.count).max() ?? 0
            let dottedNine = chars[j] == "." && all.count >= 8 && all.count <= 9 && all.allSatisfy(TextPatterns.isDigit)
            if longest >= 5 || dottedNine, !isAmount(chars, from: i, to: k) {
                scan.replace(upTo: k, with: "[nummer]")
                report.add(.number)
                return true
            }
        }
        let glued = (i > 0 && chars[i - 1].isLetter) || (j < chars.count && chars[j].isLetter)
        if digits.count >= 6, !isAmount(chars, from: i, to: j) {
            scan.replace(upTo: j, with: "[nummer]")
            report.add(.number)
            return true
        }
        if digits.count == 4, !glued, let end = postcodeEnd(chars, after: j), Int(digits)! >= 1000 {
            scan.replace(upTo: end, with: "[postcode]")
            report.add(.postcode)
            return true
        }
        if digits.count == 4, !glued, let year = Int(digits), (1900...2099).contains(year), !isAmount(chars, from: i, to: j) {
            scan.append(String(shift.apply(year: year)))
            report.add(.textYear)
        } else {
            scan.append(digits)
        }
        scan.i = j
        scan.sentenceStart = false
        return true
    }

    /// After a word that announces a number ("kenmerk", "zaaknummer", "bsn", "nr."): the end of
    /// the number tokens that follow (`2022/BR/004471`, `C/18/204917 / JE RK 22-1123`), if any
    /// holds a digit.
    static func referenceEnd(_ chars: [Character], after word: String, at i: Int) -> Int? {
        let lower = word.lowercased()
        let announces =
            lower.hasSuffix("nummer") || lower.hasSuffix("nr")
            || ["kenmerk", "referentie", "ref", "bsn", "dossier", "zaak"].contains(lower)
        guard announces else { return nil }
        var j = i
        while j < chars.count, " :.#".contains(chars[j]) { j += 1 }
        var end: Int?
        while j < chars.count {
            var k = j
            while k < chars.count, !chars[k].isWhitespace { k += 1 }
            var tokenEnd = k
            while tokenEnd > j, ",.;:)".contains(chars[tokenEnd - 1]) { tokenEnd -= 1 }
            let token = chars[j..<tokenEnd]
            let hasDigit = token.contains(where: TextPatterns.isDigit)
            let joiner = token.count == 1 && "/-".contains(token.first!)
            let code = (1...3).contains(token.count) && token.allSatisfy { $0.isASCII && $0.isUppercase }
            guard !token.isEmpty, hasDigit || joiner || code else { break }
            if hasDigit { end = tokenEnd }
            guard tokenEnd == k, k < chars.count, chars[k] == " " else { break }
            j = k + 1
        }
        return end
    }

    /// The end of `␣?AB` after four digits when it forms a Dutch postcode (`5038 AB`, `5038AB`,
    /// `5038ab`).
    func postcodeEnd(_ chars: [Character], after j: Int) -> Int? {
        var k = j
        let spaced = k < chars.count && chars[k] == " "
        if spaced { k += 1 }
        guard k + 1 < chars.count, chars[k].isASCII, chars[k].isLetter, chars[k + 1].isASCII, chars[k + 1].isLetter else { return nil }
        let capitals = chars[k].isUppercase && chars[k + 1].isUppercase
        guard capitals || !spaced else { return nil }
        if k + 2 < chars.count, chars[k + 2].isLetter || chars[k + 2].isNumber { return nil }
        return k + 2
    }

    /// Whether the number `chars[i..<j]` is an amount: `€` before it or `euro` after it.
    func isAmount(_ chars: [Character], from i: Int, to j: Int) -> Bool {
        var k = i - 1
        while k >= 0, chars[k] == " " { k -= 1 }
        if k >= 0, chars[k] == "€" { return true }
        var l = j
        while l < chars.count, chars[l] == " " || chars[l] == "," || chars[l] == "-" { l += 1 }
        return String(chars[l..<min(chars.count, l + 4)]).lowercased() == "euro"
    }
}
