import SQLKit

/// Brings a database to `Migrations.current`, or explains why it cannot.
enum Migrator {
    /// The schema version recorded in the database; 0 for an empty one.
    static func version(_ db: any SQLDatabase) async throws -> Int {
        try await db.raw("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)").run()
        let row = try await db.raw("SELECT MAX(version) AS v FROM schema_version").first()
        return try row.flatMap { try $0.decode(column: "v", as: Int?.self) } ?? 0
    }

    /// Applies every step newer than the database's version, each in its own transaction.
    static func migrate(_ engine: any StoreEngine) async throws {
        let found: Int
        do {
            found = try await engine.withConnection { try await version($0) }
        } catch {
            throw StoreError.unreadable(String(describing: error))
        }
        if found > Migrations.current {
            throw StoreError.newerSchema(found: found, known: Migrations.current)
        }
        guard found < Migrations.current else { return }
        for step in (found + 1)...Migrations.current {
            let statements = Migrations.statements(step, engine.dialect)
            try await engine.transaction { db in
                // Two servers starting at once on one PostgreSQL: the second waits here and
                // then finds the step done.
                if engine.dialect == .postgres {
                    try await db.raw("LOCK TABLE schema_version IN EXCLUSIVE MODE").run()
                }
                guard try await version(db) < step else { return }
                for statement in statements { try await db.raw(SQLQueryString(statement)).run() }
                try await db.raw("INSERT INTO schema_version (version) VALUES (\(bind: step))").run()
            }
        }
    }
}
