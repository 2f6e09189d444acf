import Foundation
import PlanreisStore
import Testing

@Suite("Register: store, migrations, engines")
struct StoreTests {
    @Test func postgresIsTestedInCI() {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            #expect(
                TestEngine.postgresURL != nil,
                "CI is set but PLANREIS_TEST_POSTGRES_URL is not: the register suite must run against PostgreSQL too (source .ci/register-db.sh)"
            )
        }
    }

    @Test func aCorruptFileIsAClearErrorNotACrash() async throws {
        let folder = TestFolder.make()
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: Register.sqlitePath(data: folder)))
        await #expect(throws: StoreError.self) { _ = try await Register.open(data: folder) }
        do {
            _ = try await Register.open(data: folder)
        } catch let error as StoreError {
            #expect(error.message.nl.contains("beschadigd"))
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func aNewerSchemaIsRefused() async throws {
        let folder = TestFolder.make()
        let register = try await Register.open(data: folder, passwordCost: 4)
        try await register.addUser("alice", role: .admin, password: "correct horse battery")
        await register.close()
        try await TestSQL.run(folder, "INSERT INTO schema_version (version) VALUES (99)")
        await #expect(throws: StoreError.newerSchema(found: 99, known: 1)) { _ = try await Register.open(data: folder) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test(arguments: TestEngine.all)
    func usersAreAddedListedAndDisabled(engine: TestEngine) async throws {
        let register = try await engine.open()
        let name = uniqueName("user")
        try await register.addUser(name, role: .coordinator, password: "correct horse battery")
        await #expect(throws: StoreError.self) { try await register.addUser(name, role: .admin, password: "correct horse battery") }
        await #expect(throws: StoreError.self) { try await register.addUser(uniqueName("short"), role: .admin, password: "short") }
        await #expect(throws: StoreError.self) { try await register.addUser("with space", role: .admin, password: "correct horse battery") }
        #expect(try await register.users().first { $0.name == name }?.role == .coordinator)
        let grant = try await register.login(name, password: "correct horse battery", client: "test")
        #expect(try await register.session(token: grant.token, client: "test") != nil)
        try await register.disableUser(name)
        #expect(try await register.session(token: grant.token, client: "test") == nil)
        await #expect(throws: StoreError.badCredentials) {
            _ = try await register.login(name, password: "correct horse battery", client: "test")
        }
        await register.close()
    }

    @Test func twoRegistersOnOnePostgreSQLSeeEachOthersWrites() async throws {
        guard TestEngine.postgresURL != nil else { return }
        let first = try await TestEngine.postgres.open()
        let second = try await TestEngine.postgres.open()
        let name = uniqueName("shared")
        try await first.addUser(name, role: .professional, password: "correct horse battery")
        let grant = try await second.login(name, password: "correct horse battery", client: "test")
        #expect(try await first.session(token: grant.token, client: "test")?.caller.name == name)
        await first.close()
        await second.close()
    }

    @Test func aBackupRestoresTheRegister() async throws {
        let folder = TestFolder.make()
        let register = try await Register.open(data: folder, passwordCost: 4)
        try await register.addUser("bob", role: .admin, password: "correct horse battery")
        let backup = folder + "/backup.sqlite"
        try await register.backup(to: backup)
        try await register.addUser("carol", role: .admin, password: "correct horse battery")
        await register.close()
        try await Register.restore(from: backup, data: folder)
        let restored = try await Register.open(data: folder, passwordCost: 4)
        #expect(try await restored.users().map(\.name) == ["bob"])
        await restored.close()
        let garbage = folder + "/garbage.sqlite"
        try Data("not a database at all, really not".utf8).write(to: URL(fileURLWithPath: garbage))
        await #expect(throws: StoreError.self) { try await Register.restore(from: garbage, data: folder) }
        try? FileManager.default.removeItem(atPath: folder)
    }
}
