import SQLKit

/// The register's schema, as numbered steps. Each step runs once, in order, in its own
/// transaction at start-up; `schema_version` records the last one applied. A database whose
/// version is newer than this code knows is refused, never touched.
enum Migrations {
    /// The schema version this code writes.
    static let current = 1

    /// The statements of step `version` for `dialect`.
    static func statements(_ version: Int, _ dialect: Dialect) -> [String] {
        switch version {
        case 1: version1(dialect)
        default: []
        }
    }

    private static func version1(_ d: Dialect) -> [String] {
        [
            """
            CREATE TABLE users (
                name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0, created_at \(d.bigint) NOT NULL)
            """,
            """
            CREATE TABLE login_failures (
                id \(d.autoIncrementKey), user_name TEXT NOT NULL, at \(d.bigint) NOT NULL)
            """,
            "CREATE INDEX login_failures_user ON login_failures (user_name, at)",
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users (name),
                csrf_token TEXT NOT NULL, created_at \(d.bigint) NOT NULL, expires_at \(d.bigint) NOT NULL)
            """,
            """
            CREATE TABLE journeys (
                id TEXT PRIMARY KEY, revision INTEGER NOT NULL, pseudonym TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL, municipality TEXT, first_year INTEGER,
                created_by TEXT NOT NULL, created_at \(d.bigint) NOT NULL, updated_at \(d.bigint) NOT NULL,
                deleted_at \(d.bigint), delete_reason TEXT,
                closed_at \(d.bigint), retention_class TEXT, retain_until \(d.bigint))
            """,
            """
            CREATE TABLE revisions (
                journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE, revision INTEGER NOT NULL,
                document TEXT NOT NULL, author TEXT NOT NULL, at \(d.bigint) NOT NULL, change TEXT NOT NULL,
                PRIMARY KEY (journey_id, revision))
            """,
            """
            CREATE TABLE team_members (
                journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE, user_name TEXT NOT NULL,
                PRIMARY KEY (journey_id, user_name))
            """,
            "CREATE INDEX team_members_user ON team_members (user_name)",
            """
            CREATE TABLE exceptions (
                journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE, event_id TEXT NOT NULL,
                author TEXT NOT NULL, status TEXT NOT NULL, cost_cents \(d.bigint) NOT NULL, year INTEGER,
                municipality TEXT, required_approvals INTEGER NOT NULL, over_limit INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (journey_id, event_id))
            """,
            """
            CREATE TABLE approval_decisions (
                id \(d.autoIncrementKey), journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
                event_id TEXT NOT NULL, user_name TEXT NOT NULL, decision TEXT NOT NULL, reason TEXT NOT NULL,
                at \(d.bigint) NOT NULL)
            """,
            """
            CREATE TABLE audit (
                id \(d.autoIncrementKey), at \(d.bigint) NOT NULL, user_name TEXT NOT NULL, role TEXT NOT NULL,
                action TEXT NOT NULL, journey_id TEXT, event_id TEXT, revision INTEGER, purpose TEXT NOT NULL,
                client TEXT NOT NULL)
            """,
            "CREATE INDEX audit_journey ON audit (journey_id, at)",
        ]
    }
}
