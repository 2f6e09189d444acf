/// The kind of organisation or person an actor is; lanes are grouped by it.
public enum ActorGroup: String, CaseIterable, Sendable, Codable {
    case household, municipality, socialWork, youthCare, safetyJustice, housing, health, education,
        income, other

    /// The canonical Dutch word, as files store it.
    public var dutch: String {
        switch self {
        case .household: "huishouden"
        case .municipality: "gemeente"
        case .socialWork: "sociaal-werk"
        case .youthCare: "jeugdzorg"
        case .safetyJustice: "veiligheid-justitie"
        case .housing: "wonen"
        case .health: "zorg"
        case .education: "onderwijs"
        case .income: "inkomen"
        case .other: "overig"
        }
    }

    public var english: String {
        switch self {
        case .household: "household"
        case .municipality: "municipality"
        case .socialWork: "social-work"
        case .youthCare: "youth-care"
        case .safetyJustice: "safety-justice"
        case .housing: "housing"
        case .health: "health"
        case .education: "education"
        case .income: "income"
        case .other: "other"
        }
    }

    /// Heading for people.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.household, .nl): "Huishouden"
        case (.municipality, .nl): "Gemeente"
        case (.socialWork, .nl): "Sociaal werk"
        case (.youthCare, .nl): "Jeugdzorg"
        case (.safetyJustice, .nl): "Veiligheid en justitie"
        case (.housing, .nl): "Wonen"
        case (.health, .nl): "Zorg"
        case (.education, .nl): "Onderwijs"
        case (.income, .nl): "Inkomen"
        case (.other, .nl): "Overig"
        case (.household, .en): "Household"
        case (.municipality, .en): "Municipality"
        case (.socialWork, .en): "Social work"
        case (.youthCare, .en): "Youth care"
        case (.safetyJustice, .en): "Safety and justice"
        case (.housing, .en): "Housing"
        case (.health, .en): "Health"
        case (.education, .en): "Education"
        case (.income, .en): "Income"
        case (.other, .en): "Other"
        }
    }

    /// Reads a Dutch or English word.
    public init?(word: String) {
        let w = word.trimmingSpaces().lowercased().replacingOccurrences(" ", with: "-")
        guard
            let group = Self.allCases.first(where: { $0.dutch == w || $0.english == w || $0.rawValue.lowercased() == w })
                ?? Self.synonyms[w]
        else { return nil }
        self = group
    }

    private static let synonyms: [String: ActorGroup] = [
        "gezin": .household, "inwoner": .household, "sociaal-domein": .socialWork, "jeugd": .youthCare,
        "justitie": .safetyJustice, "veiligheid": .safetyJustice, "politie": .safetyJustice,
        "huisvesting": .housing, "gezondheid": .health, "gezondheidszorg": .health, "school": .education,
        "werk-en-inkomen": .income, "schuldhulp": .income,
    ]
}

/// One lane: a person role or organisation that acts in the journey.
public struct Actor: Hashable, Sendable {
    /// Reference used by events (`actor="jeugdspecialist"`).
    public var id: String
    /// Lane name for people.
    public var name: String
    public var group: ActorGroup
    /// Optional lane colour (`#rrggbb`).
    public var colour: String?
    /// Optional position that overrides the default lane order (household first, then by group).
    public var order: Int?
    public var description: String?

    public init(
        id: String, name: String, group: ActorGroup, colour: String? = nil, order: Int? = nil,
        description: String? = nil
    ) {
        self.id = id
        self.name = name
        self.group = group
        self.colour = colour
        self.order = order
        self.description = description
    }
}
