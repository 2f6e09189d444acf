/// Rewrites one free text for an anonymised export, in one pass from left to right:
///
/// 1. Known phrases, case-insensitively and as whole words: the names of the household's
///    members (full name, then each part) become their role ("moeder"; capitalised at the start
///    of a sentence), the municipality becomes `[gemeente]`.
/// 2. Identifiers: an e-mail address becomes `[e-mail]`, a web address `[link]`, a run of seven
///    or more digits (citizen service number, phone, file number) `[nummer]`, a Dutch postcode
///    (`1234 AB`) `[postcode]`.
/// 3. Years: a four-digit number from 1900 to 2099 that is not an amount (no `€` before it, no
///    `euro` after it) moves by the journey's date shift, so texts stay consistent with the dates.
/// 4. Other names: a capitalised word that does not start a sentence, is not all capitals (an
///    abbreviation) and is not in `ProperNounList` becomes `[naam]`; a hyphenated or
///    apostrophed word is judged per part. Name parts joined by particles ("Jan van der Berg")
///    become one `[naam]`. A full stop after an initial or a known abbreviation does not start a
///    sentence ("dhr. Jansen" is caught).
///
/// What it cannot catch is listed in `AnonymizationReport.markdown`.
struct TextAnonymizer {
    struct Phrase {
        /// Lower-cased characters to look for.
        var pattern: [Character]
        var replacement: String
        var kind: AnonymizationReport.Kind
    }

    /// Longest first, so that a full name wins over its parts.
    let phrases: [Phrase]
    let keep: Set<String>
    let shift: CalendarShift

    init(phrases: [Phrase], keep: Set<String>, shift: CalendarShift) {
        self.phrases = phrases.filter { !$0.pattern.isEmpty }.sorted { $0.pattern.count > $1.pattern.count }
        self.keep = keep
        self.shift = shift
    }

    static let nameMark = "[naam]"

    /// - Parameter label: the text is a short label (a lane name, a payer, a tag), not prose:
    ///   when every word of it is capitalised ("Pete", "Jan de Vries", "Sterk Huis"), its first
    ///   word is judged like the others, since a label that looks like a name usually is one.
    func anonymize(_ text: String, label: Bool = false, report: inout AnonymizationReport) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        var sentenceStart = !(label && Self.looksLikeAName(text))
        /// What was appended since the last `[naam]`, while it is only spaces and particles.
        var sinceName: String?
        /// Runs without spaces up to here hold no e-mail address (each run is checked once).
        var checkedUntil = 0

        func append(_ s: String, clearsName: Bool = true) {
            out += s
            if sinceName != nil {
                if clearsName { sinceName = nil } else { sinceName! += s }
            }
        }
        func isWordChar(_ index: Int) -> Bool {
            index >= 0 && index < chars.count && (chars[index].isLetter || chars[index].isNumber)
        }

