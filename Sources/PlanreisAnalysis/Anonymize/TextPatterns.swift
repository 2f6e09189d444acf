/// The identifiers the text anonymiser recognises by their form, each as a function from a
/// position in a text to the end of the match: Dutch phone numbers in every common notation,
/// licence plates in the Dutch side codes, IBANs, dates (numeric and written out), social-media
/// handles, and the address pattern (street name and house number). Pure functions over
/// characters; no regular expressions, so hostile input stays linear.
enum TextPatterns {
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    // MARK: Phone numbers

    /// The end of a Dutch phone number at `i`: `06-12345678`, `06 1234 5678`, `013 - 123 45 67`,
    /// `(073) 612 34 56`, `+31 6 …`, `+31(0)6-…`, `0031 6 …`. Ten digits nationally; after `+31` or
    /// `0031` nine more (plus an optional `(0)`).
    static func phoneEnd(_ chars: [Character], at i: Int) -> Int? {
        var j = i
        let plus = chars[j] == "+"
        if plus || chars[j] == "(" { j += 1 }
        guard j < chars.count, isDigit(chars[j]) else { return nil }
        if !plus && chars[j] != "0" { return nil }
        var digits: [Character] = []
        var end = j
        func target() -> Int {
            if plus { return digits.starts(with: Array("310")) ? 12 : 11 }
            if digits.starts(with: Array("0031")) { return digits.starts(with: Array("00310")) ? 14 : 13 }
            return 10
        }
        while j < chars.count {
            while j < chars.count, isDigit(chars[j]) {
                digits.append(chars[j])
                j += 1
            }
            end = j
            if digits.count >= target() { break }
            var k = j, separators = 0
            while k < chars.count, separators < 4, " -./()".contains(chars[k]) {
                k += 1
                separators += 1
            }
            guard separators > 0, k < chars.count, isDigit(chars[k]) else { break }
            j = k
        }
        guard digits.count == target(), end >= chars.count || !isAlnum(chars[end]) else { return nil }
        if plus && !digits.starts(with: Array("31")) { return nil }
        return end
    }

    // MARK: Licence plates

    /// The Dutch side codes: groups of letters (L) and digits (D) joined by dashes.
    static let sideCodes: Set<String> = [
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL",
        "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
    ]

    /// The end of a licence plate at `i` (`12-ABC-3`, `GH-123-K`); letters in capitals, or in
    /// any case right after the word "kenteken".
    static func plateEnd(_ chars: [Character], at i: Int, afterPlateWord: Bool) -> Int? {
        var j = i
        var shape = ""
        while j < chars.count, isAlnum(chars[j]) || chars[j] == "-" {
            let c = chars[j]
            if c == "-" {
                shape.append("-")
            } else if isDigit(c) {
                shape.append("D")
            } else {
                guard c.isUppercase || afterPlateWord else { return nil }
                shape.append("L")
            }
            j += 1
            if shape.count > 9 { return nil }
        }
        while shape.hasSuffix("-") {
            shape.removeLast()
            j -= 1
        }
        return sideCodes.contains(shape) ? j : nil
    }

    // MARK: IBAN

    /// The end of an IBAN at `i`, spaced in groups of four or not: a Dutch one by its form
    /// (`NL`, two digits, four letters, ten digits), any other by its ISO 7064 check digits.
    static func ibanEnd(_ chars: [Character], at i: Int) -> Int? {
        guard i + 3 < chars.count, chars[i].isASCII, chars[i].isLetter, chars[i + 1].isASCII, chars[i + 1].isLetter,
            isDigit(chars[i + 2]), isDigit(chars[i + 3])
        else { return nil }
        var collected: [Character] = []
        var ends: [Int] = []
        var j = i
        while j < chars.count, collected.count < 34 {
            if isAlnum(chars[j]) {
                collected.append(Character(chars[j].uppercased()))
                j += 1
                ends.append(j)
            } else if chars[j] == " ", collected.count % 4 == 0, j + 1 < chars.count, isAlnum(chars[j + 1]) {
                j += 1
            } else {
                break
            }
        }
        let country = String(collected.prefix(2))
        if country == "NL", collected.count >= 18 {
            let bank = collected[4..<8], number = collected[8..<18]
            if bank.allSatisfy(\.isLetter), number.allSatisfy(isDigit), collected.count == 18 || !isDigit(collected[18]) {
                return ends[17]
            }
        }
        guard collected.count >= 15, collected.count == ends.count, mod97(collected) == 1 else { return nil }
        return ends[collected.count - 1]
    }

    static func mod97(_ iban: [Character]) -> Int {
        var remainder = 0
        for c in iban[4...] + iban[..<4] {
            let value: Int
            if isDigit(c) {
                value = Int(String(c))!
                remainder = (remainder * 10 + value) % 97
            } else if let ascii = c.asciiValue {
                value = Int(ascii) - 55
                remainder = (remainder * 100 + value) % 97
            }
        }
        return remainder
    }

    // MARK: Dates

    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6,
        "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
        "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// A date written in a text: its end and its year, if it has one.
    struct DateMatch {
        var end: Int
        var year: Int?
        /// Where the year's four digits start (to rewrite only the year).
        var yearStart: Int?
    }

