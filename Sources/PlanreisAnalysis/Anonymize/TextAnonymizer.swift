/// Rewrites one free text for an anonymised export, in one pass from left to right:
///
/// 1. Known phrases, case-insensitively and as whole words: the household's names become their
///    role ("moeder"), the municipality `[gemeente]`, the journey id `[casus]`, a lane name that
///    is replaced by a kind or pseudonym that same replacement; places on the list `[plaats]`.
/// 2. Identifiers by their form (`TextPatterns`): e-mail `[e-mail]`, web address `[link]`, handle
///    `[account]`, IBAN `[iban]`, licence plate `[kenteken]`, phone `[telefoon]`, street and house
///    number `[adres]`, postcode `[postcode]`, citizen service, file and reference numbers
///    `[nummer]`; a date of birth keeps only its (shifted) year.
/// 3. Years: a four-digit number from 1900 to 2099 that is not an amount moves by the date shift.
/// 4. Names (`judge`): a word on the name lists, a word the case already uses as a name, a
///    capitalised word mid-sentence that is not a known word; with possessives and diminutives
///    ("Karims", "Yassintje") and typos of household names. Name parts joined by particles become
///    one `[naam]`.
///
/// Run twice per journey: first to collect every name the case uses (`found`), then with those
/// names in `caseNames`, so that a name found once is redacted everywhere in the case.
struct TextAnonymizer {
    struct Phrase {
        /// Lower-cased characters to look for.
        var pattern: [Character]
        var replacement: String
        var kind: AnonymizationReport.Kind
        /// Matched only where written with a capital (a household name that is also a word).
        var capitalisedOnly = false
    }

    /// Longest first, so that a full name wins over its parts.
    let phrases: [Phrase]
    let lists: NameLists
    /// Lower-cased words that are not names.
    let keep: Set<String>
    /// Lower-cased single-word household name parts and the role they become.
    let household: [String: String]
    /// Lower-cased names the case uses anywhere (filled by the first pass).
    var caseNames: Set<String> = []
    let shift: CalendarShift
    /// Places by their first word.
    let places: [String: [[String]]]

    init(phrases: [Phrase], lists: NameLists, keep: Set<String>, household: [String: String], shift: CalendarShift) {
        self.phrases = phrases.filter { !$0.pattern.isEmpty }.sorted { $0.pattern.count > $1.pattern.count }
        self.lists = lists
        self.keep = keep
        self.household = household
        self.shift = shift
        var places: [String: [[String]]] = [:]
        for place in lists.places where !place.isEmpty { places[place[0], default: []].append(place) }
        self.places = places
    }

    static let nameMark = "[naam]"

    func anonymize(_ text: String, label: Bool = false, report: inout AnonymizationReport) -> String {
        var found = Set<String>()
        return anonymize(text, label: label, report: &report, found: &found)
    }

    /// - Parameter label: the text is a short label (a lane name, a payer, a tag), not prose:
    ///   when every word of it is capitalised, its first word is judged like the others.
    /// - Parameter found: collects the lower-cased names judged in this text.
    func anonymize(_ text: String, label: Bool = false, report: inout AnonymizationReport, found: inout Set<String>) -> String {
        var scan = TextScan(chars: Array(text), sentenceStart: !(label && Self.looksLikeAName(text)))
        while scan.i < scan.chars.count {
            if step(&scan, report: &report, found: &found) { continue }
            let c = scan.chars[scan.i]
            scan.append(String(c), clearsName: !(c == " " && scan.sinceName != nil))
            if c == "." || c == "!" || c == "?" || c == "…" || c.isNewline
                || c == ":" && scan.i + 1 < scan.chars.count
                    && scan.chars[scan.i + 1].isNewline
            {
                scan.sentenceStart = true
            }
            scan.i += 1
        }
        return scan.out
    }

