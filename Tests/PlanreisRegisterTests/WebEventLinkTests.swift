import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisModel
import PlanreisServer
import PlanreisStore
import Testing

/// Found by the end-to-end browser test: in a case with more than one lane, the event form read
/// the first lane's row of the spreadsheet as the event's values, so a link to an event on a
/// later lane was refused and the edit form showed the wrong values.
@Suite("Workbench: links and edit forms across lanes")
struct WebEventLinkTests {
    @Test(arguments: TestEngine.all)
    func aDecisionRefersToARequestOnAnotherLane(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let id = try await WebCaseTests.newCase(session, title: "Twee banen")
            let first = try await session.post(
                "/casussen/\(id)/gebeurtenissen",
                WebCaseTests.event(["datum": "ca. mei 2017", "actor": "Gezin", "titel": "Vader vertrekt", "revisie": "1"]))
            #expect(first.status == .seeOther)
            let request = try await session.post(
                "/casussen/\(id)/gebeurtenissen",
                WebCaseTests.event([
                    "datum": "1-9-2017", "actor": "Gemeente", "soort": "aanvraag", "titel": "Aanvraag urgentie", "revisie": "2",
                ]))
            #expect(request.status == .seeOther)
            let decision = try await session.post(
                "/casussen/\(id)/gebeurtenissen",
                WebCaseTests.event([
                    "datum": "12-1-2018", "actor": "Gemeente", "soort": "besluit", "titel": "Urgentie afgewezen", "verwijst": "e2",
                    "waarde": "afgewezen", "revisie": "3",
                ]))
            #expect(decision.status == .seeOther, "\(decision.text)")
            let stored = try await fixture.register.journey(
                id, caller: Caller(name: fixture.professional, role: .professional, client: "test"))
            #expect(stored.journey.events.last?.links.map(\.target) == ["e2"])

            let edit = try await session.get("/casussen/\(id)/gebeurtenissen/e2")
            #expect(edit.status == .ok)
            #expect(edit.text.contains(#"value="Aanvraag urgentie""#))
            #expect(edit.text.contains(#"value="01-09-2017""#))
        }
        await fixture.register.close()
    }
}
