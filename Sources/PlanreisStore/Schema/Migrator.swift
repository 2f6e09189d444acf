import SQLKit

/// Brings a database to `Migrations.current`, or explains why it cannot.
enum Migrator {
    /// The PostgreSQL advisory lock that serialises migrations of servers starting at once.
    static let lockKey = 7_364_201_300

    /// The schema version recorded in the database; 0 for an empty one.
    static func version(_ db: any SQLDatabase) async throws -> Int {
        try await db.raw("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)").run()
        let row = try await db.raw("SELECT MAX(version) AS v FROM schema_version").first()
        return try row.flatMap { try $0.decode(column: "v", as: Int?.self) } ?? 0
    }

    /// Applies every step newer than the database's version, each in its own transaction, on one
    /// connection. On PostgreSQL an advisory lock makes a second server starting at the same
    /// time wait, then find the steps done; on SQLite `BEGIN IMMEDIATE` does the same.
    static func migrate(_ engine: any StoreEngine) async throws {
        let dialect = engine.dialect
        try await engine.withConnection { db in
            if dialect == .postgres {
                try await unreadable { try await db.raw("SELECT pg_advisory_lock(\(bind: lockKey))").run() }
            }
            do {
                try await apply(db, dialect: dialect)
            } catch {
                if dialect == .postgres { try? await db.raw("SELECT pg_advisory_unlock(\(bind: lockKey))").run() }
                throw error
            }
            if dialect == .postgres { try await db.raw("SELECT pg_advisory_unlock(\(bind: lockKey))").run() }
        }
    }

    private static func apply(_ db: any SQLDatabase, dialect: Dialect) async throws {
        let found = try await unreadable { try await version(db) }
        if found > Migrations.current {
            throw StoreError.newerSchema(found: found, known: Migrations.current)
        }
        guard found < Migrations.current else { return }
        for step in (found + 1)...Migrations.current {
            try await db.raw(SQLQueryString(dialect.begin)).run()
            do {
                guard try await version(db) < step else {
                    try await db.raw("COMMIT").run()
                    continue
                }
                for statement in Migrations.statements(step, dialect) { try await db.raw(SQLQueryString(statement)).run() }
                try await db.raw("INSERT INTO schema_version (version) VALUES (\(bind: step))").run()
                try await db.raw("COMMIT").run()
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Runs `body`, turning a database error into `StoreError.unreadable` with its detail.
    private static func unreadable<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unreadable(String(reflecting: error).prefix(300).description)
        }
    }
}
