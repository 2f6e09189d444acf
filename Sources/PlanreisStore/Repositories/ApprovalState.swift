/// Where an exception with a cost stands in the four-eyes procedure.
public enum ApprovalStatus: String, Sendable, Codable, CaseIterable {
    case proposed = "voorgesteld"
    case approved = "goedgekeurd"
    case refused = "afgewezen"
}

/// One coordinator's decision on an exception.
public struct ApprovalDecision: Sendable, Equatable {
    public var user: String
    /// `goedgekeurd` or `afgewezen`.
    public var decision: ApprovalStatus
    public var reason: String
    public var at: Int64
}

/// An exception's approval: its status, the decisions so far, and what it still needs.
public struct ApprovalState: Sendable, Equatable {
    public var status: ApprovalStatus
    public var decisions: [ApprovalDecision]
    /// Approvals needed in all (one more than the setting when over a limit).
    public var required: Int
    /// True when approving it would exceed the household's or the team's limit for its year.
    public var overLimit: Bool
    /// Who proposed it (wrote the revision that introduced it).
    public var author: String
    public var costCents: Int64
}
