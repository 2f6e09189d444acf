import Foundation
import Hummingbird
import HummingbirdTesting
import PlanreisFormats
import PlanreisModel
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Register: approval states from imported files")
struct ApprovalImportTests {
    /// A case with exception u1 (€400, its approval as given) and u2 (€50, no approval).
    static func json(municipality: String, u1Approval: String?) -> String {
        let approval = u1Approval.map { #", "approval": { "status": "\#($0)" }"# } ?? ""
        return #"""
            { "format": "planreis", "version": 1, "journeys": [ {
              "id": "import", "title": "Casus Import", "municipality": "\#(municipality)",
              "actors": [ { "id": "hh", "name": "Huishouden", "group": "huishouden" }, { "id": "gem", "name": "Gemeente", "group": "gemeente" } ],
              "events": [
                { "id": "o1", "actor": "gem", "kind": "obstakel", "date": "2024-02-01", "title": "Geen woning" },
                { "id": "u1", "actor": "gem", "kind": "uitzondering", "date": "2024-03-01", "title": "Huur betaald",
                  "links": [{ "kind": "lost-op", "target": "o1" }], "costs": [{ "amountCents": 40000, "payer": "gemeente" }]\#(approval) },
                { "id": "u2", "actor": "gem", "kind": "uitzondering", "date": "2024-03-05", "title": "Borg",
                  "links": [{ "kind": "lost-op", "target": "o1" }], "costs": [{ "amountCents": 5000, "payer": "gemeente" }] }
              ] } ] }
            """#
    }

    /// The same case with a third exception u3 of €200 that claims to be approved.
    static func withThird(_ json: String) -> String {
        json.replacingOccurrences(
            of: #"{ "amountCents": 5000, "payer": "gemeente" }] }"#,
            with: #"""
                { "amountCents": 5000, "payer": "gemeente" }] },
                { "id": "u3", "actor": "gem", "kind": "uitzondering", "date": "2024-04-01", "title": "Verhuizing",
                  "links": [{ "kind": "lost-op", "target": "o1" }], "costs": [{ "amountCents": 20000, "payer": "gemeente" }],
                  "approval": { "status": "goedgekeurd" } }
                """#)
    }

    static func approval(_ response: TestResponse, _ id: String) -> [String: Any]? {
        let events = (response.json["journeys"] as? [[String: Any]])?.first?["events"] as? [[String: Any]]
        return events?.first { $0["id"] as? String == id }?["approval"] as? [String: Any]
    }

    @Test(arguments: TestEngine.all)
    func anImportedExceptionKeepsItsStateAndOnlyApprovedOnesCountAgainstTheLimit(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let professional = try await Session.login(client, fixture.professional)
            for (given, expected, over) in [("goedgekeurd", "goedgekeurd", true), (nil, "voorgesteld", false)] as [(String?, String, Bool)]
            {
                let body = Self.json(municipality: uniqueName("gemeente"), u1Approval: given)
                let created = try await professional.send(.post, "/api/v1/journeys", body: body)
                #expect(created.status == .created)
                let id = try #require(created.json["id"] as? String)
                let read = try await professional.send(.get, "/api/v1/journeys/\(id)")
                let u1 = try #require(Self.approval(read, "u1"))
                #expect(u1["status"] as? String == expected)
                let decisions = u1["decisions"] as? [[String: Any]] ?? []
                if given != nil {
                    // Taken over from the file, in the importer's name, and said so.
                    #expect(decisions.count == 1)
                    #expect(decisions.first?["user"] as? String == fixture.professional)
                    #expect(decisions.first?["reason"] as? String == "overgenomen uit het ingelezen bestand")
                } else {
                    #expect(decisions.isEmpty)
                }
                #expect(Self.approval(read, "u2")?["status"] as? String == "voorgesteld")
                // An edit that adds an exception claiming approval does not approve it; whether it
                // passes the household limit (€500) depends only on u1 being approved (€400 + €200).
                let updated = try await professional.send(
                    .put, "/api/v1/journeys/\(id)", body: Self.withThird(body), headers: [.ifMatch: "1"])
                #expect(updated.status == .ok, "\(updated.text)")
                let after = try await professional.send(.get, "/api/v1/journeys/\(id)")
                let u3 = try #require(Self.approval(after, "u3"))
                #expect(u3["status"] as? String == "voorgesteld")
                #expect(u3["overLimit"] as? Bool == over)
                #expect(Self.approval(after, "u1")?["status"] as? String == expected)
                // The export carries the register's states, so another register can import them.
                let export = try await professional.send(.get, "/api/v1/journeys/\(id)/export.xml")
                #expect(export.text.contains(#"approval="\#(expected)""#))
                #expect(export.text.contains(#"approval="voorgesteld""#))
            }
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func spreadsheetAndXMLCarryTheStateAndABadStateIsALocatedProblem(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let professional = try await Session.login(client, fixture.professional)
            let municipality = uniqueName("gemeente")
            let csv = """
                casus;datum;actor;soort;titel;id;verwijst_naar;kosten;betaler;gemeente;goedkeuring
                c1;01-02-2024;Gemeente;obstakel;Geen woning;o1;;;;\(municipality);
                c1;01-03-2024;Gemeente;uitzondering;Huur betaald;u1;o1;400;gemeente;\(municipality);afgewezen

                """
            let created = try await professional.send(.post, "/api/v1/journeys", body: csv, type: "text/csv")
            #expect(created.status == .created, "\(created.text)")
            let id = try #require(created.json["id"] as? String)
            #expect(Self.approval(try await professional.send(.get, "/api/v1/journeys/\(id)"), "u1")?["status"] as? String == "afgewezen")

            let bad = try await professional.send(
                .post, "/api/v1/journeys", body: csv.replacingOccurrences(of: ";afgewezen", with: ";misschien"), type: "text/csv")
            #expect(bad.status == .unprocessableContent)
            let problems = try #require((bad.json["error"] as? [String: Any])?["problems"] as? [[String: Any]])
            #expect(
                problems.contains {
                    $0["line"] as? Int == 3 && (($0["message"] as? [String: Any])?["nl"] as? String ?? "").contains("misschien")
                })

            // XML: the writer puts the state on the event, the register reads it back.
            var journey = try #require(
                JSONFormat.read(Array(Self.json(municipality: uniqueName("gemeente"), u1Approval: nil).utf8), file: "t.json").journeys.first
            )
            let u1 = try #require(journey.events.firstIndex { $0.id == "u1" })
            journey.events[u1].approval = .approved
            let xml = PlanreisXMLFormat.write([journey])
            #expect(xml.contains(#"approval="goedgekeurd""#))
            let imported = try await professional.send(.post, "/api/v1/journeys", body: xml, type: "application/xml")
            #expect(imported.status == .created, "\(imported.text)")
            let xmlID = try #require(imported.json["id"] as? String)
            let read = try await professional.send(.get, "/api/v1/journeys/\(xmlID)")
            #expect(Self.approval(read, "u1")?["status"] as? String == "goedgekeurd")
            #expect(Self.approval(read, "u2")?["status"] as? String == "voorgesteld")
            let wrong = xml.replacingOccurrences(of: #"approval="goedgekeurd""#, with: #"approval="ja""#)
            let line =
                try #require(wrong.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#"approval="ja""#) })
                + 1
            let refused = try await professional.send(.post, "/api/v1/journeys", body: wrong, type: "application/xml")
            #expect(refused.status == .unprocessableContent)
            let xmlProblems = try #require((refused.json["error"] as? [String: Any])?["problems"] as? [[String: Any]])
            #expect(
                xmlProblems.contains {
                    $0["line"] as? Int == line && (($0["message"] as? [String: Any])?["nl"] as? String ?? "").contains("\"ja\"")
                })
        }
        await fixture.register.close()
    }
}
