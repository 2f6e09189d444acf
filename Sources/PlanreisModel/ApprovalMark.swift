/// Where an exception stands in the four-eyes approval of its cost, as a file records it
/// (`approval` in JSON and XML, `goedkeuring` in the spreadsheet, `planreis:approval` in XES).
/// The register takes it over when a file is imported; absent means *voorgesteld*.
public enum ApprovalMark: String, CaseIterable, Sendable {
    case proposed = "voorgesteld"
    case approved = "goedgekeurd"
    case refused = "afgewezen"

    /// The Dutch word (`goedgekeurd`) or the English one (`approved`), in any case.
    public init?(word: String) {
        switch word.trimmingSpaces().lowercased() {
        case "voorgesteld", "proposed": self = .proposed
        case "goedgekeurd", "approved": self = .approved
        case "afgewezen", "refused", "rejected": self = .refused
        default: return nil
        }
    }

    /// The words a reader accepts, for error hints.
    public static let acceptedWords = "voorgesteld, goedgekeurd, afgewezen (proposed, approved, refused)"
}
