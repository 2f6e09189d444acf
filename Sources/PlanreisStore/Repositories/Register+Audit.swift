import Foundation
import PlanreisModel
import SQLKit

/// One row of the audit trail: who did what to which case, when, from where. Never case content.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int64
    public var at: Int64
    public var user: String
    public var role: String
    public var action: String
    public var journey: String?
    public var event: String?
    public var revision: Int?
    public var purpose: String
    public var client: String
}

/// Which audit rows to return.
public struct AuditQuery: Sendable {
    public var journey: String?
    public var user: String?
    public var from: Int64?
    public var to: Int64?
    public var limit: Int = 10_000

    public init(journey: String? = nil, user: String? = nil, from: Int64? = nil, to: Int64? = nil) {
        self.journey = journey
        self.user = user
        self.from = from
        self.to = to
    }
}

extension Register {
    /// Appends one audit row inside the caller's transaction (`db`), so that the row and the change
    /// it records are committed together or not at all.
    func audit(
        _ db: any SQLDatabase, _ caller: Caller, action: String, journey: String? = nil, event: String? = nil,
        revision: Int? = nil, purpose: String
    ) async throws {
        try await db.raw(
            """
            INSERT INTO audit (at, user_name, role, action, journey_id, event_id, revision, purpose, client)
            VALUES (\(bind: now), \(bind: caller.name), \(bind: caller.role.rawValue), \(bind: action), \(bind: journey),
            \(bind: event), \(bind: revision), \(bind: purpose), \(bind: caller.client))
            """
        ).run()
    }

    /// Records a read before its response is sent (its own transaction).
    public func auditRead(
        _ caller: Caller, action: String = "read", journey: String?, event: String? = nil, revision: Int? = nil
    )
        async throws
    {
        try await engine.withConnection { db in
            try await self.audit(
                db, caller, action: action, journey: journey, event: event, revision: revision, purpose: Self.purpose(caller.role))
        }
    }

    /// The purpose recorded for a role's access: a professional's comes from team membership.
    static func purpose(_ role: Role) -> String {
        switch role {
        case .professional: "teamlid"
        case .coordinator: "coordinatie"
        case .policy: "beleid"
        case .researcher: "onderzoek"
        case .admin: "beheer"
        }
    }

    /// Audit rows, oldest first; admin only, and the query is itself audited.
    public func auditEntries(_ query: AuditQuery, caller: Caller) async throws -> [AuditEntry] {
        guard caller.role == .admin else { throw StoreError.forbidden }
        return try await engine.withConnection { db in
            var sql = SQLQueryString(
                "SELECT id, at, user_name, role, action, journey_id, event_id, revision, purpose, client FROM audit WHERE 1 = 1")
            if let journey = query.journey {
                sql.appendInterpolation(unsafeRaw: " AND journey_id = "); sql.appendInterpolation(bind: journey)
            }
            if let user = query.user { sql.appendInterpolation(unsafeRaw: " AND user_name = "); sql.appendInterpolation(bind: user) }
            if let from = query.from { sql.appendInterpolation(unsafeRaw: " AND at >= "); sql.appendInterpolation(bind: from) }
            if let to = query.to { sql.appendInterpolation(unsafeRaw: " AND at <= "); sql.appendInterpolation(bind: to) }
            sql.appendInterpolation(unsafeRaw: " ORDER BY id LIMIT \(query.limit)")
            let rows = try await db.raw(sql).all().map { row in
                AuditEntry(
                    id: try row.decode(column: "id", as: Int64.self), at: try row.decode(column: "at", as: Int64.self),
                    user: try row.decode(column: "user_name", as: String.self), role: try row.decode(column: "role", as: String.self),
                    action: try row.decode(column: "action", as: String.self),
                    journey: try row.decode(column: "journey_id", as: String?.self),
                    event: try row.decode(column: "event_id", as: String?.self),
                    revision: try row.decode(column: "revision", as: Int?.self),
                    purpose: try row.decode(column: "purpose", as: String.self), client: try row.decode(column: "client", as: String.self))
            }
            try await self.audit(db, caller, action: "read-audit", purpose: "beheer")
            return rows
        }
    }
}
