import Hummingbird
import PlanreisAnalysis
import PlanreisStore

/// `POST /session` (log in) and `DELETE /session` (log out).
struct SessionController {
    let register: Register
    let origins: OriginPolicy
    let secureCookies: Bool

    func addPublicRoutes(to group: RouterGroup<RegisterContext>) {
        group.post("session") { request, context in try await login(request, context) }
    }

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.delete("session") { request, context in
            let caller = try context.caller()
            if let token = context.sessionToken { try await register.logout(token: token, caller: caller) }
            var headers = HTTPFields()
            headers[.setCookie] = SessionCookie.clearing(secure: secureCookies)
            return Response(status: .noContent, headers: headers)
        }
    }

    private func login(_ request: Request, _ context: RegisterContext) async throws -> Response {
        // A login from a page of another site is refused (login CSRF); tools send no Origin.
        if request.headers[.origin] != nil && !origins.isSameOrigin(request) { throw APIError.origin }
        let body = try await JSONResponse.object(request, context: context)
        let user = try JSONResponse.string(body, "user")
        let password = try JSONResponse.string(body, "password")
        let grant = try await register.login(user, password: password, client: context.client)
        var headers = HTTPFields()
        headers[.setCookie] = SessionCookie.header(
            token: grant.token, maxAge: grant.expiresAt - register.currentTime, secure: secureCookies)
        return JSONResponse.make(
            .object([
                ("user", .string(grant.caller.name)), ("role", .string(grant.caller.role.rawValue)),
                ("csrfToken", .string(grant.csrfToken)), ("expiresAt", .int(grant.expiresAt)),
            ]), headers: headers)
    }
}
