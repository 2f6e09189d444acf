import Foundation
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Register: roles, teams, no existence leak, audit")
struct AccessTests {
    @Test(arguments: TestEngine.all)
    func onlyTheTeamSeesACaseAndOthersGetTheSame404AsForANonexistentId(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let owner = try await Session.login(client, fixture.professional)
            let id = try #require(try await owner.send(.post, "/api/v1/journeys", body: smallJourney()).json["id"] as? String)
            let colleague = try await Session.login(client, fixture.colleague)
            let guessed = try await colleague.send(.get, "/api/v1/journeys/\(id)")
            let missing = try await colleague.send(.get, "/api/v1/journeys/0000000000000000")
            #expect(guessed.status == .notFound)
            #expect(guessed.text == missing.text)
            for path in ["analysis", "timeline.svg", "export.csv", "history", "team"] {
                #expect(try await colleague.send(.get, "/api/v1/journeys/\(id)/\(path)").status == .notFound, "\(path)")
            }
            #expect(
                try await colleague.send(.put, "/api/v1/journeys/\(id)", body: smallJourney(), headers: [.ifMatch: "1"]).status == .notFound
            )
            #expect(try await colleague.send(.post, "/api/v1/journeys/\(id)/events", body: "{}").status == .notFound)
            // Policy and admin see no case content.
            for name in [fixture.policy, fixture.admin] {
                let other = try await Session.login(client, name)
                #expect(try await other.send(.get, "/api/v1/journeys/\(id)").status == .notFound)
            }
            // A coordinator puts the colleague on the team; then the colleague sees it.
            let coordinator = try await Session.login(client, fixture.coordinator)
            #expect(try await owner.send(.put, "/api/v1/journeys/\(id)/team", body: #"{"members":["x"]}"#).status == .forbidden)
            let unknown = try await coordinator.send(.put, "/api/v1/journeys/\(id)/team", body: #"{"members":["nobody-here"]}"#)
            #expect(unknown.status == .unprocessableContent)
            let team = try await coordinator.send(
                .put, "/api/v1/journeys/\(id)/team", body: #"{"members":["\#(fixture.professional)","\#(fixture.colleague)"]}"#)
            #expect(team.status == .ok)
            #expect(try await colleague.send(.get, "/api/v1/journeys/\(id)").status == .ok)
            let members = try await owner.send(.get, "/api/v1/journeys/\(id)/team").json["members"] as? [String]
            #expect(members == [fixture.professional, fixture.colleague].sorted())
            // Only a coordinator on the team deletes, with a reason; then it is gone for everyone.
            #expect(try await owner.send(.delete, "/api/v1/journeys/\(id)", body: #"{"reason":"dubbel"}"#).status == .forbidden)
            #expect(try await coordinator.send(.delete, "/api/v1/journeys/\(id)", body: #"{"reason":"dubbel"}"#).status == .notFound)
            _ = try await coordinator.send(
                .put, "/api/v1/journeys/\(id)/team", body: #"{"members":["\#(fixture.professional)","\#(fixture.coordinator)"]}"#)
            #expect(try await coordinator.send(.delete, "/api/v1/journeys/\(id)", body: #"{"reason":"dubbel"}"#).status == .noContent)
            #expect(try await owner.send(.get, "/api/v1/journeys/\(id)").status == .notFound)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func everyCallOnCaseDataLeavesExactlyOneAuditRow(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let owner = try await Session.login(client, fixture.professional)
            let id = try #require(try await owner.send(.post, "/api/v1/journeys", body: smallJourney()).json["id"] as? String)
            let calls: [(HTTPRequest.Method, String, String?, HTTPFields)] = [
                (.get, "", nil, [:]), (.get, "/analysis", nil, [:]), (.get, "/timeline.svg", nil, [:]), (.get, "/report.html", nil, [:]),
                (.get, "/export.xml", nil, [:]), (.get, "/export.csv", nil, [:]), (.get, "/export.json", nil, [:]),
                (.get, "/export.xes", nil, [:]), (.get, "/history", nil, [:]), (.get, "/history/1", nil, [:]), (.get, "/team", nil, [:]),
                (.put, "", smallJourney(title: "B"), [.ifMatch: "1"]),
                (.post, "/events", #"{"actor":"gem","kind":"besluit","date":"2024-04-01","title":"Toegekend","value":"toegekend"}"#, [:]),
                (.patch, "/events/a1", #"{"title":"Aanvraag urgentie (herzien)"}"#, [.ifMatch: "3"]),
                (.delete, "/events/a1", nil, [.ifMatch: "4"]),
            ]
            for (method, path, body, headers) in calls {
                let response = try await owner.send(method, "/api/v1/journeys/\(id)\(path)", body: body, headers: headers)
                #expect((200..<300).contains(Int(response.status.code)), "\(method) \(path): \(response.text)")
            }
            let admin = try await Session.login(client, fixture.admin)
            let audit = try await admin.send(.get, "/api/v1/audit?journey=\(id)")
            let entries = try #require(audit.json["entries"] as? [[String: Any]])
            // The create, then one row per call.
            #expect(entries.count == calls.count + 1)
            #expect(entries.allSatisfy { $0["user"] as? String == fixture.professional && $0["role"] as? String == "professional" })
            #expect(entries.map { $0["action"] as? String }.first == "create")
            #expect(entries.last?["action"] as? String == "event-delete" && entries.last?["event"] as? String == "a1")
            // No case content in the log.
            #expect(!audit.text.contains("Aanvraag") && !audit.text.contains("Tilburg"))
            let csv = try await admin.send(.get, "/api/v1/audit?journey=\(id)&format=csv")
            #expect(csv.text.split(separator: "\r\n").count == calls.count + 2)
            // Professionals may not read the audit log.
            #expect(try await owner.send(.get, "/api/v1/audit").status == .forbidden)
        }
        await fixture.register.close()
    }
}
