import PlanreisModel
import SQLKit

extension Register {
    /// Who may see a case. Team members see it; any coordinator may see and change any case's team.
    public func team(_ id: String, caller: Caller) async throws -> [String] {
        try await engine.withConnection { db in
            let revision = try await self.teamAccess(db, id: id, caller: caller)
            let members = try await self.members(db, id: id)
            try await self.audit(db, caller, action: "read-team", journey: id, revision: revision, purpose: Self.purpose(caller.role))
            return members
        }
    }

    /// Sets a case's team (coordinators only). Every member must be an existing user; the change is audited.
    public func setTeam(_ id: String, members: [String], caller: Caller) async throws -> [String] {
        guard caller.role == .coordinator else { throw StoreError.forbidden }
        let wanted = Array(Set(members)).sorted()
        guard !wanted.isEmpty else {
            throw StoreError.invalid(Localized(nl: "een team heeft minstens één lid", en: "a team has at least one member"))
        }
        return try await engine.transaction { db in
            let revision = try await self.teamAccess(db, id: id, caller: caller)
            var unknown: [String] = []
            for name in wanted where try await self.activeRole(name, db: db) == nil { unknown.append(name) }
            guard unknown.isEmpty else {
                throw StoreError.invalid(
                    Localized(
                        nl: "onbekende of uitgeschakelde gebruikers: \(unknown.joined(separator: ", "))",
                        en: "unknown or disabled users: \(unknown.joined(separator: ", "))"))
            }
            try await db.raw("DELETE FROM team_members WHERE journey_id = \(bind: id)").run()
            for name in wanted {
                try await db.raw("INSERT INTO team_members (journey_id, user_name) VALUES (\(bind: id), \(bind: name))").run()
            }
            try await self.audit(db, caller, action: "team-update", journey: id, revision: revision, purpose: Self.purpose(caller.role))
            return wanted
        }
    }

    func members(_ db: any SQLDatabase, id: String) async throws -> [String] {
        try await db.raw("SELECT user_name FROM team_members WHERE journey_id = \(bind: id) ORDER BY user_name").all().map {
            try $0.decode(column: "user_name", as: String.self)
        }
    }

    /// The current revision when the caller may see the team: a coordinator for any live case,
    /// anyone else only as a member. Otherwise `notFound`.
    private func teamAccess(_ db: any SQLDatabase, id: String, caller: Caller) async throws -> Int {
        if caller.role == .coordinator {
            guard let row = try await db.raw("SELECT revision FROM journeys WHERE id = \(bind: id) AND deleted_at IS NULL").first()
            else { throw StoreError.notFound }
            return try row.decode(column: "revision", as: Int.self)
        }
        return try await visibleRevision(db, id: id, caller: caller)
    }
}