    /// `14-02-2000`, `14/2/2000`, `14.02.2000`, `2000-02-14` at `i`.
    static func numericDate(_ chars: [Character], at i: Int) -> DateMatch? {
        var groups: [(start: Int, text: String)] = []
        var j = i
        var separator: Character?
        while j < chars.count, groups.count < 3 {
            let start = j
            while j < chars.count, isDigit(chars[j]) { j += 1 }
            guard j > start else { return nil }
            groups.append((start, String(chars[start..<j])))
            guard groups.count < 3 else { break }
            guard j < chars.count, "-/.".contains(chars[j]), separator == nil || chars[j] == separator else { return nil }
            separator = chars[j]
            j += 1
        }
        guard groups.count == 3, j >= chars.count || !isAlnum(chars[j]) else { return nil }
        let lengths = groups.map(\.text.count)
        if lengths == [4, 2, 2], let month = Int(groups[1].text), (1...12).contains(month), let day = Int(groups[2].text),
            (1...31).contains(day)
        {
            return DateMatch(end: j, year: Int(groups[0].text), yearStart: groups[0].start)
        }
        guard (1...2).contains(lengths[0]), (1...2).contains(lengths[1]), lengths[2] == 4 || lengths[2] == 2,
            let day = Int(groups[0].text), (1...31).contains(day), let month = Int(groups[1].text), (1...12).contains(month)
        else { return nil }
        return DateMatch(end: j, year: lengths[2] == 4 ? Int(groups[2].text) : nil, yearStart: lengths[2] == 4 ? groups[2].start : nil)
    }

    /// `3 maart`, `3 maart 2011`, `3 mrt. 2011` at `i`.
    static func writtenDate(_ chars: [Character], at i: Int) -> DateMatch? {
        var j = i
        while j < chars.count, isDigit(chars[j]) { j += 1 }
        guard (1...2).contains(j - i), j + 1 < chars.count, chars[j] == " " else { return nil }
        let wordStart = j + 1
        var k = wordStart
        while k < chars.count, chars[k].isLetter { k += 1 }
        guard months[String(chars[wordStart..<k]).lowercased()] != nil else { return nil }
        var end = k
        if end < chars.count, chars[end] == "." { end += 1 }
        if end + 5 <= chars.count, chars[end] == " ", chars[(end + 1)..<(end + 5)].allSatisfy(isDigit),
            end + 5 == chars.count || !isAlnum(chars[end + 5])
        {
            return DateMatch(end: end + 5, year: Int(String(chars[(end + 1)..<(end + 5)])), yearStart: end + 1)
        }
        return DateMatch(end: k, year: nil, yearStart: nil)
    }

    /// Whether the text near `i..<j` (same line, 60 characters before, 45 after) speaks of a birth.
    static func isBirthContext(_ chars: [Character], from i: Int, to j: Int) -> Bool {
        var start = i
        while start > 0, i - start < 60, !chars[start - 1].isNewline { start -= 1 }
        var end = j
        while end < chars.count, end - j < 45, !chars[end].isNewline { end += 1 }
        let window = String(chars[start..<end]).lowercased()
        return ["geb.", "geb ", "geboren", "geboorte", "°", "verjaardag", "jarig", "born"].contains { window.contains($0) }
    }

    // MARK: Handles and house numbers

    /// The end of a social-media handle (`@naam.b_2008`) at `i`, where `chars[i]` is `@`.
    static func handleEnd(_ chars: [Character], at i: Int) -> Int? {
        var j = i + 1
        while j < chars.count, isAlnum(chars[j]) || chars[j] == "_" || chars[j] == "." { j += 1 }
        while j > i + 1, chars[j - 1] == "." { j -= 1 }
        return j - i >= 3 ? j : nil
    }

    /// The end of a house number at `i` (`12`, `12a`, `201-B`, `88c`, `12 A`, `10 bis`, `22-2`).
    static func houseNumberEnd(_ chars: [Character], at i: Int) -> Int? {
        var j = i
        while j < chars.count, isDigit(chars[j]) { j += 1 }
        guard (1...5).contains(j - i) else { return nil }
        if j < chars.count, chars[j].isLetter, j + 1 >= chars.count || !chars[j + 1].isLetter {
            j += 1
        } else if j + 1 < chars.count, chars[j] == "-", isAlnum(chars[j + 1]) {
            var k = j + 1
            while k < chars.count, isAlnum(chars[k]), k - j <= 3 { k += 1 }
            if k >= chars.count || !isAlnum(chars[k]) { j = k }
        } else if j + 2 <= chars.count, chars[j] == " ", j + 1 < chars.count, chars[j + 1].isUppercase,
            j + 2 == chars.count || !chars[j + 2].isLetter
        {
            j += 2
        } else if j + 4 <= chars.count, String(chars[j..<(j + 4)]) == " bis" {
            j += 4
        }
        if j < chars.count, isAlnum(chars[j]) { return nil }
        return j
    }

    /// Endings of Dutch street names.
    static let streetSuffixes = [
        "straatweg", "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dijk", "steeg", "dreef", "plantsoen",
        "boulevard", "allee", "park", "hof", "pad", "markt", "wal", "baan", "ring", "haven", "erf", "veld", "zijde", "oord",
        "burg",
    ]
    /// Endings that mark a street even without a house number.
    static let strongStreetSuffixes = [
        "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dijk", "steeg", "dreef", "plantsoen", "boulevard", "allee",
    ]

    static func hasSuffix(_ word: String, in suffixes: [String]) -> Bool {
        let lower = word.lowercased()
        return suffixes.contains { lower.hasSuffix($0) && lower.count >= $0.count + 3 }
    }
}
