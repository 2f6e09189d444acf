/// What an event is. Each kind has a canonical Dutch word (written in files) and an English
/// word; both, and a few synonyms, are read.
public enum EventKind: String, CaseIterable, Sendable, Codable {
    case event, intervention, request, decision, handover, obstacle, exception, wait, phase,
        safety, meeting, turningPoint

    /// The canonical Dutch word, as files store it.
    public var dutch: String {
        switch self {
        case .event: "gebeurtenis"
        case .intervention: "interventie"
        case .request: "aanvraag"
        case .decision: "besluit"
        case .handover: "overdracht"
        case .obstacle: "obstakel"
        case .exception: "uitzondering"
        case .wait: "wachten"
        case .phase: "fase"
        case .safety: "veiligheid"
        case .meeting: "beraad"
        case .turningPoint: "kantelpunt"
        }
    }

    /// The English word.
    public var english: String {
        switch self {
        case .turningPoint: "turning-point"
        default: rawValue
        }
    }

    public func word(_ language: Language) -> String { language == .nl ? dutch : english }

    /// Plural label for legends and counts.
    public func plural(_ language: Language) -> String {
        switch (self, language) {
        case (.event, .nl): "gebeurtenissen"
        case (.intervention, .nl): "interventies"
        case (.request, .nl): "aanvragen"
        case (.decision, .nl): "besluiten"
        case (.handover, .nl): "overdrachten"
        case (.obstacle, .nl): "obstakels"
        case (.exception, .nl): "uitzonderingen"
        case (.wait, .nl): "wachttijden"
        case (.phase, .nl): "fasen"
        case (.safety, .nl): "veiligheidsscores"
        case (.meeting, .nl): "beraden"
        case (.turningPoint, .nl): "kantelpunten"
        case (.event, .en): "events"
        case (.intervention, .en): "interventions"
        case (.request, .en): "requests"
        case (.decision, .en): "decisions"
        case (.handover, .en): "handovers"
        case (.obstacle, .en): "obstacles"
        case (.exception, .en): "exceptions"
        case (.wait, .en): "waits"
        case (.phase, .en): "phases"
        case (.safety, .en): "safety scores"
        case (.meeting, .en): "meetings"
        case (.turningPoint, .en): "turning points"
        }
    }

    private static let words: [String: EventKind] = {
        var table: [String: EventKind] = [:]
        for kind in allCases {
            table[kind.dutch] = kind
            table[kind.english] = kind
            table[kind.rawValue.lowercased()] = kind
        }
        let synonyms: [String: EventKind] = [
            "doorbraak": .exception, "maatwerk": .exception, "maatwerkconstructie": .exception,
            "breakthrough": .exception, "turning point": .turningPoint, "turningpoint": .turningPoint,
            "wacht": .wait, "wachttijd": .wait, "wachtlijst": .wait, "stilstand": .wait, "waiting": .wait,
            "beschikking": .decision, "toekenning": .decision, "afwijzing": .decision,
            "netwerkberaad": .meeting, "overleg": .meeting, "obstacle": .obstacle, "obstakels": .obstacle,
            "melding": .event, "incident": .event, "happening": .event, "wisseling": .handover,
            "veiligheidsscore": .safety, "kleurcode": .safety, "status": .phase,
        ]
        for (word, kind) in synonyms { table[word] = kind }
        return table
    }()

    /// Reads a Dutch or English word or synonym, case-insensitively.
    public init?(word: String) {
        guard let kind = Self.words[word.trimmingSpaces().lowercased()] else { return nil }
        self = kind
    }

    /// The accepted words, for hints.
    public static var acceptedWords: String {
        allCases.map(\.dutch).joined(separator: ", ")
    }
}
