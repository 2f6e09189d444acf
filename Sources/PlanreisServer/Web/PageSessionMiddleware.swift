import Foundation
import Hummingbird
import PlanreisStore

/// Pages behind a login: the session of the API's cookie, or a 303 to `/inloggen?terug=…`.
/// Every post must come from this server's origin (403 otherwise); `PageForm` checks the
/// hidden `csrf` field of the form itself.
struct PageSessionMiddleware: RouterMiddleware {
    typealias Context = RegisterContext
    let register: Register
    let origins: OriginPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let (session, token) = try await SessionCookie.session(of: request, context: context, register: register) else {
            if request.method != .get { throw PageError.forbidden }
            var back = request.uri.path
            if let query = request.uri.query, !query.isEmpty { back += "?" + query }
            return PageRenderer.redirect("/inloggen?terug=" + PageForm.encode(back))
        }
        if request.method != .get && request.method != .head && !origins.isSameOrigin(request) { throw PageError.forbidden }
        var context = context
        context.session = session
        context.sessionToken = token
        return try await next(request, context)
    }

    /// `path` when it is a path on this site (`/…`, not `//…` or `/\…`), else `/casussen`.
    static func sameSitePath(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.hasPrefix("/\\"),
            !path.contains(where: { $0.isNewline || $0 == "\0" })
        else { return "/casussen" }
        return path
    }
}
