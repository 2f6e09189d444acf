import HummingbirdBcrypt
import PlanreisModel
import SQLKit

extension Register {
    /// Adds a user. Names are 1–64 characters of letters, digits, `.`, `-`, `_`; passwords at least 10 characters.
    public func addUser(_ name: String, role: Role, password: String) async throws {
        guard Self.isValidUserName(name) else {
            throw StoreError.invalid(
                Localized(
                    nl: "ongeldige gebruikersnaam \"\(name)\"; gebruik 1 tot 64 letters, cijfers, '.', '-' of '_'",
                    en: "invalid user name \"\(name)\"; use 1 to 64 letters, digits, '.', '-' or '_'"))
        }
        guard password.count >= 10 else {
            throw StoreError.invalid(
                Localized(nl: "het wachtwoord moet minstens 10 tekens hebben", en: "the password must have at least 10 characters"))
        }
        let hash = Bcrypt.hash(password, cost: UInt8(passwordCost))
        let now = self.now
        try await engine.transaction { db in
            if try await db.raw("SELECT name FROM users WHERE name = \(bind: name)").first() != nil {
                throw StoreError.conflict(
                    Localized(nl: "gebruiker \"\(name)\" bestaat al", en: "user \"\(name)\" already exists"))
            }
            try await db.raw(
                "INSERT INTO users (name, role, password_hash, disabled, created_at) VALUES (\(bind: name), \(bind: role.rawValue), \(bind: hash), 0, \(bind: now))"
            ).run()
        }
    }

    /// Every user, by name.
    public func users() async throws -> [UserInfo] {
        try await engine.withConnection { db in
            try await db.raw("SELECT name, role, disabled, created_at FROM users ORDER BY name").all().map { row in
                UserInfo(
                    name: try row.decode(column: "name", as: String.self),
                    role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .professional,
                    disabled: try row.decode(column: "disabled", as: Int.self) != 0,
                    createdAt: try row.decode(column: "created_at", as: Int64.self))
            }
        }
    }

    /// Disables a user and ends their sessions.
    public func disableUser(_ name: String) async throws {
        try await engine.transaction { db in
            guard try await db.raw("SELECT name FROM users WHERE name = \(bind: name)").first() != nil else {
                throw StoreError.invalid(Localized(nl: "gebruiker \"\(name)\" bestaat niet", en: "user \"\(name)\" does not exist"))
            }
            try await db.raw("UPDATE users SET disabled = 1 WHERE name = \(bind: name)").run()
            try await db.raw("DELETE FROM sessions WHERE user_name = \(bind: name)").run()
        }
    }

    /// The role of an active user, or nil.
    func activeRole(_ name: String, db: any SQLDatabase) async throws -> Role? {
        guard let row = try await db.raw("SELECT role, disabled FROM users WHERE name = \(bind: name)").first(),
            try row.decode(column: "disabled", as: Int.self) == 0
        else { return nil }
        return Role(rawValue: try row.decode(column: "role", as: String.self))
    }

    static func isValidUserName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
            }
    }
}
