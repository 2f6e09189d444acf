import PlanreisModel
import SQLKit

/// A case as policy sees it: under its pseudonym, with its exceptions' approval states.
public struct PolicyCase: Sendable {
    public var pseudonym: String
    public var journey: Journey
    public var approvals: [String: ApprovalState]
}

extension Register {
    /// Every live case for the budget and cohort figures (policy only; one audit row per call).
    /// The caller must strip names and free text before showing anything.
    public func policyCases(caller: Caller, action: String) async throws -> [PolicyCase] {
        guard caller.role == .policy else { throw StoreError.forbidden }
        return try await engine.withConnection { db in
            let rows = try await db.raw("SELECT id, revision, pseudonym FROM journeys WHERE deleted_at IS NULL ORDER BY pseudonym").all()
            var cases: [PolicyCase] = []
            for row in rows {
                let id = try row.decode(column: "id", as: String.self)
                let journey = try await self.loadRevision(db, id: id, revision: try row.decode(column: "revision", as: Int.self))
                cases.append(
                    PolicyCase(
                        pseudonym: try row.decode(column: "pseudonym", as: String.self), journey: journey,
                        approvals: try await self.approvalStates(db, id: id)))
            }
            try await self.audit(db, caller, action: action, purpose: Self.purpose(caller.role))
            return cases
        }
    }
}
