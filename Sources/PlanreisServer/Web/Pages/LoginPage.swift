import Hummingbird
import PlanreisStore

/// `/` (to the case list or the login), `GET/POST /inloggen`, `POST /uitloggen`.
struct LoginPage {
    let register: Register
    let origins: OriginPolicy
    let secureCookies: Bool

    func addPublicRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("/") { request, context in
            let signedIn = try await request.cookies[SessionCookie.name].asyncMap {
                try await register.session(token: $0.value, client: context.client)
            }
            return PageRenderer.redirect(signedIn.map { Self.home(for: $0.caller.role) } ?? "/inloggen")
        }
        group.get("inloggen") { request, context in
            let page = PageRequest(request, context: context)
            return render(fields(page), back: back(request), request: page)
        }
        group.post("inloggen") { request, context in try await login(request, context) }
    }

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.post("uitloggen") { request, context in
            _ = try await PageForm.read(request, context: context)
            let page = PageRequest(request, context: context)
            if let token = context.sessionToken { try await register.logout(token: token, caller: try page.caller()) }
            return PageRenderer.redirect("/inloggen", request: page, cookie: SessionCookie.clearing(secure: secureCookies))
        }
    }

    private func login(_ request: Request, _ context: RegisterContext) async throws -> Response {
        // No session yet, so no CSRF token: a login form from another site is refused by its Origin.
        guard origins.isSameOrigin(request) else { throw PageError.forbidden }
        let form = try await PageForm.read(request, context: context, checkCSRF: false)
        let page = PageRequest(request, context: context)
        var fields = fields(page)
        fields["gebruikersnaam"]?.value = form["gebruikersnaam"]
        var target = PageSessionMiddleware.sameSitePath(form["terug"].isEmpty ? nil : form["terug"])
        if form["gebruikersnaam"].isEmpty {
            fields.fail("gebruikersnaam", page.language.pick("Vul uw gebruikersnaam in.", "Enter your user name."))
        }
        if form["wachtwoord"].isEmpty { fields.fail("wachtwoord", page.language.pick("Vul uw wachtwoord in.", "Enter your password.")) }
        if fields.hasErrors { return render(fields, back: target, request: page, status: .ok) }
        do {
            let grant = try await register.login(form["gebruikersnaam"], password: form["wachtwoord"], client: context.client)
            let cookie = SessionCookie.header(token: grant.token, maxAge: grant.expiresAt - register.currentTime, secure: secureCookies)
            if form["terug"].isEmpty { target = Self.home(for: grant.caller.role) }
            return PageRenderer.redirect(target, request: page, cookie: cookie)
        } catch StoreError.badCredentials {
            fields.fail("wachtwoord", page.text("loginFailed"))
            return render(fields, back: target, request: page, status: .ok)
        } catch let error as StoreError {
            if case .throttled = error {
                fields.fail("wachtwoord", error.message(page.language))
                return render(fields, back: target, request: page, status: .ok)
            }
            throw error
        }
    }

    /// Where a user lands after logging in: the policy officer has no cases but the budget.
    static func home(for role: Role) -> String {
        role == .policy ? "/budget" : "/casussen"
    }

    private func fields(_ page: PageRequest) -> FormFields {
        FormFields(fields: [
            FormField(name: "gebruikersnaam", label: page.text("userName"), required: true, autocomplete: "username"),
            FormField(
                name: "wachtwoord", label: page.text("password"), control: .password, required: true, autocomplete: "current-password"),
        ])
    }

    /// The page to return to after logging in; empty (the role's home page) when none was asked.
    private func back(_ request: Request) -> String {
        guard let asked = request.uri.queryParameters["terug"], !asked.isEmpty else { return "" }
        return PageSessionMiddleware.sameSitePath(String(asked))
    }

    private func render(_ fields: FormFields, back: String, request page: PageRequest, status: HTTPResponse.Status = .ok) -> Response {
        var context = fields.context
        context["terug"] = back
        return PageRenderer.page("login", title: page.text("login"), context: context, request: page, status: status)
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
