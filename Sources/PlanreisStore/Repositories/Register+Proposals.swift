import PlanreisModel
import SQLKit

/// One exception waiting for coordinators' decisions, as the approvals page shows it: the case
/// under its pseudonym, never its id. The caller strips names and free text before showing it.
public struct Proposal: Sendable {
    public var pseudonym: String
    public var eventID: String
    /// The case's current revision (for its legitimation and cost-benefit).
    public var journey: Journey
    public var state: ApprovalState
    /// The calendar year the exception counts in.
    public var year: Int
    /// Approved exception cost of this household (case) in `year`.
    public var householdApprovedCents: Int64
    /// Approved exception cost of its team (the case's municipality) in `year`.
    public var teamApprovedCents: Int64
}

extension Register {
    /// Every proposal waiting in the organisation, for a coordinator, whatever teams they are on
    /// (they judge without names, as in a group app). One audit row per case shown
    /// (`read-approvals`).
    public func proposals(caller: Caller) async throws -> [Proposal] {
        guard caller.role == .coordinator else { throw StoreError.forbidden }
        return try await engine.withConnection { db in
            let rows = try await db.raw(
                """
                SELECT e.journey_id, e.event_id, e.year, e.municipality, j.revision, j.pseudonym FROM exceptions e
                JOIN journeys j ON j.id = e.journey_id
                WHERE e.status = 'voorgesteld' AND j.deleted_at IS NULL ORDER BY j.pseudonym, e.event_id
                """
            ).all()
            var proposals: [Proposal] = []
            var audited = Set<String>()
            for row in rows {
                let id = try row.decode(column: "journey_id", as: String.self)
                let eventID = try row.decode(column: "event_id", as: String.self)
                let revision = try row.decode(column: "revision", as: Int.self)
                let year = try row.decode(column: "year", as: Int.self)
                let municipality = try row.decode(column: "municipality", as: String?.self)
                guard let state = try await self.approvalStates(db, id: id)[eventID] else { continue }
                let journey = try await self.loadRevision(db, id: id, revision: revision)
                let household = try await db.raw(
                    """
                    SELECT CAST(COALESCE(SUM(cost_cents), 0) AS BIGINT) AS s FROM exceptions
                    WHERE journey_id = \(bind: id) AND year = \(bind: year) AND status = 'goedgekeurd'
                    """
                ).first()
                let team = try await db.raw(
                    """
                    SELECT CAST(COALESCE(SUM(e.cost_cents), 0) AS BIGINT) AS s FROM exceptions e JOIN journeys j ON j.id = e.journey_id
                    WHERE COALESCE(e.municipality, '') = \(bind: municipality ?? "") AND e.year = \(bind: year)
                    AND e.status = 'goedgekeurd' AND j.deleted_at IS NULL
                    """
                ).first()
                proposals.append(
                    Proposal(
                        pseudonym: try row.decode(column: "pseudonym", as: String.self), eventID: eventID, journey: journey, state: state,
                        year: year, householdApprovedCents: try household?.decode(column: "s", as: Int64.self) ?? 0,
                        teamApprovedCents: try team?.decode(column: "s", as: Int64.self) ?? 0))
                if audited.insert(id).inserted {
                    try await self.audit(
                        db, caller, action: "read-approvals", journey: id, revision: revision, purpose: Self.purpose(caller.role))
                }
            }
            return proposals
        }
    }

    /// A coordinator's decision on a proposal named by its case's pseudonym (the approvals
    /// page), with the same four-eyes rules as `decide`; the coordinator need not be on the team.
    public func decide(
        pseudonym: String, event eventID: String, approve: Bool, reason: String, caller: Caller
    ) async throws -> ApprovalState {
        guard caller.role == .coordinator else { throw StoreError.forbidden }
        let row = try await engine.withConnection { db in
            try await db.raw("SELECT id FROM journeys WHERE pseudonym = \(bind: pseudonym) AND deleted_at IS NULL").first()
        }
        guard let id = try row?.decode(column: "id", as: String.self) else { throw StoreError.notFound }
        return try await decide(id, event: eventID, approve: approve, reason: reason, caller: caller, organisationWide: true)
    }

    /// The current revision of a live case, for a coordinator deciding organisation-wide.
    func liveRevision(_ db: any SQLDatabase, id: String) async throws -> Int {
        guard let row = try await db.raw("SELECT revision FROM journeys WHERE id = \(bind: id) AND deleted_at IS NULL").first()
        else { throw StoreError.notFound }
        return try row.decode(column: "revision", as: Int.self)
    }
}
