import PlanreisModel

/// A case as the register holds it: its register id, revision and journey.
public struct StoredJourney: Sendable {
    /// The register's id (random; never the journey's own id, which may contain names).
    public var id: String
    public var revision: Int
    public var journey: Journey
    /// The approval state of each exception with a cost, by event id.
    public var approvals: [String: ApprovalState]
}

/// One line of `GET /journeys`.
public struct JourneySummary: Sendable, Equatable {
    public var id: String
    public var revision: Int
    public var title: String
    public var municipality: String?
    public var updatedAt: Int64
    /// The author of the current revision.
    public var updatedBy: String = ""
    /// Whether the case is closed (its retention period has started).
    public var closed: Bool = false
    /// Exceptions of the case waiting for approval (`voorgesteld`).
    public var waitingProposals: Int = 0
}

/// One revision in a case's history.
public struct RevisionInfo: Sendable, Equatable {
    public var revision: Int
    public var author: String
    public var at: Int64
    /// What the revision did: create, update, event-add, event-update, event-delete, restore.
    public var change: String
}

/// What a write changed, for the audit trail and the history.
public struct JourneyChange: Sendable {
    public var action: String
    public var event: String?

    public init(_ action: String, event: String? = nil) {
        self.action = action
        self.event = event
    }
}
