import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisModel
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Workbench: cases, events, conflicts, escaping")
struct WebCaseTests {
    /// Creates a case through the new-case form and returns its id.
    static func newCase(_ session: PageSession, title: String, municipality: String = "Tilburg") async throws -> String {
        let created = try await session.post(
            "/casussen/nieuw", [("titel", title), ("gemeente", municipality), ("leden", "moeder: Claudia\nkind")])
        #expect(created.status == .seeOther)
        let location = created.headers[.location] ?? ""
        #expect(location.hasPrefix("/casussen/"))
        return String(location.dropFirst("/casussen/".count))
    }

    static func event(_ fields: [String: String]) -> [(String, String)] {
        EventFormNames.all.map { ($0, fields[$0] ?? "") }
    }

    @Test(arguments: TestEngine.all)
    func aCaseIsTheSame404ForAnOutsiderAndForNoCase(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let owner = try await PageSession.login(client, fixture.professional)
            let id = try await Self.newCase(owner, title: "Casus Geheim")
            #expect(try await owner.get("/casussen/\(id)").status == .ok)
            let outsider = try await PageSession.login(client, fixture.colleague)
            let hidden = try await outsider.get("/casussen/\(id)")
            let missing = try await outsider.get("/casussen/0000000000000000")
            #expect(hidden.status == .notFound)
            #expect(missing.status == .notFound)
            // The same page; only the language switch names the address asked for.
            #expect(
                hidden.text.replacingOccurrences(of: id, with: "ID")
                    == missing.text.replacingOccurrences(of: "0000000000000000", with: "ID"))
            #expect(hidden.text.contains("<h1>Casus niet gevonden</h1>"))
            #expect(!hidden.text.contains("Geheim"))
            // Posting to it is the same 404 too, and changes nothing.
            let post = try await outsider.post("/casussen/\(id)/gebeurtenissen", Self.event(["datum": "2021", "actor": "X", "titel": "Y"]))
            let postMissing = try await outsider.post(
                "/casussen/0000000000000000/gebeurtenissen", Self.event(["datum": "2021", "actor": "X", "titel": "Y"]))
            #expect(post.status == .notFound)
            #expect(postMissing.status == .notFound)
            #expect(
                post.text.replacingOccurrences(of: id, with: "ID")
                    == postMissing.text.replacingOccurrences(of: "0000000000000000", with: "ID"))
            #expect(
                try await fixture.register.journey(id, caller: Caller(name: fixture.professional, role: .professional, client: "test"))
                    .revision == 1)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func userTextIsEscapedAndEveryPageHasTheCSP(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let id = try await Self.newCase(session, title: "<script>alert(1)</script> \"Casus\"", municipality: "<b>Tilburg</b>")
            let added = try await session.post(
                "/casussen/\(id)/gebeurtenissen",
                Self.event([
                    "datum": "15-7-2021", "actor": "<img src=x onerror=alert(2)>", "soort": "gebeurtenis", "titel": "<svg onload=alert(3)>",
                    "revisie": "1",
                ]))
            #expect(added.status == .seeOther)
            let pages = [
                "/casussen", "/casussen?q=%3Cscript%3E", "/casussen/nieuw", "/casussen/\(id)", "/casussen/\(id)/gebeurtenissen/e1",
                "/casussen/0000000000000000",
            ]
            for uri in pages {
                let page = try await session.get(uri)
                #expect(page.headers[.contentSecurityPolicy] == workbenchCSP, "\(uri)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                #expect(!page.text.contains("<script>alert"), "\(uri)")
                #expect(!page.text.contains("<img src=x"), "\(uri)")
                #expect(!page.text.contains("<svg onload"), "\(uri)")
                #expect(!page.text.contains("<b>Tilburg"), "\(uri)")
                // No inline script or style: the CSP would refuse them.
                #expect(!page.text.contains(" style=\""), "\(uri)")
                #expect(!page.text.contains("<style"), "\(uri)")
                #expect(page.text.components(separatedBy: "<script").count == 2, "\(uri): only the one script element")
            }
            let casePage = try await session.get("/casussen/\(id)")
            #expect(casePage.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Casus&quot;"))
            #expect(casePage.text.contains("&lt;svg onload=alert(3)&gt;"))
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func eventsAreAddedFromDutchTextAndABadDateStaysAtItsField(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let id = try await Self.newCase(session, title: "Claudia & Wesley")
            let caller = Caller(name: fixture.professional, role: .professional, client: "test")
            let bad = try await session.post(
                "/casussen/\(id)/gebeurtenissen",
                Self.event([
                    "datum": "morgen", "actor": "Gemeente", "soort": "obstakel", "titel": "Geen woning", "kosten": "veel", "revisie": "1",
                ]))
            #expect(bad.status == .ok)
            #expect(
                bad.text.contains(
                    #"<p class="field-error" id="veld-datum-fout">Onleesbare datum &quot;morgen&quot; (tip: schrijf bijvoorbeeld"#))
            #expect(
                bad.text.contains(
                    #"id="veld-datum" name="datum" type="text" value="morgen" aria-describedby="veld-datum-uitleg veld-datum-fout" aria-invalid="true""#
                ))
            #expect(bad.text.contains(##"<a href="#veld-datum">Datum: Onleesbare datum"##))
            #expect(bad.text.contains(##"<a href="#veld-kosten">Kosten: "##))
            #expect(bad.text.contains(#"role="alert""#))
            // What was typed is kept; nothing was stored.
            #expect(bad.text.contains(#"value="Geen woning""#))
            #expect(try await fixture.register.journey(id, caller: caller).revision == 1)

            let obstacle = try await session.post(
                "/casussen/\(id)/gebeurtenissen",
                Self.event(["datum": "medio 2021", "actor": "Gemeente", "soort": "obstakel", "titel": "Geen woning", "revisie": "1"]))
            #expect(obstacle.status == .seeOther)
            let exception = try await session.post(
                "/casussen/\(id)/gebeurtenissen",
                Self.event([
                    "datum": "ca. mei 2022", "actor": "gemeente", "soort": "uitzondering", "titel": "Huur betaald", "verwijst": "e1",
                    "kosten": "€ 1.250,-", "betaler": "gemeente", "revisie": "2",
                ]))
            #expect(exception.status == .seeOther, "\(exception.text)")
            let stored = try await fixture.register.journey(id, caller: caller)
            #expect(stored.revision == 3)
            #expect(stored.journey.actors.count == 1, "“gemeente” is the lane “Gemeente”, not a new one")
            let events = stored.journey.events
            #expect(events.map(\.id) == ["e1", "e2"])
            #expect(events[0].date.precision == .yearPart)
            #expect(events[1].date.isApproximate)
            #expect(events[1].costs.first?.amount == Money(cents: 125_000))
            #expect(events[1].links == [Link(.resolves, "e1")])
            // The page shows the analysis of the new revision: the exception awaits approval.
            let page = try await session.get("/casussen/\(id)")
            #expect(page.text.contains("voorgesteld, wacht op goedkeuring"))
            #expect(page.text.contains(#"<datalist id="veld-actor-suggesties"><option value="Gemeente"></option></datalist>"#))
            #expect(page.text.contains(#"<option value="e1">Geen woning (medio 2021)</option>"#))
            #expect(page.text.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="planreis-timeline""#))
            // The obstacle cannot be deleted while the exception refers to it.
            let refused = try await session.post("/casussen/\(id)/gebeurtenissen/e1/verwijderen", [("revisie", "3")])
            #expect(refused.text.contains("“Geen woning” is niet verwijderd: “Huur betaald” verwijst ernaar."))
            #expect(try await fixture.register.journey(id, caller: caller).revision == 3)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func aStaleSaveShowsBothVersionsAndLosesNeither(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let anna = try await PageSession.login(client, fixture.professional)
            let id = try await Self.newCase(anna, title: "Gedeelde casus")
            _ = try await fixture.register.setTeam(
                id, members: [fixture.professional, fixture.colleague],
                caller: Caller(name: fixture.coordinator, role: .coordinator, client: "test"))
            let first = try await anna.post(
                "/casussen/\(id)/gebeurtenissen", Self.event(["datum": "2021", "actor": "School", "titel": "Melding", "revisie": "1"]))
            #expect(first.status == .seeOther)
            let form = try await anna.get("/casussen/\(id)/gebeurtenissen/e1")
            #expect(form.text.contains(#"name="revisie" value="2""#))
            #expect(form.text.contains(#"value="Melding""#))
            // A colleague saves first.
            let bert = try await PageSession.login(client, fixture.colleague)
            let theirs = try await bert.post(
                "/casussen/\(id)/gebeurtenissen/e1",
                Self.event(["datum": "2021", "actor": "School", "titel": "Melding van de school", "revisie": "2"]))
            #expect(theirs.status == .seeOther)
            // Then Anna, on revision 2.
            let mine = try await anna.post(
                "/casussen/\(id)/gebeurtenissen/e1",
                Self.event(["datum": "maart 2021", "actor": "School", "titel": "Melding door mentor", "revisie": "2"]))
            #expect(mine.status == .ok)
            #expect(mine.text.contains("Een collega heeft deze casus intussen gewijzigd."))
            #expect(mine.text.contains("<bdi>Melding van de school</bdi>"), "the colleague's version")
            #expect(mine.text.contains(#"value="Melding door mentor""#), "the user's unsaved version")
            #expect(mine.text.contains(#"value="maart 2021""#))
            #expect(mine.text.contains(#"name="revisie" value="3""#), "re-applying goes on the current revision")
            let caller = Caller(name: fixture.professional, role: .professional, client: "test")
            #expect(try await fixture.register.journey(id, caller: caller).journey.events[0].title == "Melding van de school")
            // Re-applying stores Anna's version as revision 4.
            let again = try await anna.post(
                "/casussen/\(id)/gebeurtenissen/e1",
                Self.event(["datum": "maart 2021", "actor": "School", "titel": "Melding door mentor", "revisie": "3"]))
            #expect(again.status == .seeOther)
            let stored = try await fixture.register.journey(id, caller: caller)
            #expect(stored.revision == 4)
            #expect(stored.journey.events[0].title == "Melding door mentor")
            // A stale delete is refused the same way; a current one removes the event.
            let staleDelete = try await anna.post("/casussen/\(id)/gebeurtenissen/e1/verwijderen", [("revisie", "3")])
            #expect(staleDelete.text.contains("Een collega heeft deze casus intussen gewijzigd."))
            #expect(try await fixture.register.journey(id, caller: caller).revision == 4)
            #expect(try await anna.post("/casussen/\(id)/gebeurtenissen/e1/verwijderen", [("revisie", "4")]).status == .seeOther)
            #expect(try await fixture.register.journey(id, caller: caller).journey.events.isEmpty)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func formPostsWithoutTheCSRFFieldOrFromElsewhereChangeNothing(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let id = try await Self.newCase(session, title: "Casus CSRF")
            let fields = Self.event(["datum": "2021", "actor": "School", "titel": "Melding", "revisie": "1"])
            #expect(try await session.post("/casussen/\(id)/gebeurtenissen", fields, csrf: "").status == .forbidden)
            #expect(
                try await session.post("/casussen/\(id)/gebeurtenissen", fields, csrf: String(repeating: "0", count: 64)).status
                    == .forbidden)
            #expect(try await session.post("/casussen/\(id)/gebeurtenissen", fields, origin: "http://evil.example").status == .forbidden)
            #expect(try await session.post("/casussen/nieuw", [("titel", "X")], csrf: "").status == .forbidden)
            let upload = try await session.upload(
                "/casussen/importeren", file: "a.json", type: "application/json", bytes: Array(smallJourney().utf8), csrf: "x")
            #expect(upload.status == .forbidden)
            let caller = Caller(name: fixture.professional, role: .professional, client: "test")
            #expect(try await fixture.register.journey(id, caller: caller).revision == 1)
            #expect(try await fixture.register.journeys(caller: caller).count == 1)
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func anImportWithProblemsStoresNothingAndListsThemWithTheirPlaces(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let csv = "datum;actor;soort;titel\n15-7-2021;Gemeente;aanvraag;Aanvraag\nmorgen;Gemeente;onzin;X\n"
            let bad = try await session.upload("/casussen/importeren", file: "casus.csv", type: "text/csv", bytes: Array(csv.utf8))
            #expect(bad.status == .ok)
            #expect(bad.text.contains("<bdi>casus.csv:3:1</bdi>"))
            #expect(bad.text.contains("<bdi>casus.csv:3:17</bdi>"))
            #expect(bad.text.contains("onbekende soort &quot;onzin&quot;"))
            #expect(bad.text.contains(##"<a href="#veld-bestand">Bestand: “casus.csv” heeft 2 fouten; er is niets opgeslagen.</a>"##))
            let caller = Caller(name: fixture.professional, role: .professional, client: "test")
            #expect(try await fixture.register.journeys(caller: caller).isEmpty)
            let unknown = try await session.upload("/casussen/importeren", file: "casus.pdf", type: "application/pdf", bytes: [1, 2, 3])
            #expect(unknown.status == .ok)
            #expect(unknown.text.contains("heeft geen bekend formaat"))
            let good = try await session.upload(
                "/casussen/importeren", file: "claudia-wesley.planreis.xml", type: "application/xml",
                bytes: Array(try sample("claudia-wesley.planreis.xml").utf8))
            #expect(good.status == .seeOther)
            let list = try await fixture.register.journeys(caller: caller)
            #expect(list.count == 1)
            #expect(good.headers[.location] == "/casussen/\(list[0].id)")
            let cases = try await session.get("/casussen")
            #expect(cases.text.contains("Claudia en Wesley"))
            #expect(cases.text.contains("<td><bdi>\(fixture.professional)</bdi></td>"), "changed by")
        }
        await fixture.register.close()
    }

    static func parseError(_ text: String) -> DateParseError? {
        do {
            _ = try PartialDate(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: TestEngine.all)
    func theDateCheckGivesValidatesMessages(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            #expect(try await client.execute(uri: "/api/v1/check/date?text=2021", method: .get).status == .unauthorized)
            let session = try await Session.login(client, fixture.professional)
            let mid = try await session.send(.get, "/api/v1/check/date?text=medio%202021")
            #expect(mid.json["ok"] as? Bool == true)
            #expect(mid.json["normalized"] as? String == "2021-38")
            #expect(mid.json["precision"] as? String == "yearPart")
            let about = try await session.send(.get, "/api/v1/check/date?text=ca.%20mei%202017")
            #expect(about.json["normalized"] as? String == "2017-05~")
            let bad = try await session.send(.get, "/api/v1/check/date?text=morgen", headers: [.acceptLanguage: "en"])
            #expect(bad.json["ok"] as? Bool == false)
            let expected = try #require(Self.parseError("morgen"))
            #expect(bad.json["message"] as? String == expected.message.en)
            #expect(bad.json["tip"] as? String == expected.hint.en)
        }
        await fixture.register.close()
    }
}

/// The event form's field names (as `EventForm.names`, plus the base revision).
enum EventFormNames {
    static let all = [
        "datum", "einddatum", "actor", "soort", "titel", "omschrijving", "verwijst", "kosten", "betaler", "waarde", "revisie",
    ]
}
