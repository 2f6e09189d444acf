import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import Testing

/// Found by the end-to-end browser test: a policy officer logging in landed on *Mijn casussen*,
/// which answers 403 for the role. Each role lands on a page it may see.
@Suite("Workbench: the page after logging in")
struct WebLoginHomeTests {
    static func login(_ client: some TestClientProtocol, _ user: String, back: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/inloggen", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .origin: PageSession.origin],
            body: ByteBuffer(string: "gebruikersnaam=\(user)&wachtwoord=correct+horse+battery&terug=\(back)"))
    }

    @Test(arguments: TestEngine.all)
    func eachRoleLandsOnAPageItMaySee(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let policy = try await Self.login(client, fixture.policy, back: "")
            #expect(policy.status == .seeOther)
            #expect(policy.headers[.location] == "/budget")
            let cookie = String((policy.headers[.setCookie] ?? "").split(separator: ";").first ?? "")
            let root = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
            #expect(root.headers[.location] == "/budget")
            let budget = try await client.execute(uri: "/budget", method: .get, headers: [.cookie: cookie])
            #expect(budget.status == .ok)

            let professional = try await Self.login(client, fixture.professional, back: "")
            #expect(professional.headers[.location] == "/casussen")
            // A page asked for is still where the login returns to.
            let back = try await Self.login(client, fixture.coordinator, back: "%2Fgoedkeuringen")
            #expect(back.headers[.location] == "/goedkeuringen")
            // The login form carries no return page unless one was asked for.
            let form = try await client.execute(uri: "/inloggen", method: .get)
            #expect(form.text.contains(#"name="terug" value="""#))
        }
        await fixture.register.close()
    }
}
