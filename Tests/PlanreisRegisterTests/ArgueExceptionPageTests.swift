import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

/// The fields of a complete exception for the Claudia & Wesley case, as a person types them.
func exceptionFields(title: String, legitimation: Bool = true) -> [(String, String)] {
    var fields: [(String, String)] = [
        ("obstakel", "o-indicatie"), ("titel", title), ("datum", "medio 2020"), ("actor", "gemeente"),
        ("kosten-1-post", ""), ("kosten-1-bedrag", "€ 1.250,-"), ("kosten-1-betaler", "gemeente"),
        ("kosten-1-toelichting", "zorgboerderij voor Claudia's jongste"),
        ("scenario", "Wesley en Claudia verliezen de kinderen uit huis"), ("kans", "20-40"), ("horizon", "12"),
        ("vermeden-1-post", "ambulante-jeugdhulp-per-uur"), ("vermeden-1-aantal", "4"), ("vermeden-1-perioden", "12"),
        ("vermeden-1-betaler", "gemeente"),
    ]
    if legitimation {
        fields += [
            ("grondslag", "Indicatie per kind (Jeugdwet)"), ("argument", "Claudia en Wesley kunnen de kinderen zo samen houden"),
            ("perspectief", "Claudia: 'mijn kinderen horen bij elkaar'"),
        ]
    }
    return fields
}

@Suite("Argue: the exception form")
struct ArgueExceptionPageTests {
    @Test(arguments: TestEngine.all)
    func theLegitimationIsRequiredBeforeProposingAndAProposalStartsAsProposed(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let api = try await Session.login(client, fixture.professional)
            let created = try await api.send(
                .post, "/api/v1/journeys", body: try sample("claudia-wesley.planreis.xml"), type: "application/xml")
            let id = try #require(created.json["id"] as? String)
            let page = try await PageSession.login(client, fixture.professional)

            let form = try await page.get("/casussen/\(id)/uitzondering?obstakel=o-indicatie")
            #expect(form.status == .ok)
            #expect(form.headers[.contentSecurityPolicy] == workbenchCSP)
            #expect(form.text.contains(#"<option value="o-indicatie" selected>"#))
            #expect(form.text.contains(#"for="veld-grondslag">Regel of wettelijke grondslag"#))
            #expect(form.text.contains(#"for="veld-kans">Kans (schatting)"#))
            #expect(form.text.contains(#"<span class="estimate">schatting</span>"#))
            #expect(form.text.contains("ambulante-jeugdhulp-per-uur — € 78,00 per uur (2024)"))
            #expect(form.text.contains(#"<button type="submit" class="button" name="actie" value="voorstellen">Voorstellen</button>"#))

            // Without JavaScript: "Doorrekenen" renders the figures, typed in Dutch.
            let title = "Zorgboerderij zonder indicatie \(UUID().uuidString.prefix(6))"
            let recalculated = try await page.post(
                "/casussen/\(id)/uitzondering", exceptionFields(title: title, legitimation: false) + [("actie", "doorrekenen")])
            #expect(recalculated.status == .ok)
            #expect(recalculated.text.contains(#"<dd data-figuur="cost">€ 1.250,00</dd>"#))
            // 4 h × 12 months × € 78 = € 3.744; at 30 % (the middle of 20–40) € 1.123,20.
            #expect(recalculated.text.contains(#"<span data-figuur="expectedSaving">€ 1.123,20</span>"#))
            #expect(recalculated.text.contains(#"<span data-figuur="savingRange">€ 748,80 – € 1.497,60</span>"#))
            #expect(recalculated.text.contains(#"<span data-figuur="breakEven">33,39 %</span>"#))
            #expect(!recalculated.text.contains(#"role="alert""#))

            // Proposing without the legitimation: every missing part at its field and in the summary; nothing stored.
            let refused = try await page.post(
                "/casussen/\(id)/uitzondering", exceptionFields(title: title, legitimation: false) + [("actie", "voorstellen")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"role="alert""#))
            for field in ["grondslag", "argument", "perspectief"] {
                #expect(refused.text.contains(##"<a href="#veld-\##(field)">"##), "\(field) in the summary")
                #expect(
                    refused.text.contains(
                        #"id="veld-\#(field)" name="\#(field)" rows="3" aria-describedby="veld-\#(field)-uitleg veld-\#(field)-fout" aria-invalid="true""#
                    ),
                    "\(field) marked invalid")
            }
            #expect(refused.text.contains(#"value="€ 1.250,-""#), "the typed amount is kept")
            let unchanged = try await api.send(.get, "/api/v1/journeys/\(id)")
            #expect(unchanged.headers[.eTag] == "\"1\"")

            // A bad amount is named at its field.
            var bad = exceptionFields(title: title)
            bad[5] = ("kosten-1-bedrag", "12,3,4")
            let badAmount = try await page.post("/casussen/\(id)/uitzondering", bad + [("actie", "voorstellen")])
            #expect(badAmount.status == .unprocessableContent)
            #expect(badAmount.text.contains(##"<a href="#veld-kosten-1-bedrag">"##))

            // Complete: stored as an exception resolving the obstacle, proposed by its author.
            let proposed = try await page.post("/casussen/\(id)/uitzondering", exceptionFields(title: title) + [("actie", "voorstellen")])
            #expect(proposed.status == .seeOther, "\(proposed.text.prefix(2000))")
            #expect(proposed.headers[.location] == "/casussen/\(id)#analyse")
            let stored = try await api.send(.get, "/api/v1/journeys/\(id)")
            #expect(stored.headers[.eTag] == "\"2\"")
            let events = ((stored.json["journeys"] as? [[String: Any]])?.first?["events"] as? [[String: Any]]) ?? []
            let exception = try #require(events.first { $0["title"] as? String == title })
            #expect(exception["kind"] as? String == "uitzondering")
            #expect(approvalStatus(stored, exception["id"] as? String ?? "") == "voorgesteld")
            #expect((exception["links"] as? [[String: Any]])?.first?["target"] as? String == "o-indicatie")
            let legitimation = exception["legitimation"] as? [String: Any]
            #expect(legitimation?["basis"] as? String == "Indicatie per kind (Jeugdwet)")

            // A stale revision never overwrites: the form comes back with its values and a notice.
            let stale = try await page.post(
                "/casussen/\(id)/uitzondering", exceptionFields(title: title + " b") + [("actie", "voorstellen"), ("revisie", "1")])
            #expect(stale.status == .ok)
            #expect(stale.text.contains("intussen door een ander gewijzigd"))
            #expect(stale.text.contains(#"value="\#(title) b""#))
            #expect((try await api.send(.get, "/api/v1/journeys/\(id)")).headers[.eTag] == "\"2\"")

            // An outsider gets the case's not-found page; a post without the CSRF field is refused.
            let outsider = try await PageSession.login(client, fixture.colleague)
            let hidden = try await outsider.get("/casussen/\(id)/uitzondering")
            #expect(hidden.status == .notFound)
            #expect(hidden.text.contains("Casus niet gevonden"))
            let forged = try await page.post(
                "/casussen/\(id)/uitzondering", exceptionFields(title: title) + [("actie", "voorstellen")], csrf: "fout")
            #expect(forged.status == .forbidden)
        }
        await fixture.register.close()
    }
}
