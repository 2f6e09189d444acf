import HTTPTypes
import Hummingbird
import PlanreisStore

/// Finds the session of the request's cookie (401 without one). State-changing requests also
/// need the session's CSRF token in `X-CSRF-Token` and a same-origin `Origin` header (403).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = RegisterContext
    let register: Register
    let origins: OriginPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let (session, token) = try await SessionCookie.session(of: request, context: context, register: register)
        else { throw APIError.unauthenticated }
        if ![.get, .head, .options].contains(request.method) {
            guard origins.isSameOrigin(request) else { throw APIError.origin }
            guard let sent = request.headers[.csrfToken], Self.constantTimeEqual(sent, session.csrfToken) else {
                throw APIError.csrf
            }
        }
        var context = context
        context.session = session
        context.sessionToken = token
        return try await next(request, context)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Which `Origin` values count as this server: the request's own scheme and `Host`, plus any
/// configured public origins (behind a reverse proxy).
struct OriginPolicy: Sendable {
    var tls: Bool
    var extra: [String]

    func isSameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin]?.lowercased(), origin != "null" else { return false }
        if extra.contains(where: { $0.lowercased() == origin }) { return true }
        guard let host = request.head.authority else { return false }
        return origin == (tls ? "https://" : "http://") + host.lowercased()
    }
}

/// The session cookie.
enum SessionCookie {
    static let name = "planreis_session"

    /// The live session of the request's cookie and its token; nil without one (the API answers
    /// 401, the pages send the visitor to the login page).
    static func session(of request: Request, context: RegisterContext, register: Register) async throws -> (SessionInfo, String)? {
        guard let token = request.cookies[name]?.value,
            let session = try await register.session(token: token, client: context.client)
        else { return nil }
        return (session, token)
    }

    static func header(token: String, maxAge: Int64, secure: Bool) -> String {
        "\(name)=\(token); Path=/; Max-Age=\(maxAge); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    static func clearing(secure: Bool) -> String {
        "\(name)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }
}

extension HTTPField.Name {
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
