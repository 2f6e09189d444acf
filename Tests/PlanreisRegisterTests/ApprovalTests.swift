import Foundation
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Register: four-eyes approval of exceptions and limits")
struct ApprovalTests {
    @Test(arguments: TestEngine.all)
    func anExceptionNeedsTwoCoordinatorsOtherThanItsAuthor(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let coordinator = try await Session.login(client, fixture.coordinator)
            // The coordinator proposes (authors) it, so cannot approve it.
            let municipality = uniqueName("gemeente")
            let id = try #require(
                try await coordinator.send(
                    .post, "/api/v1/journeys", body: smallJourney(municipality: municipality, exceptionCents: 30_000)
                )
                .json["id"] as? String)
            let read = try await coordinator.send(.get, "/api/v1/journeys/\(id)")
            #expect(approvalStatus(read, "u1") == "voorgesteld")
            let own = try await coordinator.send(
                .post, "/api/v1/journeys/\(id)/events/u1/approvals", body: #"{"decision":"goedgekeurd","reason":"prima"}"#)
            #expect(own.status == .conflict)
            let second = try await Session.login(client, fixture.coordinator2)
            _ = try await coordinator.send(
                .put, "/api/v1/journeys/\(id)/team", body: #"{"members":["\#(fixture.coordinator)","\#(fixture.coordinator2)"]}"#)
            let first = try await second.send(
                .post, "/api/v1/journeys/\(id)/events/u1/approvals", body: #"{"decision":"goedgekeurd","reason":"onderbouwd"}"#)
            #expect(first.status == .ok)
            #expect((first.json["approval"] as? [String: Any])?["status"] as? String == "voorgesteld")
            let twice = try await second.send(
                .post, "/api/v1/journeys/\(id)/events/u1/approvals", body: #"{"decision":"goedgekeurd","reason":"nogmaals"}"#)
            #expect(twice.status == .conflict)
            // A third coordinator completes it.
            let third = uniqueName("coordc")
            try await fixture.register.addUser(third, role: .coordinator, password: "correct horse battery")
            _ = try await coordinator.send(
                .put, "/api/v1/journeys/\(id)/team",
                body: #"{"members":["\#(fixture.coordinator)","\#(fixture.coordinator2)","\#(third)"]}"#)
            let thirdSession = try await Session.login(client, third)
            let done = try await thirdSession.send(
                .post, "/api/v1/journeys/\(id)/events/u1/approvals", body: #"{"decision":"goedgekeurd","reason":"akkoord"}"#)
            let approval = try #require(done.json["approval"] as? [String: Any])
            #expect(approval["status"] as? String == "goedgekeurd")
            #expect((approval["decisions"] as? [[String: Any]])?.map { $0["user"] as? String } == [fixture.coordinator2, third])
            // A professional cannot decide.
            let professional = try await Session.login(client, fixture.professional)
            #expect(
                try await professional.send(
                    .post, "/api/v1/journeys/\(id)/events/u1/approvals", body: #"{"decision":"goedgekeurd","reason":"x"}"#
                ).status == .forbidden)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func overTheHouseholdLimitOneMoreApprovalIsNeededAndARefusalIsFinal(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let professional = try await Session.login(client, fixture.professional)
            let municipality = uniqueName("gemeente")
            let big = try #require(
                try await professional.send(
                    .post, "/api/v1/journeys", body: smallJourney(municipality: municipality, exceptionCents: 60_000)
                )
                .json["id"] as? String)
            let small = try #require(
                try await professional.send(
                    .post, "/api/v1/journeys", body: smallJourney(municipality: municipality, exceptionCents: 10_000)
                )
                .json["id"] as? String)
            let coordinator = try await Session.login(client, fixture.coordinator)
            for id in [big, small] {
                _ = try await coordinator.send(
                    .put, "/api/v1/journeys/\(id)/team", body: #"{"members":["\#(fixture.professional)","\#(fixture.coordinator)"]}"#)
            }
            let bigState = try await coordinator.send(
                .post, "/api/v1/journeys/\(big)/events/u1/approvals", body: #"{"decision":"goedgekeurd","reason":"nodig"}"#)
            let approval = try #require(bigState.json["approval"] as? [String: Any])
            #expect(approval["overLimit"] as? Bool == true)
            #expect(approval["required"] as? Int == 3)
            let refused = try await coordinator.send(
                .post, "/api/v1/journeys/\(small)/events/u1/approvals", body: #"{"decision":"afgewezen","reason":"niet nodig"}"#)
            #expect((refused.json["approval"] as? [String: Any])?["status"] as? String == "afgewezen")
            // Changing the cost proposes it anew.
            let changed = try await professional.send(
                .put, "/api/v1/journeys/\(small)", body: smallJourney(municipality: municipality, exceptionCents: 12_000),
                headers: [.ifMatch: "1"])
            #expect(changed.status == .ok)
            #expect(approvalStatus(try await professional.send(.get, "/api/v1/journeys/\(small)"), "u1") == "voorgesteld")
            // Policy sees the figures per status, under pseudonyms, without names or free text.
            let policy = try await Session.login(client, fixture.policy)
            let budget = try await policy.send(.get, "/api/v1/budget?year=2024")
            #expect(budget.status == .ok)
            #expect(!budget.text.contains(big) && !budget.text.contains("Huur betaald") && !budget.text.contains("Casus Test"))
            let statuses = try #require(budget.json["approvals"] as? [String: [String: Any]])
            #expect((statuses["voorgesteld"]?["count"] as? Int ?? 0) >= 2)
            let cohort = try await policy.send(.get, "/api/v1/cohort?asOf=2024-12-31")
            #expect(cohort.status == .ok)
            #expect(!cohort.text.contains("Casus Test"))
            #expect(try await professional.send(.get, "/api/v1/budget?year=2024").status == .forbidden)
        }
        await fixture.register.close()
    }
}

/// The approval status of event `id` in a `GET /journeys/{id}` answer.
func approvalStatus(_ response: TestResponse, _ id: String) -> String? {
    let journeys = response.json["journeys"] as? [[String: Any]]
    let events = journeys?.first?["events"] as? [[String: Any]]
    let event = events?.first { $0["id"] as? String == id }
    return (event?["approval"] as? [String: Any])?["status"] as? String
}
