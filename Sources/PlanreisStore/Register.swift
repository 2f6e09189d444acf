import Foundation
import NIOCore
import NIOPosix
import SQLKit

/// The case register: users, sessions, journeys with their revisions, teams, exception
/// approvals and the audit trail, in one SQL database (an SQLite file or PostgreSQL).
///
/// Holds no state another process needs: several registers may share one PostgreSQL.
public final class Register: Sendable {
    let engine: any StoreEngine
    /// Limits and approval counts for exceptions.
    public let settings: RegisterSettings
    /// Bcrypt cost for new passwords (tests lower it).
    let passwordCost: Int
    /// The clock, in seconds since 1970 (tests may inject one).
    let clock: @Sendable () -> Int64
    /// Parsed journeys by revision.
    let cache = JourneyCache()

    /// The engine's name: "sqlite" or "postgres".
    public var engineName: String { engine.dialect.rawValue }

    init(engine: any StoreEngine, settings: RegisterSettings, passwordCost: Int, clock: @escaping @Sendable () -> Int64) {
        self.engine = engine
        self.settings = settings
        self.passwordCost = passwordCost
        self.clock = clock
    }

    /// Opens the register at `database` (a `postgres://` URL) or, when nil, the SQLite file
    /// `register.sqlite` in folder `data` (created when missing), and brings its schema up to date.
    /// A corrupt or newer database throws `StoreError`, and nothing is changed.
    public static func open(
        data: String, database: String? = nil, settings: RegisterSettings = RegisterSettings(), passwordCost: Int = 11,
        connections: Int = 8, clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) async throws -> Register {
        let engine: any StoreEngine
        if let database {
            guard database.hasPrefix("postgres://") || database.hasPrefix("postgresql://") else {
                throw StoreError.badLocation(database)
            }
            do {
                engine = try EngineFactory.postgres(url: database, connections: connections, group: MultiThreadedEventLoopGroup.singleton)
            } catch {
                throw StoreError.badLocation(database)
            }
        } else {
            try FileManager.default.createDirectory(
                atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            engine = EngineFactory.sqlite(path: sqlitePath(data: data), group: MultiThreadedEventLoopGroup.singleton)
        }
        do {
            try await Migrator.migrate(engine)
        } catch let error as StoreError {
            await engine.shutdown()
            throw error
        } catch {
            await engine.shutdown()
            throw StoreError.unreadable(String(String(reflecting: error).prefix(300)))
        }
        return Register(engine: engine, settings: settings, passwordCost: passwordCost, clock: clock)
    }

    /// The SQLite file of a data folder.
    public static func sqlitePath(data: String) -> String {
        (data as NSString).appendingPathComponent("register.sqlite")
    }

    /// Closes every connection.
    public func close() async {
        await engine.shutdown()
    }

    /// Checks that the database answers (for `/healthz`).
    public func ping() async throws {
        _ = try await engine.withConnection { try await $0.raw("SELECT 1 AS one").first() }
    }

    var now: Int64 { clock() }

    /// The register's clock, in seconds since 1970.
    public var currentTime: Int64 { clock() }
}

extension Register {
    /// Runs one SQL statement (tests and maintenance inside the package only).
    package func execute(_ sql: String) async throws {
        try await engine.withConnection { try await $0.raw(SQLQueryString(sql)).run() }
    }
}
