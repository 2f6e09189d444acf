import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// The SQL engine behind the register. Everything engine-specific lives here and in `Dialect`;
/// the repositories speak SQLKit only.
package enum Dialect: String, Sendable {
    case sqlite, postgres

    /// The column type of an auto-numbered primary key.
    var autoIncrementKey: String {
        switch self {
        case .sqlite: "INTEGER PRIMARY KEY AUTOINCREMENT"
        case .postgres: "BIGSERIAL PRIMARY KEY"
        }
    }

    /// The statement that opens a write transaction. SQLite takes its write lock at once, so two
    /// writers never deadlock upgrading a read lock.
    var begin: String {
        switch self {
        case .sqlite: "BEGIN IMMEDIATE"
        case .postgres: "BEGIN"
        }
    }

    /// The type of a long text column.
    var text: String { "TEXT" }
    /// The type of a 64-bit integer column.
    var bigint: String { "BIGINT" }
}

/// A pool of connections to one database, handing out SQLKit databases.
package protocol StoreEngine: Sendable {
    var dialect: Dialect { get }
    /// Runs `body` on one connection of the pool.
    func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Closes every connection.
    func shutdown() async
}

/// A connection pool over any AsyncKit source.
final class PooledEngine<Source: ConnectionPoolSource>: StoreEngine, @unchecked Sendable {
    let dialect: Dialect
    private let pool: EventLoopGroupConnectionPool<Source>
    private let sql: @Sendable (Source.Connection) -> any SQLDatabase

    init(
        dialect: Dialect, source: Source, connections: Int, eventLoopGroup: any EventLoopGroup,
        sql: @escaping @Sendable (Source.Connection) -> any SQLDatabase
    ) {
        self.dialect = dialect
        self.sql = sql
        var logger = Logger(label: "planreis.store.pool")
        logger.logLevel = .critical
        pool = EventLoopGroupConnectionPool(
            source: source, maxConnectionsPerEventLoop: connections, requestTimeout: .seconds(30), pruneInterval: nil,
            logger: logger, on: eventLoopGroup)
    }

    func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await pool.requestConnection().get()
        defer { pool.releaseConnection(connection) }
        return try await body(sql(connection))
    }

    func shutdown() async {
        try? await pool.shutdownAsync()
    }
}

/// SQLite connections set up for a register: write-ahead log, every commit on disk before it is
/// acknowledged, and a wait instead of an error when another process holds the lock.
struct DurableSQLiteSource: ConnectionPoolSource {
    let inner: SQLiteConnectionSource

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        inner.makeConnection(logger: logger, on: eventLoop).flatMap { connection in
            connection.query("PRAGMA journal_mode = WAL")
                .flatMap { _ in connection.query("PRAGMA synchronous = FULL") }
                .flatMap { _ in connection.query("PRAGMA busy_timeout = 10000") }
                .map { _ in connection }
                .flatMapError { error in connection.close().flatMapThrowing { throw error } }
        }
    }
}

extension StoreEngine {
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let begin = dialect.begin
        return try await withConnection { db in
            try await db.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}

/// Opens the engine a location names.
enum EngineFactory {
    static func sqlite(path: String, group: any EventLoopGroup) -> any StoreEngine {
        let source = DurableSQLiteSource(
            inner: SQLiteConnectionSource(configuration: SQLiteConfiguration(storage: .file(path: path), enableForeignKeys: true)))
        // One connection: SQLite has one writer at a time anyway, and one connection never sees
        // SQLITE_BUSY from itself.
        let single = MultiThreadedEventLoopGroup.singleton.next()
        return PooledEngine(dialect: .sqlite, source: source, connections: 1, eventLoopGroup: single) { $0.sql() }
    }

    static func postgres(url: String, connections: Int, group: any EventLoopGroup) throws -> any StoreEngine {
        let configuration = try SQLPostgresConfiguration(url: url)
        let source = PostgresConnectionSource(sqlConfiguration: configuration)
        return PooledEngine(dialect: .postgres, source: source, connections: connections, eventLoopGroup: group) { $0.sql() }
    }
}
