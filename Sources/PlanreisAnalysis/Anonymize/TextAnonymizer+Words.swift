extension TextAnonymizer {
    /// What a word is taken for.
    enum Judgement: Equatable {
        case household(role: String)
        case name
        case none
    }

    /// One word at `scan.i`: an address that starts here, a household member's name, another
    /// name, or an ordinary word; a number announced by the word ("kenmerk …") goes with it.
    func handleWord(_ scan: inout TextScan, report: inout AnonymizationReport, found: inout Set<String>) {
        let chars = scan.chars, i = scan.i
        if let end = addressEnd(chars, at: i, sentenceStart: scan.sentenceStart) {
            scan.replace(upTo: end, with: "[adres]")
            report.add(.address)
            return
        }
        let end = Self.wordEnd(chars, from: i)
        let word = String(chars[i..<end])
        switch judge(word, sentenceStart: scan.sentenceStart) {
        case .household(let role):
            var replacement = role
            if scan.sentenceStart, let first = role.first, first.isLowercase { replacement = first.uppercased() + role.dropFirst() }
            scan.append(replacement)
            report.add(.householdName)
        case .name:
            if scan.sinceName == nil { report.add(.otherName) }
            scan.appendName()
            found.formUnion(Self.baseForms(word.lowercased()))
        case .none:
            if scan.sinceName != nil, lists.particles.contains(word.lowercased()) {
                scan.append(word, clearsName: false)
            } else {
                scan.append(word)
            }
        }
        let lower = word.lowercased()
        let abbreviation = word.count == 1 || ProperNounList.abbreviations.contains(lower)
        scan.i = end
        scan.sentenceStart = false
        scan.lastWord = lower
        // A full stop after an initial or an abbreviation does not end the sentence.
        if abbreviation, scan.i < chars.count, chars[scan.i] == "." {
            scan.append(".")
            scan.i += 1
        }
        if let numberEnd = Self.referenceEnd(chars, after: word, at: scan.i) {
            var gap = scan.i
            while gap < chars.count, " :.#".contains(chars[gap]) { gap += 1 }
            scan.append(String(chars[scan.i..<gap]) + "[nummer]")
            scan.i = numberEnd
            report.add(.number)
        }
    }

    /// Whether a word is a name, and whose. See the type's documentation for the rules.
    func judge(_ word: String, sentenceStart: Bool) -> Judgement {
        let lower = word.lowercased()
        let bases = Self.baseForms(lower)
        let capitalised = word.first?.isUppercase == true
        for base in bases {
            guard let role = household[base] else { continue }
            if lists.ordinary.contains(base) && !capitalised { continue }
            return .household(role: role)
        }
        if bases.contains(where: caseNames.contains) { return .name }
        let parts = word.split(whereSeparator: { "-'’".contains($0) }).map(String.init)
        if parts.count > 1 {
            // "Ouali-Bakker", "Veilig Thuis-melding": a name when any part is one; a possessive
            // ("Olena's") is judged by its stem.
            let stems = parts.last?.lowercased() == "s" ? Array(parts.dropLast()) : parts
            for (index, part) in stems.enumerated() {
                let judgement = judge(part, sentenceStart: sentenceStart && index == 0)
                if judgement != .none { return stems.count == 1 ? judgement : .name }
            }
            return .none
        }
        if word.count >= 2, word.allSatisfy({ !$0.isLetter || $0.isUppercase }) {
            // An abbreviation: a short unknown one may be a local organisation or hospital.
            if keep.contains(lower) || lists.known.contains(lower) || word.count < 3 || word.count > 5 { return .none }
            return .name
        }
        if ProperNounList.functionWords.contains(lower) { return .none }
        if bases.contains(where: { keep.contains($0) || lists.known.contains($0) }) { return .none }
        let ordinary = lists.ordinary.contains(lower)
        if bases.contains(where: lists.names.contains) {
            if capitalised { return sentenceStart && ordinary ? .none : .name }
            return ordinary ? .none : .name
        }
        if lower.count >= 6, let role = typoOfHouseholdName(lower) { return .household(role: role) }
        if capitalised && word.contains(where: \.isLowercase) {
            if !sentenceStart { return .name }
            if TextPatterns.hasSuffix(word, in: TextPatterns.strongStreetSuffixes) { return .name }
        }
        return .none
    }

    /// The word itself and its stems without a possessive `s` / `'s` or a diminutive
    /// (`Karims` → `karim`, `Yassintje` → `yassin`, `Daantje` → `daan`).
    static func baseForms(_ lower: String) -> [String] {
        var forms = [lower]
        var stem = lower
        if lower.hasSuffix("'s") || lower.hasSuffix("’s") {
            stem = String(lower.dropLast(2))
            forms.append(stem)
        } else if lower.hasSuffix("s"), lower.count > 3 {
            forms.append(String(lower.dropLast()))
        }
        for suffix in ["tje", "pje", "je", "ke"] where stem.hasSuffix(suffix) && stem.count > suffix.count + 2 {
            forms.append(String(stem.dropLast(suffix.count)))
        }
        return forms
    }

    /// The role of the household member whose name (six letters or more) the word misspells by
    /// one letter ("Soufian", "Sofiane" for "Soufiane"); nil for a known word.
    func typoOfHouseholdName(_ lower: String) -> String? {
        guard !keep.contains(lower), !lists.known.contains(lower), !lists.ordinary.contains(lower) else { return nil }
        for (name, role) in household where name.count >= 6 && abs(name.count - lower.count) <= 1 {
            if Self.withinOneEdit(Array(name), Array(lower)) { return role }
        }
        return nil
    }

    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return true }
        if a.count == b.count { return zip(a, b).filter { $0 != $1 }.count == 1 }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count - short.count == 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        return short[i...] == long[(i + 1)...]
    }

    /// The end of a street name with a house number at `i` ("Lange Mare 12a", "Haagweg 35",
    /// "vleutenseweg 300"), or of a capitalised street name on its own ("Korvelseweg").
    func addressEnd(_ chars: [Character], at i: Int, sentenceStart: Bool) -> Int? {
        var j = i
        var words: [String] = []
        while words.count < 5, j < chars.count, chars[j].isLetter {
            let end = Self.wordEnd(chars, from: j)
            let word = String(chars[j..<end])
            let capital = word.first!.isUppercase
            let street = TextPatterns.hasSuffix(word, in: TextPatterns.streetSuffixes)
            let particle = lists.particles.contains(word.lowercased())
            guard capital || street || (particle && !words.isEmpty) else { return nil }
            words.append(word)
            j = end
            guard j + 1 < chars.count, chars[j] == " " else { break }
            if TextPatterns.isDigit(chars[j + 1]) {
                let lowerWord = word.lowercased()
                let unknown = capital && !keep.contains(lowerWord) && !lists.known.contains(lowerWord) && !particle
                let fits = street || (unknown && (!sentenceStart || words.count > 1))
                guard fits, let number = TextPatterns.houseNumberEnd(chars, at: j + 1) else { return nil }
                let digits = String(chars[(j + 1)..<number]).prefix { $0.isNumber }
                if !street, digits.count == 4, let year = Int(digits), (1900...2099).contains(year) { return nil }
                return number
            }
            j += 1
        }
        if words.count == 1, let word = words.first, word.first!.isUppercase,
            TextPatterns.hasSuffix(word, in: TextPatterns.strongStreetSuffixes), !keep.contains(word.lowercased())
        {
            return Self.wordEnd(chars, from: i)
        }
        return nil
    }

    /// Whether every word of a label outside brackets starts with a capital, particles aside.
    static func looksLikeAName(_ text: String) -> Bool {
        var depth = 0
        var words: [Substring] = []
        var current = ""
        for c in text {
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if depth == 0 && (c.isLetter || c == "-" || c == "'" || c == "’") {
                current.append(c)
            } else if !current.isEmpty {
                words.append(Substring(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(Substring(current)) }
        let significant = words.filter { !ProperNounList.particles.contains($0.lowercased()) }
        return !significant.isEmpty && significant.allSatisfy { $0.first?.isUppercase == true }
    }
}
