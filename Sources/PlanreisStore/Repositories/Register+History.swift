import PlanreisModel
import SQLKit

extension Register {
    /// Every revision of a case the caller may see, oldest first; audited.
    public func history(_ id: String, caller: Caller) async throws -> [RevisionInfo] {
        try await engine.withConnection { db in
            let current = try await self.visibleRevision(db, id: id, caller: caller)
            let rows = try await db.raw(
                "SELECT revision, author, at, change FROM revisions WHERE journey_id = \(bind: id) ORDER BY revision"
            ).all().map { row in
                RevisionInfo(
                    revision: try row.decode(column: "revision", as: Int.self), author: try row.decode(column: "author", as: String.self),
                    at: try row.decode(column: "at", as: Int64.self), change: try row.decode(column: "change", as: String.self))
            }
            try await self.audit(db, caller, action: "read-history", journey: id, revision: current, purpose: Self.purpose(caller.role))
            return rows
        }
    }

    /// The journey of one revision of a case the caller may see; audited.
    public func revision(_ id: String, _ revision: Int, caller: Caller) async throws -> Journey {
        try await engine.withConnection { db in
            let current = try await self.visibleRevision(db, id: id, caller: caller)
            guard (1...current).contains(revision) else { throw StoreError.notFound }
            let journey = try await self.loadRevision(db, id: id, revision: revision)
            try await self.audit(db, caller, action: "read-revision", journey: id, revision: revision, purpose: Self.purpose(caller.role))
            return journey
        }
    }
}
