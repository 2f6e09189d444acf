import HummingbirdBcrypt
import PlanreisAnalysis
import PlanreisText
import SQLKit

/// A session after a successful login: the cookie's token and the CSRF token.
public struct SessionGrant: Sendable {
    public var token: String
    public var csrfToken: String
    public var caller: Caller
    public var expiresAt: Int64
}

/// A session found by its token.
public struct SessionInfo: Sendable {
    public var caller: Caller
    public var csrfToken: String
}

extension Register {
    /// Failed logins allowed per name within `throttleWindow` before logins are refused.
    static let maxFailures = 5
    /// Seconds over which failures count.
    static let throttleWindow: Int64 = 15 * 60
    /// Seconds a session lasts.
    static let sessionLifetime: Int64 = 12 * 3600

    /// Checks a password and opens a session. Failures are counted per name; past
    /// `maxFailures` in `throttleWindow` every attempt is refused until the window passes.
    /// Success and failure are both audited.
    public func login(_ name: String, password: String, client: String) async throws -> SessionGrant {
        let now = self.now
        let since = now - Self.throttleWindow
        let stored: (hash: String, role: Role, disabled: Bool)? = try await engine.withConnection { db in
            let failures = try await db.raw(
                "SELECT COUNT(*) AS n, MIN(at) AS first FROM login_failures WHERE user_name = \(bind: name) AND at > \(bind: since)"
            ).first()
            let count = try failures?.decode(column: "n", as: Int.self) ?? 0
            if count >= Self.maxFailures {
                let first = try failures.flatMap { try $0.decode(column: "first", as: Int64?.self) } ?? now
                throw StoreError.throttled(retryAfter: Int(max(1, first + Self.throttleWindow - now)))
            }
            guard let row = try await db.raw("SELECT password_hash, role, disabled FROM users WHERE name = \(bind: name)").first()
            else { return nil }
            return (
                try row.decode(column: "password_hash", as: String.self),
                Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .professional,
                try row.decode(column: "disabled", as: Int.self) != 0
            )
        }
        // A bcrypt check runs for unknown names too, so timing does not tell which names exist.
        let hash = stored?.hash ?? Self.dummyHash
        let matches = Bcrypt.verify(password, hash: hash)
        guard let stored, matches, !stored.disabled else {
            try await engine.transaction { db in
                try await db.raw("INSERT INTO login_failures (user_name, at) VALUES (\(bind: name), \(bind: now))").run()
                try await self.audit(
                    db, Caller(name: String(name.prefix(64)), role: stored?.role ?? .professional, client: client), action: "login-failed",
                    purpose: "aanmelden")
            }
            throw StoreError.badCredentials
        }
        let caller = Caller(name: name, role: stored.role, client: client)
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        let expires = now + Self.sessionLifetime
        try await engine.transaction { db in
            try await db.raw("DELETE FROM login_failures WHERE user_name = \(bind: name)").run()
            try await db.raw("DELETE FROM sessions WHERE expires_at < \(bind: now)").run()
            try await db.raw(
                "INSERT INTO sessions (token_hash, user_name, csrf_token, created_at, expires_at) VALUES (\(bind: Self.tokenHash(token)), \(bind: name), \(bind: csrf), \(bind: now), \(bind: expires))"
            ).run()
            try await self.audit(db, caller, action: "login", purpose: "aanmelden")
        }
        return SessionGrant(token: token, csrfToken: csrf, caller: caller, expiresAt: expires)
    }

    /// The live session of a token from a cookie, or nil (unknown, expired, or user disabled).
    public func session(token: String, client: String) async throws -> SessionInfo? {
        let now = self.now
        return try await engine.withConnection { db in
            guard
                let row = try await db.raw(
                    """
                    SELECT s.user_name, s.csrf_token, u.role FROM sessions s JOIN users u ON u.name = s.user_name
                    WHERE s.token_hash = \(bind: Self.tokenHash(token)) AND s.expires_at > \(bind: now) AND u.disabled = 0
                    """
                ).first(),
                let role = Role(rawValue: try row.decode(column: "role", as: String.self))
            else { return nil }
            return SessionInfo(
                caller: Caller(name: try row.decode(column: "user_name", as: String.self), role: role, client: client),
                csrfToken: try row.decode(column: "csrf_token", as: String.self))
        }
    }

    /// Ends a session (logout), audited.
    public func logout(token: String, caller: Caller) async throws {
        try await engine.transaction { db in
            try await db.raw("DELETE FROM sessions WHERE token_hash = \(bind: Self.tokenHash(token))").run()
            try await self.audit(db, caller, action: "logout", purpose: "aanmelden")
        }
    }

    /// Checked against for unknown names.
    static let dummyHash = Bcrypt.hash("planreis-no-such-user", cost: 10)

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format2: UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(Array(token.utf8)).map { String(format2: $0) }.joined()
    }
}

extension String {
    /// Two lower-case hex digits.
    init(format2 byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self.init([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
