import Foundation
import PlanreisFormats
import PlanreisStore
import Testing

/// `planreis register backup` on PostgreSQL writes a logical dump; `restore` reads it into an
/// empty register of either engine. The suite also runs on SQLite, whose registers can be
/// dumped the same way (moving a register between engines).
@Suite("Register: logical dump and restore")
struct DumpTests {
    /// Empty registers to restore into: always a new SQLite folder, and with PostgreSQL a new
    /// database on the test cluster (dropped by the caller).
    static func emptyTargets() async throws -> [(name: String, register: Register, database: String?)] {
        var targets: [(name: String, register: Register, database: String?)] = []
        if let url = TestEngine.postgresURL, let slash = url.range(of: "/", options: .backwards) {
            let name = "planreis_restore_" + UUID().uuidString.prefix(8).lowercased()
            try await onPostgres("CREATE DATABASE \(name)")
            let target = String(url[..<slash.upperBound]) + name + (url.range(of: "?").map { String(url[$0.lowerBound...]) } ?? "")
            targets.append(("postgres", try await Register.open(data: "", database: target, passwordCost: 4, connections: 2), name))
        }
        targets.append(("sqlite", try await Register.open(data: TestFolder.make(), passwordCost: 4), nil))
        return targets
    }

    /// Runs one statement on the PostgreSQL test database's server.
    static func onPostgres(_ sql: String) async throws {
        let admin = try await Register.open(data: "", database: TestEngine.postgresURL!, passwordCost: 4, connections: 1)
        do {
            try await admin.execute(sql)
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
    }

    @Test(arguments: TestEngine.all)
    func aDumpRestoresIntoAnEmptyRegisterOfEitherEngineAndNothingElse(engine: TestEngine) async throws {
        let source = try await engine.open()
        do {
            try await Self.check(source)
        } catch {
            Issue.record(error)
        }
        await source.close()
    }

    static func check(_ source: Register) async throws {
        let author = uniqueName("dump-prof")
        let coordinator = uniqueName("dump-coord")
        try await source.addUser(author, role: .professional, password: "correct horse battery")
        try await source.addUser(coordinator, role: .coordinator, password: "correct horse battery")
        let professional = Caller(name: author, role: .professional, client: "test")
        let journey = try #require(
            JSONFormat.read(Array(smallJourney(title: "Casus dump: één ✓", exceptionCents: 30_000).utf8), file: "t.json").journeys
                .first)
        let (id, _) = try await source.createJourney(journey, caller: professional)
        let coordinating = Caller(name: coordinator, role: .coordinator, client: "t")
        _ = try await source.setTeam(id, members: [author, coordinator], caller: coordinating)
        let decided = try await source.decide(id, event: "u1", approve: true, reason: "onderbouwd ✓", caller: coordinating)
        let before = try await source.journey(id, caller: professional)

        let file = TestFolder.make() + "/register.dump"
        let rows = try await source.dump(to: file)
        #expect(rows >= 8)
        #expect(Register.isDump(file))
        // The target must not exist yet: a backup never overwrites.
        await #expect(throws: StoreError.self) { _ = try await source.dump(to: file) }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!text.contains("\"sessions\""), "sessions stay out of a backup")

        for target in try await Self.emptyTargets() {
            do {
                try await Self.check(
                    target.register, name: target.name, file: file, rows: rows, id: id, before: before, decided: decided,
                    author: author, coordinator: coordinator)
            } catch {
                Issue.record(error, "\(target.name)")
            }
            await target.register.close()
            if let database = target.database { try await Self.onPostgres("DROP DATABASE \(database)") }
        }

        // A truncated dump changes nothing and says where it stopped.
        let truncated = TestFolder.make() + "/truncated.dump"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        try lines.dropLast(2).joined(separator: "\n").write(toFile: truncated, atomically: true, encoding: .utf8)
        let empty = try await Register.open(data: TestFolder.make(), passwordCost: 4)
        do {
            _ = try await empty.restoreDump(from: truncated)
            Issue.record("a truncated dump was restored")
        } catch let error as StoreError {
            #expect(error.message.nl.contains("afgebroken"))
        }
        #expect(try await empty.users().isEmpty, "nothing of the truncated dump is left")
        #expect(try await empty.restoreDump(from: file) == rows)
        await empty.close()
    }

    /// The restore into one empty target and what must hold after it.
    static func check(
        _ register: Register, name: String, file: String, rows: Int, id: String, before: StoredJourney, decided: ApprovalState,
        author: String, coordinator: String
    ) async throws {
        let professional = Caller(name: author, role: .professional, client: "t")
        #expect(try await register.restoreDump(from: file) == rows, "\(name)")
        let after = try await register.journey(id, caller: professional)
        #expect(after.revision == before.revision && after.journey == before.journey, "\(name)")
        #expect(after.approvals["u1"] == decided, "\(name)")
        #expect(Set(try await register.team(id, caller: professional)) == [author, coordinator])
        // The audit trail came along, and new rows number on after it (the sequence follows).
        let admin = Caller(name: "dump-admin", role: .admin, client: "t")
        let audit = try await register.auditEntries(AuditQuery(journey: id), caller: admin)
        #expect(audit.contains { $0.action == "approve" && $0.user == coordinator })
        let again = try await register.auditEntries(AuditQuery(journey: id), caller: admin)
        #expect(again.count >= audit.count)
        // A second restore into the now non-empty register is refused.
        await #expect(throws: StoreError.self) { _ = try await register.restoreDump(from: file) }
    }
}
