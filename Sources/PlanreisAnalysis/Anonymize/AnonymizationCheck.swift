import PlanreisModel

/// Something in an export that still looks like a name or a number, for the person who shares
/// the file to look at before sending it (`planreis anonymize --check`).
public struct AnonymizationFinding: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A capitalised word that is on no list of known words and is not used in lower case elsewhere.
        case capitalisedWord
        /// A word on the name lists, in any case.
        case listedName
        /// A run of three or more digits that is not a year.
        case digits

        public func label(_ language: Language) -> String {
            switch (self, language) {
            case (.capitalisedWord, .nl): "hoofdletterwoord dat op geen lijst staat"
            case (.listedName, .nl): "staat op een namenlijst"
            case (.digits, .nl): "cijferreeks"
            case (.capitalisedWord, .en): "capitalised word on no list"
            case (.listedName, .en): "on a name list"
            case (.digits, .en): "run of digits"
            }
        }
    }

    public var kind: Kind
    /// The word or digits as written.
    public var text: String
    /// Where it first occurs: the (pseudonymous) journey id and the field ("e3 omschrijving").
    public var journey: String
    public var field: String
    /// How often it occurs in the export.
    public var count: Int
}

/// Lists what still looks like a name or number in anonymised journeys (issue 15, item 5).
/// Deliberately suspicious: it reports, it never changes anything.
public struct AnonymizationCheck: Sendable {
    public var lists: NameLists

    public init(lists: NameLists = .standard) {
        self.lists = lists
    }

    /// Findings in order of first occurrence, each with its count.
    public func findings(in journeys: [Journey]) -> [AnonymizationFinding] {
        let fields = journeys.flatMap(Self.fields)
        // Words written in lower case anywhere are ordinary words, also where capitalised.
        var lowercase = Set<String>()
        // The region stays in an export on purpose; its words are no finding.
        for journey in journeys {
            for word in Self.words(journey.region ?? "") { lowercase.insert(word.text.lowercased()) }
        }
        for field in fields {
            for word in Self.words(field.text) where word.text.first?.isLowercase == true { lowercase.insert(word.text) }
        }
        var found: [AnonymizationFinding] = []
        var index: [String: Int] = [:]
        func note(_ kind: AnonymizationFinding.Kind, _ text: String, _ field: (journey: String, field: String, text: String)) {
            let key = "\(kind.rawValue)\u{0}\(text)"
            if let at = index[key] {
                found[at].count += 1
            } else {
                index[key] = found.count
                found.append(AnonymizationFinding(kind: kind, text: text, journey: field.journey, field: field.field, count: 1))
            }
        }
        for field in fields {
            for word in Self.words(field.text) {
                let text = word.text, lower = text.lowercased()
                if text.allSatisfy(\.isNumber) {
                    if text.count >= 3, !(text.count == 4 && (1900...2099).contains(Int(text) ?? 0)) { note(.digits, text, field) }
                    continue
                }
                let known =
                    ProperNounList.words.contains(lower) || lists.known.contains(lower) || lists.particles.contains(lower)
                    || TextPatterns.months[lower] != nil
                if lists.names.contains(lower) && !lists.ordinary.contains(lower) && !known {
                    note(.listedName, text, field)
                } else if text.first?.isUppercase == true, text.count > 2 || text.contains(where: \.isLowercase), !known,
                    !lowercase.contains(lower),
                    !lists.organisations.contains(where: { $0.kind.lowercased() == lower })
                {
                    note(.capitalisedWord, text, field)
                }
            }
        }
        return found
    }

    /// Words and digit runs of a text, outside the `[…]` marks the anonymiser writes.
    static func words(_ text: String) -> [(text: String, offset: Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var start = 0
        var depth = 0
        for (offset, c) in text.enumerated() {
            if c == "[" { depth += 1 }
            let inWord = depth == 0 && (c.isLetter || c.isNumber)
            if inWord {
                if current.isEmpty { start = offset }
                current.append(c)
            } else if !current.isEmpty {
                result.append((current, start))
                current = ""
            }
            if c == "]" { depth = max(0, depth - 1) }
        }
        if !current.isEmpty { result.append((current, start)) }
        return result
    }

    /// Every free text and label of a journey with where it sits.
    static func fields(of journey: Journey) -> [(journey: String, field: String, text: String)] {
        var fields: [(String, String, String)] = []
        func add(_ field: String, _ text: String?) {
            if let text, !text.isEmpty { fields.append((journey.id, field, text)) }
        }
        add("titel", journey.title)
        add("regio", journey.region)
        add("omschrijving", journey.description)
        for tag in journey.tags { add("kenmerk", tag.text) }
        for actor in journey.actors {
            add("actor \(actor.id)", actor.name)
            add("actor \(actor.id) omschrijving", actor.description)
        }
        for (index, event) in journey.events.enumerated() {
            let id = event.id ?? "#\(index + 1)"
            add("\(id) titel", event.title)
            add("\(id) omschrijving", event.description)
            if case .text(let value)? = event.value { add("\(id) waarde", value) }
            add("\(id) gescoord door", event.scoredBy)
            for tag in event.tags { add("\(id) kenmerk", tag.text) }
            for line in event.costs + (event.avoids?.costs ?? []) {
                add("\(id) betaler", line.payer)
                add("\(id) kostenregel", line.note)
            }
            add("\(id) vermeden scenario", event.avoids?.title)
            add("\(id) vermeden scenario", event.avoids?.description)
            add("\(id) grondslag", event.legitimation?.basis)
            add("\(id) argument", event.legitimation?.argument)
            add("\(id) perspectief", event.legitimation?.perspective)
        }
        return fields
    }
}
