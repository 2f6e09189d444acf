import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Register: login, sessions, CSRF and Origin")
struct SessionTests {
    @Test(arguments: TestEngine.all)
    func loginSetsAStrictHttpOnlyCookieAndWrongPasswordsAreThrottled(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let ok = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"user":"\#(fixture.professional)","password":"correct horse battery"}"#))
            #expect(ok.status == .ok)
            let cookie = ok.headers[.setCookie] ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            #expect((ok.json["csrfToken"] as? String)?.count == 64)
            for attempt in 1...6 {
                let bad = try await client.execute(
                    uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json", .acceptLanguage: "en"],
                    body: ByteBuffer(string: #"{"user":"\#(fixture.colleague)","password":"wrong password!"}"#))
                if attempt <= 5 {
                    #expect(bad.status == .unauthorized)
                    #expect(bad.text.contains("unknown user or wrong password"))
                } else {
                    #expect(bad.status == .tooManyRequests)
                    #expect(bad.headers[.retryAfter] != nil)
                }
            }
            // Throttled even with the right password, until the window passes.
            let right = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"user":"\#(fixture.colleague)","password":"correct horse battery"}"#))
            #expect(right.status == .tooManyRequests)
            #expect(right.errorCode == "te-veel-pogingen")
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func stateChangesNeedTheCSRFTokenAndASameOriginOrigin(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await Session.login(client, fixture.professional)
            let body = ByteBuffer(string: smallJourney())
            let noToken = try await client.execute(
                uri: "/api/v1/journeys", method: .post,
                headers: [.cookie: session.cookie, .origin: "http://localhost", .contentType: "application/json"], body: body)
            #expect(noToken.status == .forbidden)
            #expect(noToken.errorCode == "csrf")
            let csrf = HTTPField.Name("X-CSRF-Token")!
            let wrongToken = try await client.execute(
                uri: "/api/v1/journeys", method: .post,
                headers: [
                    .cookie: session.cookie, .origin: "http://localhost", .contentType: "application/json",
                    // Another first character, so the token is wrong whatever it starts with.
                    csrf: (session.csrf.first == "0" ? "1" : "0") + session.csrf.dropFirst(),
                ],
                body: body)
            #expect(wrongToken.status == .forbidden)
            let otherOrigin = try await client.execute(
                uri: "/api/v1/journeys", method: .post,
                headers: [.cookie: session.cookie, .origin: "http://evil.example", .contentType: "application/json", csrf: session.csrf],
                body: body)
            #expect(otherOrigin.status == .forbidden)
            #expect(otherOrigin.errorCode == "origin")
            let noOrigin = try await client.execute(
                uri: "/api/v1/journeys", method: .post,
                headers: [.cookie: session.cookie, .contentType: "application/json", csrf: session.csrf],
                body: body)
            #expect(noOrigin.status == .forbidden)
            // Nothing of those was stored; the proper request is.
            let list = try await session.send(.get, "/api/v1/journeys")
            #expect((list.json["journeys"] as? [Any])?.isEmpty == true)
            let created = try await session.send(.post, "/api/v1/journeys", body: smallJourney())
            #expect(created.status == .created)
            // Without a cookie: 401, in Dutch by default.
            let anonymous = try await client.execute(uri: "/api/v1/journeys", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text.contains("meld u eerst aan"))
            // After logout the cookie is dead.
            #expect(try await session.send(.delete, "/api/v1/session").status == .noContent)
            #expect(try await session.send(.get, "/api/v1/journeys").status == .unauthorized)
        }
        await fixture.register.close()
    }
}
