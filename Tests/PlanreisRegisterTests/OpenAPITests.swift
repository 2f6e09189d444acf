import Foundation
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Register: the OpenAPI document describes every route")
struct OpenAPITests {
    @Test func everyRouteIsInTheDocumentAndEveryDocumentedOperationIsARoute() async throws {
        let register = try await TestEngine.sqlite.open()
        let router = RegisterServer.router(register: register, settings: ServerSettings())
        // The API and the health check; the workbench's pages and assets are HTML, not API.
        let served = Set(
            router.routes.map { "\($0.method.rawValue.lowercased()) \($0.path.description)" }.filter {
                $0.contains(" /api/") || $0.hasSuffix(" /healthz")
            })
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PlanreisServer/Resources/openapi.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.0.3")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var documented = Set<String>()
        for (path, operations) in paths {
            for method in operations.keys where ["get", "put", "post", "patch", "delete"].contains(method) {
                documented.insert("\(method) \(path)")
            }
        }
        #expect(served.subtracting(documented).sorted() == [], "routes missing from openapi.json")
        #expect(documented.subtracting(served).sorted() == [], "documented operations without a route")
        #expect(served.count > 25)

        // The server serves the same document.
        let app = Application(router: router)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(Data(buffer: response.body) == (try Data(contentsOf: url)))
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            let unknown = try await client.execute(uri: "/api/v1/nothing", method: .get, headers: [.acceptLanguage: "en"])
            #expect(unknown.status == .notFound)
            #expect(unknown.errorCode == "niet-gevonden")
        }
        await register.close()
    }
}