    /// Handles what starts at `scan.i`, if anything does; false for a plain character.
    private func step(_ scan: inout TextScan, report: inout AnonymizationReport, found: inout Set<String>) -> Bool {
        let chars = scan.chars, i = scan.i, c = chars[i]
        let boundary = !scan.isWordChar(i - 1)
        if boundary, let phrase = matchPhrase(chars, at: i) {
            var replacement = phrase.replacement
            if scan.sentenceStart, let first = replacement.first, first.isLowercase {
                replacement = first.uppercased() + replacement.dropFirst()
            }
            scan.replace(upTo: i + phrase.pattern.count, with: replacement)
            report.add(phrase.kind)
            return true
        }
        if boundary, c.isLetter, let end = placeEnd(chars, at: i, sentenceStart: scan.sentenceStart) {
            scan.replace(upTo: end, with: "[plaats]")
            report.add(.place)
            return true
        }
        if c == "@", boundary, let end = TextPatterns.handleEnd(chars, at: i) {
            scan.replace(upTo: end, with: "[account]")
            report.add(.identifier)
            return true
        }
        if (c.isLetter || c.isNumber) && boundary && (i >= scan.checkedUntil || Self.startsWebAddress(chars, at: i)) {
            let (end, mark) = Self.address(chars, at: i)
            if let mark {
                scan.replace(upTo: end, with: mark)
                report.add(.identifier)
                return true
            }
            scan.checkedUntil = end
        }
        if boundary, c.isLetter, let end = TextPatterns.ibanEnd(chars, at: i) {
            scan.replace(upTo: end, with: "[iban]")
            report.add(.iban)
            return true
        }
        if boundary, c.isASCII, c.isLetter || c.isNumber,
            let end = TextPatterns.plateEnd(chars, at: i, afterPlateWord: scan.lastWord == "kenteken")
        {
            scan.replace(upTo: end, with: "[kenteken]")
            report.add(.plate)
            return true
        }
        if boundary, TextPatterns.isDigit(c) || c == "+" || c == "(" {
            if handleNumber(&scan, report: &report) { return true }
        }
        if c.isLetter {
            handleWord(&scan, report: &report, found: &found)
            return true
        }
        return false
    }

    private func matchPhrase(_ chars: [Character], at i: Int) -> Phrase? {
        for phrase in phrases where i + phrase.pattern.count <= chars.count {
            if phrase.capitalisedOnly && !chars[i].isUppercase { continue }
            var matches = true
            for (offset, p) in phrase.pattern.enumerated() where chars[i + offset].lowercased() != String(p) {
                matches = false
                break
            }
            guard matches else { continue }
            let after = i + phrase.pattern.count
            if after < chars.count, chars[after].isLetter || chars[after].isNumber { continue }
            return phrase
        }
        return nil
    }

    /// The end of a place on the list at `i`; a place that is also a word ("Best") only where
    /// written with a capital and not at the start of a sentence.
    private func placeEnd(_ chars: [Character], at i: Int, sentenceStart: Bool) -> Int? {
        let first = Self.wordEnd(chars, from: i)
        guard let candidates = places[String(chars[i..<first]).lowercased()] else { return nil }
        for place in candidates {
            var j = i
            var matched = true
            for (index, word) in place.enumerated() {
                if index > 0 {
                    guard j < chars.count, chars[j] == " " else {
                        matched = false
                        break
                    }
                    j += 1
                }
                let end = Self.wordEnd(chars, from: j)
                guard end > j, String(chars[j..<end]).lowercased() == word else {
                    matched = false
                    break
                }
                j = end
            }
            guard matched else { continue }
            if j < chars.count, chars[j].isLetter || chars[j].isNumber { continue }
            let ordinary = place.count == 1 && lists.ordinary.contains(place[0])
            if ordinary && (!chars[i].isUppercase || sentenceStart) { continue }
            return j
        }
        return nil
    }

    /// The end of the run without spaces at `i`, and `[e-mail]` or `[link]` when the run is an
    /// e-mail or web address.
    static func address(_ chars: [Character], at i: Int) -> (Int, String?) {
        var j = i
        while j < chars.count, !chars[j].isWhitespace, !"<>\"()[]{},;".contains(chars[j]) { j += 1 }
        let runEnd = j
        while j > i, ".:!?'".contains(chars[j - 1]) { j -= 1 }
        guard j > i else { return (runEnd, nil) }
        if startsWebAddress(chars, at: i) { return (j, "[link]") }
        if let at = chars[i..<j].firstIndex(of: "@"), at != i, chars[(at + 1)..<j].contains(".") { return (j, "[e-mail]") }
        let run = String(chars[i..<j]).lowercased()
        if run.contains("/"), [".nl/", ".com/", ".org/", ".net/", ".be/", ".eu/"].contains(where: run.contains) { return (j, "[link]") }
        return (runEnd, nil)
    }

    static func startsWebAddress(_ chars: [Character], at i: Int) -> Bool {
        let head = String(chars[i..<min(chars.count, i + 8)]).lowercased()
        return head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.")
    }

    /// The end of a word: letters, with `-` `'` `’` inside when a letter follows.
    static func wordEnd(_ chars: [Character], from i: Int) -> Int {
        var j = i
        while j < chars.count {
            if chars[j].isLetter {
                j += 1
            } else if "-'’".contains(chars[j]), j + 1 < chars.count, chars[j + 1].isLetter {
                j += 1
            } else {
                break
            }
        }
        return j
    }
}
