import ArgumentParser
import Dispatch
import Foundation
import PlanreisModel
import PlanreisStore

/// Where the register lives: `--data DIR` (SQLite) or `--database postgres://…`.
struct StoreOptions: ParsableArguments {
    @Option(help: "Map voor het SQLite-register (standaard ./planreis-data).")
    var data: String = "planreis-data"

    @Option(help: "PostgreSQL in plaats van SQLite: postgres://gebruiker:wachtwoord@host:5432/database (of zet PLANREIS_DATABASE_URL).")
    var database: String?

    @Option(help: "Instellingen voor uitzonderingen (JSON): householdLimitCents, teamLimitCents, approvals.")
    var settings: String?

    /// `--database`, else the environment's `PLANREIS_DATABASE_URL`, else nil (SQLite).
    var databaseURL: String? {
        database ?? ProcessInfo.processInfo.environment["PLANREIS_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Opens the register, reporting a store error in the user's language (exit 1).
    func open(language: Language = .nl) async throws -> Register {
        do {
            let settings = try self.settings.map { try RegisterSettings.read(path: $0) } ?? RegisterSettings()
            return try await Register.open(data: data, database: databaseURL, settings: settings)
        } catch let error as StoreError {
            Console.error((language == .nl ? "fout: " : "error: ") + error.message(language))
            throw ExitCode(1)
        }
    }
}

/// Runs async work from the synchronous command line, waiting for its result.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let semaphore = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            semaphore.signal()
        }
        semaphore.wait()
        return try box.result!.get()
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
