import Foundation
import PlanreisModel
import SQLKit

/// How long a closed case is kept.
public enum RetentionClass: String, Sendable, CaseIterable {
    /// Youth care: 20 years after closing (Jeugdwet, art. 7.3.8).
    case jeugdhulp
    /// Other social support: 15 years after closing.
    case wmo

    /// Years kept after closing.
    public var years: Int {
        switch self {
        case .jeugdhulp: 20
        case .wmo: 15
        }
    }
}

/// A case past its retention period.
public struct ExpiredCase: Sendable, Equatable {
    public var id: String
    public var pseudonym: String
    public var retainUntil: Int64
}

extension Register {
    /// Closes a case with a retention class (coordinator on its team), audited.
    public func close(_ id: String, retention: RetentionClass = .jeugdhulp, caller: Caller) async throws -> Int64 {
        guard caller.role == .coordinator else { throw StoreError.forbidden }
        let now = self.now
        let until = now + Int64(retention.years) * 365 * 86_400 + Int64(retention.years / 4) * 86_400
        try await engine.transaction { db in
            let revision = try await self.visibleRevision(db, id: id, caller: caller)
            try await db.raw(
                "UPDATE journeys SET closed_at = \(bind: now), retention_class = \(bind: retention.rawValue), retain_until = \(bind: until) WHERE id = \(bind: id)"
            ).run()
            try await self.audit(db, caller, action: "close", journey: id, revision: revision, purpose: Self.purpose(caller.role))
        }
        return until
    }

    /// Cases whose retention has passed; with `dryRun` false they are deleted with all their
    /// revisions, each deletion audited under `operator`.
    public func purge(dryRun: Bool, operator name: String) async throws -> [ExpiredCase] {
        let now = self.now
        return try await engine.transaction { db in
            let expired = try await db.raw(
                "SELECT id, pseudonym, retain_until FROM journeys WHERE retain_until IS NOT NULL AND retain_until < \(bind: now) ORDER BY id"
            ).all().map { row in
                ExpiredCase(
                    id: try row.decode(column: "id", as: String.self), pseudonym: try row.decode(column: "pseudonym", as: String.self),
                    retainUntil: try row.decode(column: "retain_until", as: Int64.self))
            }
            guard !dryRun else { return expired }
            let caller = Caller(name: name, role: .admin, client: "cli")
            for item in expired {
                for table in ["approval_decisions", "exceptions", "team_members", "revisions"] {
                    try await db.raw("DELETE FROM \(unsafeRaw: table) WHERE journey_id = \(bind: item.id)").run()
                }
                try await db.raw("DELETE FROM journeys WHERE id = \(bind: item.id)").run()
                try await self.audit(db, caller, action: "purge", journey: item.id, purpose: "bewaartermijn")
            }
            return expired
        }
    }

    /// Writes a consistent snapshot of the register to `path` while it is in use: for SQLite a
    /// copy of the database (`VACUUM INTO`), for PostgreSQL the portable logical dump
    /// (`dump(to:)`, one `REPEATABLE READ` transaction) that `restoreDump` reads back.
    public func backup(to path: String) async throws {
        guard engine.dialect == .sqlite else {
            _ = try await dump(to: path)
            return
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.invalid(Localized(nl: "\"\(path)\" bestaat al", en: "\"\(path)\" already exists"))
        }
        try await engine.withConnection { db in try await db.raw("VACUUM INTO \(bind: path)").run() }
    }
}
