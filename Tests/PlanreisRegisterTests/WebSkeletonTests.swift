import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisReport
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Workbench: login, session, CSRF, language, error pages")
struct WebSkeletonTests {
    @Test(arguments: TestEngine.all)
    func loggedOutVisitorsGoToTheLoginPageAndBack(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let root = try await client.execute(uri: "/", method: .get)
            #expect(root.status == .seeOther)
            #expect(root.headers[.location] == "/inloggen")
            let list = try await client.execute(uri: "/casussen?q=a%20b", method: .get)
            #expect(list.status == .seeOther)
            #expect(list.headers[.location] == "/inloggen?terug=/casussen%3Fq%3Da%2520b")
            let login = try await client.execute(uri: "/inloggen?terug=//evil.example/x", method: .get)
            #expect(login.status == .ok)
            #expect(login.headers[.contentSecurityPolicy] == workbenchCSP)
            #expect(login.text.contains(#"<html lang="nl">"#))
            #expect(login.text.contains(#"<label class="field-label" for="veld-gebruikersnaam">Gebruikersnaam"#))
            // The language switch keeps the rest of the address.
            let back = try await client.execute(uri: "/inloggen?terug=/casussen/nieuw", method: .get)
            #expect(back.text.contains(#"href="/inloggen?terug=/casussen/nieuw&amp;lang=en""#))
            // A path of another site is never a target.
            #expect(login.text.contains(#"name="terug" value="/casussen""#))

            let session = try await PageSession.login(client, fixture.professional)
            #expect(!session.csrf.isEmpty)
            let page = try await session.get("/casussen")
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy] == workbenchCSP)
            #expect(page.headers[.xFrameOptionsField] == "DENY")
            #expect(page.text.contains("<h1>Mijn casussen</h1>"))
            #expect(page.text.contains(#"aria-current="page""#))
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func aWrongPasswordReRendersWithTheMessageAtTheField(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let bad = try await client.execute(
                uri: "/inloggen", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .origin: PageSession.origin, .acceptLanguage: "en"],
                body: ByteBuffer(string: "gebruikersnaam=\(fixture.professional)&wachtwoord=wrong+password"))
            // Re-rendered forms answer 200 (browsers log no network error); the page says what is wrong.
            #expect(bad.status == .ok)
            #expect(bad.headers[.setCookie] == nil)
            #expect(bad.text.contains(#"<html lang="en">"#))
            #expect(bad.text.contains(#"role="alert""#))
            #expect(bad.text.contains(##"<a href="#veld-wachtwoord">Password: Unknown user or wrong password.</a>"##))
            #expect(bad.text.contains(#"aria-invalid="true""#))
            // The user name typed is kept, escaped.
            #expect(bad.text.contains(#"value="\#(fixture.professional)""#))
            // A login form from another site is refused.
            let foreign = try await client.execute(
                uri: "/inloggen", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .origin: "http://evil.example"],
                body: ByteBuffer(string: "gebruikersnaam=\(fixture.professional)&wachtwoord=correct+horse+battery"))
            #expect(foreign.status == .forbidden)
            #expect(foreign.headers[.setCookie] == nil)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func formPostsNeedTheCSRFFieldAndThisOrigin(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let noToken = try await session.post("/uitloggen", [], csrf: "")
            #expect(noToken.status == .forbidden)
            #expect(noToken.text.contains("<h1>Geen toegang</h1>"))
            #expect(noToken.headers[.contentSecurityPolicy] == workbenchCSP)
            let wrongOrigin = try await session.post("/uitloggen", [], origin: "http://evil.example")
            #expect(wrongOrigin.status == .forbidden)
            let noOrigin = try await session.post("/uitloggen", [], origin: nil)
            #expect(noOrigin.status == .forbidden)
            // Still logged in after the refusals; a proper logout ends the session.
            #expect(try await session.get("/casussen").status == .ok)
            let logout = try await session.post("/uitloggen", [])
            #expect(logout.status == .seeOther)
            #expect(logout.headers[.location] == "/inloggen")
            #expect(try await session.get("/casussen").status == .seeOther)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func languageSwitchIsRememberedAndErrorPagesAreHTML(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let english = try await session.get("/casussen?lang=en")
            #expect(english.text.contains(#"<html lang="en">"#))
            #expect(english.text.contains("<h1>My cases</h1>"))
            let cookie = english.headers[.setCookie] ?? ""
            #expect(cookie.hasPrefix("planreis_lang=en;"))
            let remembered = try await session.get("/casussen", headers: [.cookie: session.cookie + "; planreis_lang=en"])
            #expect(remembered.text.contains("<h1>My cases</h1>"))
            let missing = try await session.get("/nergens/heen")
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentSecurityPolicy] == workbenchCSP)
            #expect(missing.text.contains("<h1>Pagina niet gevonden</h1>"))
            // The API keeps its JSON errors.
            let api = try await session.get("/api/v1/nergens")
            #expect(api.status == .notFound)
            #expect(api.errorCode == "niet-gevonden")
            // Assets come from the binary with a long cache lifetime.
            let css = try await client.execute(uri: "/assets/workbench.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(css.text.contains("--accent"))
            // The embedded timeline may not carry an inline <style> (CSP): the page's style sheet
            // brings the timeline's rules, halo included.
            #expect(css.text.contains(SVGStyle.styleSheet))
            #expect(css.text.contains(".pr-label{paint-order:stroke"))
            // A policy officer has no case list: a 403 page, not a crash.
            let policy = try await PageSession.login(client, fixture.policy)
            #expect(try await policy.get("/casussen").status == .forbidden)
        }
        await fixture.register.close()
    }
}

extension HTTPField.Name {
    static let xFrameOptionsField = HTTPField.Name("X-Frame-Options")!
}
