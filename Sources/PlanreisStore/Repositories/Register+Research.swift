import PlanreisModel
import SQLKit

extension Register {
    /// Every live case for a researcher's anonymised export, optionally only those whose first
    /// event falls in `year` (researcher only; one audit row per call, naming no case). The
    /// caller must anonymise them before anything leaves the server.
    public func researchCases(caller: Caller, year: Int?) async throws -> [Journey] {
        guard caller.role == .researcher else { throw StoreError.forbidden }
        return try await engine.withConnection { db in
            var sql: SQLQueryString = "SELECT id, revision FROM journeys WHERE deleted_at IS NULL"
            if let year {
                sql.appendInterpolation(unsafeRaw: " AND first_year = ")
                sql.appendInterpolation(bind: year)
            }
            sql.appendInterpolation(unsafeRaw: " ORDER BY pseudonym")
            var journeys: [Journey] = []
            for row in try await db.raw(sql).all() {
                journeys.append(
                    try await self.loadRevision(
                        db, id: try row.decode(column: "id", as: String.self), revision: try row.decode(column: "revision", as: Int.self)))
            }
            try await self.audit(db, caller, action: "research-export", purpose: Self.purpose(caller.role))
            return journeys
        }
    }
}
