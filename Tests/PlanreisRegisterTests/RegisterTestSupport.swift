import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

/// The engines the register suite runs against: SQLite always, PostgreSQL when
/// `PLANREIS_TEST_POSTGRES_URL` is set.
enum TestEngine: String, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var all: [TestEngine] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["PLANREIS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var testDescription: String { rawValue }

    /// A fresh register (SQLite: a new temporary folder; PostgreSQL: the shared test database,
    /// so tests use unique user names).
    func open(settings: RegisterSettings = RegisterSettings(), data: String? = nil) async throws -> Register {
        switch self {
        case .sqlite:
            return try await Register.open(data: data ?? TestFolder.make(), settings: settings, passwordCost: 4)
        case .postgres:
            return try await Register.open(data: "", database: Self.postgresURL!, settings: settings, passwordCost: 4, connections: 4)
        }
    }
}

enum TestFolder {
    /// A new empty folder under the temporary directory, removed by the OS; tests clean up what they can.
    static func make() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planreis-register-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// A unique user name for this test run.
func uniqueName(_ prefix: String) -> String {
    "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
}

/// A logged-in client of the router under test.
struct Session: Sendable {
    let client: any TestClientProtocol
    let cookie: String
    let csrf: String

    static func login(
        _ client: any TestClientProtocol, _ user: String, _ password: String = "correct horse battery"
    ) async throws -> Session {
        let response = try await client.execute(
            uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"user":"\#(user)","password":"\#(password)"}"#))
        #expect(response.status == .ok, "login of \(user): \(String(buffer: response.body))")
        let setCookie = response.headers[.setCookie] ?? ""
        let cookie = String(setCookie.split(separator: ";").first ?? "")
        let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        return Session(client: client, cookie: cookie, csrf: body?["csrfToken"] as? String ?? "")
    }

    /// A request with the cookie, the CSRF token and a same-origin Origin.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, body: String? = nil, type: String = "application/json", headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.cookie: cookie, .origin: "http://localhost", HTTPField.Name("X-CSRF-Token")!: csrf]
        if body != nil { headers[.contentType] = type }
        for field in extra { headers[field.name] = field.value }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    /// A request whose body is bytes (a workbook), with the cookie, CSRF token and Origin.
    func send(_ method: HTTPRequest.Method, _ uri: String, bytes: [UInt8], type: String) async throws -> TestResponse {
        let headers: HTTPFields = [
            .cookie: cookie, .origin: "http://localhost", HTTPField.Name("X-CSRF-Token")!: csrf, .contentType: type,
        ]
        return try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(bytes: bytes))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]) ?? [:] }
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}

/// The register with users of every role, and the app on its router.
struct Fixture {
    let register: Register
    let app: Application<RouterResponder<RegisterContext>>
    let professional: String
    let colleague: String
    let coordinator: String
    let coordinator2: String
    let policy: String
    let admin: String

    static func make(_ engine: TestEngine, settings: RegisterSettings = RegisterSettings()) async throws -> Fixture {
        let register = try await engine.open(settings: settings)
        let names = (0..<6).map { uniqueName(["prof", "coll", "coord", "coordb", "policy", "admin"][$0]) }
        let roles: [Role] = [.professional, .professional, .coordinator, .coordinator, .policy, .admin]
        for (name, role) in zip(names, roles) { try await register.addUser(name, role: role, password: "correct horse battery") }
        let router = RegisterServer.router(register: register, settings: ServerSettings())
        return Fixture(
            register: register, app: Application(router: router), professional: names[0], colleague: names[1], coordinator: names[2],
            coordinator2: names[3], policy: names[4], admin: names[5])
    }
}

/// A sample journey file's text.
func sample(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples").appendingPathComponent(name)
    return try String(contentsOf: url, encoding: .utf8)
}

/// A small journey as planreis JSON, with one exception of `cents` (and its obstacle).
func smallJourney(title: String = "Casus Test", municipality: String = "Tilburg", exceptionCents: Int? = nil) -> String {
    let exception =
        exceptionCents.map {
            #", { "id": "u1", "actor": "gem", "kind": "uitzondering", "date": "2024-03-01", "title": "Huur betaald", "links": [{ "kind": "lost-op", "target": "o1" }], "costs": [{ "amountCents": \#($0), "payer": "gemeente" }] }"#
        } ?? ""
    return #"""
        { "format": "planreis", "version": 1, "journeys": [ {
          "id": "test", "title": "\#(title)", "municipality": "\#(municipality)",
          "actors": [ { "id": "hh", "name": "Huishouden", "group": "huishouden" }, { "id": "gem", "name": "Gemeente", "group": "gemeente" } ],
          "events": [
            { "id": "a1", "actor": "hh", "kind": "aanvraag", "date": "2024-01-10", "title": "Aanvraag urgentie" },
            { "id": "o1", "actor": "gem", "kind": "obstakel", "date": "2024-02-01", "title": "Geen woning" }\#(exception)
          ] } ] }
        """#
}

enum TestSQL {
    /// Runs one statement on the SQLite register of `folder`.
    static func run(_ folder: String, _ sql: String) async throws {
        let register = try await Register.open(data: folder, passwordCost: 4)
        try await register.execute(sql)
        await register.close()
    }
}
