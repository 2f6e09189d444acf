/// Lane names of organisations, treated alike over a whole export (issue 16, item 9): a lane
/// whose every word is a known word stays as it is ("Politie (wijkagent)"); a lane that names a
/// person ("Juf Petra") is rewritten like any label; a lane that names an organisation of a
/// known kind keeps only the kind ("GGZ Breburg" and "GGZ WNB" both become "GGZ"); any other
/// becomes `organisatie-1`, `organisatie-2`, …, numbered in the order first met, the same for
/// every case of the export, so tables per agency keep their counts.
struct OrganisationPseudonyms {
    let lists: NameLists
    private var numbers: [String: Int] = [:]

    init(lists: NameLists) {
        self.lists = lists
    }

    /// Pseudonyms handed out so far.
    var count: Int { numbers.count }

    /// What the lane name becomes, or nil when it stays or is rewritten as a label.
    mutating func replacement(for name: String) -> String? {
        let words = Self.words(name)
        let unknown = words.filter { !isKnown($0) }
        guard !unknown.isEmpty else { return nil }
        if unknown.contains(where: { lists.names.contains($0.lowercased()) && !lists.ordinary.contains($0.lowercased()) }) {
            return nil  // a person: the label rewrite turns the name into [naam]
        }
        let lower = words.map { $0.lowercased() }
        for (phrase, kind) in lists.organisations where Self.contains(lower, phrase) {
            return kind
        }
        let key = lower.joined(separator: " ")
        if numbers[key] == nil { numbers[key] = numbers.count + 1 }
        return "organisatie-\(numbers[key]!)"
    }

    /// Whether a word of a lane name says nothing about who it is: a lower-case word, a known
    /// word, a particle, or a short abbreviation in capitals that is known.
    func isKnown(_ word: String) -> Bool {
        let lower = word.lowercased()
        if ProperNounList.words.contains(lower) || lists.known.contains(lower) || lists.particles.contains(lower) { return true }
        if lists.organisations.contains(where: { $0.phrase == [lower] }) { return true }
        if word.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return word.count <= 2 }
        guard let first = word.first, first.isUppercase else { return !lists.names.contains(lower) }
        return false
    }

    /// The words of a lane name, hyphenated parts apart.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }).map(String.init)
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where Array(words[start..<(start + phrase.count)]) == phrase {
            return true
        }
        return false
    }
}
