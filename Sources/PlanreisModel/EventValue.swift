/// A decision's outcome.
public enum DecisionOutcome: String, CaseIterable, Sendable, Codable {
    case granted, refused

    public var dutch: String { self == .granted ? "toegekend" : "afgewezen" }
    public func word(_ language: Language) -> String { language == .nl ? dutch : rawValue }
}

/// The phase (status) of a case, after the intervention team's registration.
public enum Phase: String, CaseIterable, Sendable, Codable {
    case intensive, monitor, closed, endedEarly

    public var dutch: String {
        switch self {
        case .intensive: "intensief"
        case .monitor: "monitor"
        case .closed: "afgesloten"
        case .endedEarly: "vroegtijdig-beeindigd"
        }
    }

    public var english: String {
        switch self {
        case .intensive: "intensive"
        case .monitor: "monitor"
        case .closed: "closed"
        case .endedEarly: "ended-early"
        }
    }

    /// Label as registration tables print it: "Intensieve fase", "Vroegtijdig beëindigd".
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.intensive, .nl): "Intensieve fase"
        case (.monitor, .nl): "Monitorfase"
        case (.closed, .nl): "Afgesloten"
        case (.endedEarly, .nl): "Vroegtijdig beëindigd"
        case (.intensive, .en): "Intensive phase"
        case (.monitor, .en): "Monitoring phase"
        case (.closed, .en): "Closed"
        case (.endedEarly, .en): "Ended early"
        }
    }
}

/// A safety colour code: red extreme risk, orange immediate risk within two months, yellow
/// long-term risk, green low chance of repeated violence.
public enum SafetyColour: String, CaseIterable, Sendable, Codable {
    case red, orange, yellow, green

    public var dutch: String {
        switch self {
        case .red: "rood"
        case .orange: "oranje"
        case .yellow: "geel"
        case .green: "groen"
        }
    }

    public func word(_ language: Language) -> String { language == .nl ? dutch : rawValue }
}

/// The value an event carries, depending on its kind.
public enum EventValue: Hashable, Sendable {
    /// A decision's outcome.
    case outcome(DecisionOutcome)
    /// The phase a phase event starts.
    case phase(Phase)
    /// A safety colour code.
    case colour(SafetyColour)
    /// A score on the 0–10 safety scale.
    case score(Int)
    /// The actor id a handover hands to.
    case handoverTo(String)
    /// Free text for kinds that have no typed value.
    case text(String)

    /// The canonical text of the value, as files store it (Dutch words).
    public var text: String {
        switch self {
        case .outcome(let o): o.dutch
        case .phase(let p): p.dutch
        case .colour(let c): c.dutch
        case .score(let s): String(s)
        case .handoverTo(let actor): actor
        case .text(let t): t
        }
    }

    /// Reads the value of an event of `kind` from text (Dutch or English words); returns nil
    /// when the text does not fit the kind.
    public init?(text raw: String, for kind: EventKind) {
        let text = raw.trimmingSpaces()
        let word = text.lowercased()
        switch kind {
        case .decision:
            switch word {
            case "toegekend", "granted", "toekenning", "ja", "positief", "akkoord", "ingewilligd": self = .outcome(.granted)
            case "afgewezen", "refused", "afwijzing", "nee", "negatief", "rejected", "denied": self = .outcome(.refused)
            default: return nil
            }
        case .phase:
            switch word.replacingOccurrences(" ", with: "-") {
            case "intensief", "intensieve-fase", "intensive", "intensive-phase": self = .phase(.intensive)
            case "monitor", "monitorfase", "monitoring", "monitor-phase", "monitoring-phase": self = .phase(.monitor)
            case "afgesloten", "closed", "gesloten": self = .phase(.closed)
            case "vroegtijdig-beeindigd", "vroegtijdig-beëindigd", "ended-early", "vroegtijdig": self = .phase(.endedEarly)
            default: return nil
            }
        case .safety:
            if let colour = SafetyColour.allCases.first(where: { $0.dutch == word || $0.rawValue == word }) {
                self = .colour(colour)
            } else if let score = Int(word), (0...10).contains(score) {
                self = .score(score)
            } else {
                return nil
            }
        case .handover:
            guard !text.isEmpty else { return nil }
            self = .handoverTo(text)
        default:
            guard !text.isEmpty else { return nil }
            self = .text(text)
        }
    }

    /// The value for people.
    public func formatted(_ language: Language) -> String {
        switch self {
        case .outcome(let o): o.word(language)
        case .phase(let p): p.label(language)
        case .colour(let c): c.word(language)
        case .score(let s): "\(s)/10"
        case .handoverTo(let a): a
        case .text(let t): t
        }
    }
}

extension String {
    func replacingOccurrences(_ a: Character, with b: Character) -> String { String(map { $0 == a ? b : $0 }) }
}