        while i < chars.count {
            let c = chars[i]
            // 1. Known phrases at a word boundary.
            if !isWordChar(i - 1), let phrase = matchPhrase(chars, at: i) {
                var replacement = phrase.replacement
                if sentenceStart, let first = replacement.first, first.isLowercase {
                    replacement = first.uppercased() + replacement.dropFirst()
                }
                append(replacement)
                report.add(phrase.kind)
                i += phrase.pattern.count
                sentenceStart = false
                continue
            }
            // 2. E-mail and web addresses: a run without spaces.
            if (c.isLetter || c.isNumber) && !isWordChar(i - 1) && (i >= checkedUntil || startsWebAddress(chars, at: i)) {
                let (end, mark) = address(chars, at: i)
                if let mark {
                    append(mark)
                    report.add(.identifier)
                    i = end
                    sentenceStart = false
                    continue
                }
                checkedUntil = end
            }
            // 2–3. Numbers.
            if c.isASCII && c.isNumber {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                let digits = String(chars[i..<j])
                let glued = (i > 0 && chars[i - 1].isLetter) || (j < chars.count && chars[j].isLetter)
                if digits.count >= 7 {
                    append("[nummer]")
                    report.add(.identifier)
                } else if digits.count == 4, !glued, let end = postcodeEnd(chars, after: j), Int(digits)! >= 1000 {
                    append("[postcode]")
                    report.add(.identifier)
                    j = end
                } else if digits.count == 4, !glued, let year = Int(digits), (1900...2099).contains(year),
                    !isAmount(chars, from: i, to: j)
                {
                    append(String(shift.apply(year: year)))
                    report.add(.textYear)
                } else {
                    append(digits)
                }
                i = j
                sentenceStart = false
                continue
            }
            // 4. Words.
            if c.isLetter {
                let end = wordEnd(chars, from: i)
                let word = String(chars[i..<end])
                if isName(word, atSentenceStart: sentenceStart) {
                    if let pending = sinceName {
                        out.removeLast(pending.count)  // "[naam] van der [naam]" → "[naam]"
                    } else {
                        out += Self.nameMark
                        report.add(.otherName)
                    }
                    sinceName = ""
                } else if sinceName != nil, ProperNounList.particles.contains(word.lowercased()) {
                    append(word, clearsName: false)
                } else {
                    append(word)
                }
                let abbreviation = word.count == 1 || ProperNounList.abbreviations.contains(word.lowercased())
                i = end
                sentenceStart = false
                // A full stop after an initial or an abbreviation does not end the sentence.
                if abbreviation, i < chars.count, chars[i] == "." {
                    append(".")
                    i += 1
                }
                continue
            }
            append(String(c), clearsName: !(c == " " && sinceName != nil))
            if c == "." || c == "!" || c == "?" || c == "…" || c.isNewline { sentenceStart = true }
            i += 1
        }
        return out
    }

    private func matchPhrase(_ chars: [Character], at i: Int) -> Phrase? {
        for phrase in phrases where i + phrase.pattern.count <= chars.count {
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

    /// The end of the run without spaces at `i`, and `[e-mail]` or `[link]` when the run is an
    /// e-mail or web address.
    private func address(_ chars: [Character], at i: Int) -> (Int, String?) {
        var j = i
        while j < chars.count, !chars[j].isWhitespace, !"<>\"()[]{},;".contains(chars[j]) { j += 1 }
        let runEnd = j
        // Trailing punctuation belongs to the sentence.
        while j > i, ".:!?'".contains(chars[j - 1]) { j -= 1 }
        guard j > i else { return (runEnd, nil) }
        if startsWebAddress(chars, at: i) { return (j, "[link]") }
        if let at = chars[i..<j].firstIndex(of: "@"), at != i, chars[(at + 1)..<j].contains(".") { return (j, "[e-mail]") }
        return (runEnd, nil)
    }

    private func startsWebAddress(_ chars: [Character], at i: Int) -> Bool {
        let head = String(chars[i..<min(chars.count, i + 8)]).lowercased()
        return head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.")
    }

    /// The end of `␣?AB` after four digits when it forms a Dutch postcode.
    private func postcodeEnd(_ chars: [Character], after j: Int) -> Int? {
        var k = j
        if k < chars.count, chars[k] == " " { k += 1 }
        guard k + 1 < chars.count, chars[k].isASCII, chars[k].isUppercase, chars[k + 1].isASCII, chars[k + 1].isUppercase
        else { return nil }
        if k + 2 < chars.count, chars[k + 2].isLetter || chars[k + 2].isNumber { return nil }
        return k + 2
    }

    /// Whether the number `chars[i..<j]` is an amount: `€` before it or `euro` after it.
    private func isAmount(_ chars: [Character], from i: Int, to j: Int) -> Bool {
        var k = i - 1
        while k >= 0, chars[k] == " " { k -= 1 }
        if k >= 0, chars[k] == "€" { return true }
        var l = j
        while l < chars.count, chars[l] == " " || chars[l] == "," || chars[l] == "-" { l += 1 }
        return String(chars[l..<min(chars.count, l + 4)]).lowercased() == "euro"
    }

    /// The end of a word: letters, with `-` `'` `’` inside when a letter follows.
    private func wordEnd(_ chars: [Character], from i: Int) -> Int {
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

    /// Whether a word is taken for a name: some part is capitalised, not all capitals and not
    /// a known word; the first part only when it does not start a sentence.
    func isName(_ word: String, atSentenceStart: Bool) -> Bool {
        if keep.contains(word.lowercased()) { return false }
        let parts = word.split(whereSeparator: { "-'’".contains($0) })
        for (index, part) in parts.enumerated() {
            if index == 0 && atSentenceStart { continue }
            guard let first = part.first, first.isUppercase, part.contains(where: \.isLowercase) else { continue }
            if !keep.contains(part.lowercased()) { return true }
        }
        return false
    }
}
