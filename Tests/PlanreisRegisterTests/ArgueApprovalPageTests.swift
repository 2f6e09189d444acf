import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Argue: approvals, team and history pages")
struct ArgueApprovalPageTests {
    /// The form action of the proposal whose section holds `title`.
    static func action(in html: String, after title: String) -> String? {
        guard let start = html.range(of: title)?.upperBound,
            let action = html.range(of: #"action="/goedkeuringen/"#, range: start..<html.endIndex)
        else { return nil }
        return "/goedkeuringen/" + html[action.upperBound...].prefix { $0 != "\"" }
    }

    @Test(arguments: TestEngine.all)
    func coordinatorsJudgeWithoutNamesNeverTheirOwnAndAlwaysWithAReason(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            // The first coordinator records the case and proposes the exception: its author.
            let api = try await Session.login(client, fixture.coordinator)
            let created = try await api.send(
                .post, "/api/v1/journeys", body: try sample("claudia-wesley.planreis.xml"), type: "application/xml")
            let id = try #require(created.json["id"] as? String)
            let author = try await PageSession.login(client, fixture.coordinator)
            // Lower-case letters only: the anonymiser redacts what looks like a code or a plate.
            let title = "Zorgboerderij zonder indicatie " + String((0..<8).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement()! })
            let proposed = try await author.post("/casussen/\(id)/uitzondering", exceptionFields(title: title) + [("actie", "voorstellen")])
            #expect(proposed.status == .seeOther)

            // The author sees it but cannot decide on it.
            let own = try await author.get("/goedkeuringen")
            #expect(own.status == .ok)
            #expect(own.text.contains("U stelde deze uitzondering zelf voor"))
            let second = try await PageSession.login(client, fixture.coordinator2)
            let list = try await second.get("/goedkeuringen")
            #expect(list.status == .ok)
            #expect(list.headers[.contentSecurityPolicy] == workbenchCSP)
            let action = try #require(Self.action(in: list.text, after: title))
            let ownDecision = try await author.post(action, [("besluit", "goedgekeurd"), ("reden", "prima")])
            #expect(ownDecision.status == .conflict)
            #expect(ownDecision.text.contains("vier ogen"))

            // The second coordinator is not on the team, and sees no names: not the household's,
            // not the case's title or id; the legitimation and figures are there.
            let section = String(list.text[try #require(list.text.range(of: title)).lowerBound...])
            for name in ["Claudia", "Wesley", "Claudia & Wesley", id] { #expect(!list.text.contains(name), "\(name) shown") }
            #expect(section.contains("Indicatie per kind (Jeugdwet)"))
            #expect(section.contains(#"<dd data-figuur="cost">€ 1.250,00</dd>"#))
            #expect(section.contains("€ 500,00"), "the household limit")
            #expect(section.contains("Boven de limiet"), "€ 1.250 passes the € 500 household limit")
            #expect(section.contains("Goedkeuringen tot nu toe: 0 / 3"))

            // A decision needs a reason.
            let noReason = try await second.post(action, [("besluit", "afgewezen"), ("reden", "  ")])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains(#"role="alert""#))
            #expect(noReason.text.contains("vul de reden van uw besluit in"))
            let approved = try await second.post(action, [("besluit", "goedgekeurd"), ("reden", "onderbouwd en goedkoper")])
            #expect(approved.status == .seeOther)
            let state = try await api.send(.get, "/api/v1/journeys/\(id)")
            let events = ((state.json["journeys"] as? [[String: Any]])?.first?["events"] as? [[String: Any]]) ?? []
            let eventID = try #require(events.first { $0["title"] as? String == title }?["id"] as? String)
            #expect(approvalStatus(state, eventID) == "voorgesteld")
            let again = try await second.get("/goedkeuringen")
            #expect(again.text.contains("U heeft hierover al besloten."))

            // Audited like the API: the page's reads and the decision.
            let audit = try await fixture.register.auditEntries(
                AuditQuery(journey: id), caller: Caller(name: fixture.admin, role: .admin, client: "test"))
            #expect(audit.contains { $0.action == "read-approvals" && $0.user == fixture.coordinator2 })
            #expect(audit.contains { $0.action == "approve" && $0.user == fixture.coordinator2 && $0.event == eventID })

            // Professionals and policy have no approvals page.
            let professional = try await PageSession.login(client, fixture.professional)
            #expect(try await professional.get("/goedkeuringen").status == .forbidden)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func aCoordinatorAddsAndRemovesTeamMembersAudited(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let api = try await Session.login(client, fixture.coordinator)
            let id = try #require(try await api.send(.post, "/api/v1/journeys", body: smallJourney()).json["id"] as? String)
            let page = try await PageSession.login(client, fixture.coordinator)
            let team = try await page.get("/casussen/\(id)/team")
            #expect(team.status == .ok)
            #expect(team.text.contains(#"<label class="field-label" for="veld-teamlid">Teamlid toevoegen"#))

            let colleague = try await PageSession.login(client, fixture.colleague)
            #expect(try await colleague.get("/casussen/\(id)/team").status == .notFound)
            let unknown = try await page.post("/casussen/\(id)/team", [("teamlid", "niemand-\(UUID().uuidString.prefix(4))")])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("onbekende of uitgeschakelde gebruikers"))
            let added = try await page.post("/casussen/\(id)/team", [("teamlid", fixture.colleague)])
            #expect(added.status == .seeOther)
            let asMember = try await colleague.get("/casussen/\(id)/team")
            #expect(asMember.status == .ok)
            #expect(asMember.text.contains("Alleen een coördinator kan het team wijzigen."))
            // A professional cannot change the team, even as a member.
            #expect(try await colleague.post("/casussen/\(id)/team", [("verwijder", fixture.coordinator)]).status == .forbidden)
            let removed = try await page.post("/casussen/\(id)/team", [("verwijder", fixture.colleague)])
            #expect(removed.status == .seeOther)
            #expect(try await colleague.get("/casussen/\(id)/team").status == .notFound)

            let audit = try await fixture.register.auditEntries(
                AuditQuery(journey: id), caller: Caller(name: fixture.admin, role: .admin, client: "test"))
            #expect(audit.count { $0.action == "team-update" && $0.user == fixture.coordinator } == 2)
            #expect(audit.contains { $0.action == "read-team" && $0.user == fixture.colleague })
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func historyShowsWhatChangedAndRestoresAnEarlierRevision(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let api = try await Session.login(client, fixture.professional)
            let id = try #require(try await api.send(.post, "/api/v1/journeys", body: smallJourney()).json["id"] as? String)
            let added = try await api.send(
                .post, "/api/v1/journeys/\(id)/events",
                body: #"{"actor": "gem", "kind": "besluit", "date": "2024-04-01", "title": "Urgentie <toegekend>", "value": "toegekend"}"#)
            #expect(added.status == .created)
            let page = try await PageSession.login(client, fixture.professional)
            let history = try await page.get("/casussen/\(id)/geschiedenis")
            #expect(history.status == .ok)
            #expect(history.text.contains("gebeurtenis toegevoegd"))
            #expect(history.text.contains("<li><bdi>Urgentie &lt;toegekend&gt;</bdi></li>"), "the added event, escaped")
            let earlier = try await page.get("/casussen/\(id)/geschiedenis?revisie=1")
            #expect(earlier.text.contains("Revisie 1"))

            // Restoring on a stale base changes nothing; on the current base it writes revision 3.
            let stale = try await page.post("/casussen/\(id)/geschiedenis/1/herstellen", [("revisie", "1")])
            #expect(stale.status == .ok)
            #expect(stale.text.contains("De casus is intussen gewijzigd"))
            let restored = try await page.post("/casussen/\(id)/geschiedenis/1/herstellen", [("revisie", "2")])
            #expect(restored.status == .seeOther)
            let current = try await api.send(.get, "/api/v1/journeys/\(id)")
            #expect(current.headers[.eTag] == "\"3\"")
            #expect(!current.text.contains("Urgentie"))
            let after = try await page.get("/casussen/\(id)/geschiedenis")
            #expect(after.text.contains("eerdere revisie teruggezet"))
            #expect(after.text.contains("verwijderd"))

            let outsider = try await PageSession.login(client, fixture.colleague)
            #expect(try await outsider.get("/casussen/\(id)/geschiedenis").status == .notFound)
            #expect(try await outsider.post("/casussen/\(id)/geschiedenis/1/herstellen", [("revisie", "3")]).status == .notFound)
        }
        await fixture.register.close()
    }

    @Test func printBudgetAndCohortPages() async throws {
        let fixture = try await Fixture.make(.sqlite)
        try await fixture.app.test(.router) { client in
            let api = try await Session.login(client, fixture.professional)
            let created = try await api.send(
                .post, "/api/v1/journeys", body: try sample("claudia-wesley.planreis.xml"), type: "application/xml")
            let id = try #require(created.json["id"] as? String)
            let page = try await PageSession.login(client, fixture.professional)
            let print = try await page.get("/casussen/\(id)/afdrukken")
            #expect(print.status == .ok)
            #expect(print.headers[.contentSecurityPolicy] == workbenchCSP)
            #expect(print.text.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="planreis-timeline""#))
            #expect(!print.text.contains("<style"), "nothing inline the CSP would refuse")
            for name in ["export.xml", "export.csv", "export.json", "export.xes", "report.html"] {
                #expect(print.text.contains(#"href="/api/v1/journeys/\#(id)/\#(name)""#))
            }
            let css = try await client.execute(uri: "/assets/argue/argue.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.text.contains("@page { size: A3 landscape"))

            let policy = try await PageSession.login(client, fixture.policy)
            let budget = try await policy.get("/budget?jaar=2020")
            #expect(budget.status == .ok)
            #expect(budget.text.contains("voorgesteld"))
            for name in ["Claudia", "Wesley", id] { #expect(!budget.text.contains(name)) }
            // Without a year the page opens on the latest year with an exception (the sample's
            // 2020), not on this calendar year.
            let opening = try await policy.get("/budget")
            #expect(opening.text.contains(#"name="jaar" type="text" value="2020""#))
            let wrongYear = try await policy.get("/budget?jaar=twintig")
            #expect(wrongYear.text.contains(##"<a href="#veld-jaar">"##))
            let cohort = try await policy.get("/cohort?peildatum=31-12-2022")
            #expect(cohort.status == .ok)
            #expect(cohort.text.contains("<h2>Cohort op 31 december 2022</h2>"))
            for name in ["Claudia", "Wesley", id] { #expect(!cohort.text.contains(name)) }
            #expect(try await page.get("/budget").status == .forbidden)
        }
        await fixture.register.close()
    }
}
