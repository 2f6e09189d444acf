import Foundation
import Hummingbird
import Logging
import PlanreisStore

/// How `planreis serve` listens.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// True when the server is reached over TLS (cookies get `Secure`, origins are https).
    public var tls: Bool
    /// Origins besides the request's own that may send state-changing requests (a reverse proxy's).
    public var origins: [String]

    public init(host: String = "127.0.0.1", port: Int = 8080, tls: Bool = false, origins: [String] = []) {
        self.host = host
        self.port = port
        self.tls = tls
        self.origins = origins
    }

    /// Whether `host` is a loopback address (the only kind served without TLS unless forced).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// The register's HTTP application: `/healthz`, and the JSON API under `/api/v1`.
public enum RegisterServer {
    /// The routes of the API on `register`. Pages (Mustache, `Templates/`) will get their own
    /// controllers beside these, on the same store.
    public static func router(register: Register, settings: ServerSettings) -> Router<RegisterContext> {
        let router = Router(context: RegisterContext.self)
        router.middlewares.add(ErrorMiddleware())
        router.get("healthz") { _, _ in
            try await register.ping()
            return JSONResponse.make(.object([("status", .string("ok")), ("engine", .string(register.engineName))]))
        }
        let api = router.group("api/v1")
        api.get("openapi.json") { _, _ in
            JSONResponse.bytes(OpenAPIDocument.bytes, type: "application/json; charset=utf-8")
        }
        let origins = OriginPolicy(tls: settings.tls, extra: settings.origins)
        let sessions = SessionController(register: register, origins: origins, secureCookies: settings.tls)
        sessions.addPublicRoutes(to: api)
        let authenticated = api.group().add(middleware: SessionMiddleware(register: register, origins: origins))
        sessions.addRoutes(to: authenticated)
        JourneyController(register: register).addRoutes(to: authenticated)
        EventController(register: register).addRoutes(to: authenticated)
        CaseOutputController(register: register).addRoutes(to: authenticated)
        PolicyController(register: register).addRoutes(to: authenticated)
        AuditController(register: register).addRoutes(to: authenticated)
        ExceptionPreviewController().addRoutes(to: authenticated)
        DateCheck.addRoutes(to: authenticated)
        WebRoutes.add(to: router, register: register, settings: settings, origins: origins)
        return router
    }

    /// The application, ready for `runService()` (which stops gracefully on SIGTERM and SIGINT,
    /// finishing requests in flight).
    public static func application(register: Register, settings: ServerSettings, logger: Logger) -> some ApplicationProtocol {
        Application(
            router: router(register: register, settings: settings),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "planreis"),
            logger: logger)
    }
}

/// The OpenAPI 3 document of the API, shipped with the target (`Resources/openapi.json`).
enum OpenAPIDocument {
    static let bytes: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return Array("{}".utf8) }
        return Array(data)
    }()
}
