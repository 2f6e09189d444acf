extension LinkKind {
    /// The canonical Dutch word, as the spreadsheet (`lost-op:o1`) and JSON write it.
    public var dutch: String {
        switch self {
        case .resolves: "lost-op"
        case .answers: "beantwoordt"
        case .delivers: "levert"
        case .relates: "zie-ook"
        }
    }

    /// Reads a Dutch or English word (`lost-op`, `resolves`, …), case-insensitively.
    public init?(word: String) {
        let w = word.trimmingSpaces().lowercased().replacingOccurrences(" ", with: "-")
        switch w {
        case "lost-op", "lostop", "resolves", "oplossing": self = .resolves
        case "beantwoordt", "antwoord-op", "answers": self = .answers
        case "levert", "uitvoering", "delivers": self = .delivers
        case "zie-ook", "zieook", "verwant", "relates", "see-also": self = .relates
        default: return nil
        }
    }

    /// The accepted words, for hints.
    public static var acceptedWords: String { allCases.map(\.dutch).joined(separator: ", ") }
}
