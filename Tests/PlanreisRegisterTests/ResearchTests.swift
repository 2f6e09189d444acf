import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Register: the researcher's anonymised export")
struct ResearchTests {
    /// A case of one household in `year`, naming its members and a unique municipality.
    static func journey(year: Int, name: String, municipality: String, region: String, tag: String) -> String {
        #"""
        { "format": "planreis", "version": 1, "journeys": [ {
          "id": "\#(name.lowercased())-dossier", "title": "Gezin \#(name)", "municipality": "\#(municipality)", "region": "\#(region)",
          "household": [ { "role": "moeder", "name": "Fatima \#(name)" } ],
          "tags": [ { "key": "geweld", "value": "\#(tag)" } ],
          "actors": [ { "id": "hh", "name": "Huishouden", "group": "huishouden" }, { "id": "gem", "name": "Gemeente", "group": "gemeente" } ],
          "events": [
            { "id": "a1", "actor": "hh", "kind": "aanvraag", "date": "\#(year)-01-10", "title": "Aanvraag urgentie",
              "description": "Fatima \#(name) belt, 06-12345678, wonend Lange Mare 12a." },
            { "id": "b1", "actor": "gem", "kind": "besluit", "date": "\#(year)-03-02", "title": "Urgentie", "value": "toegekend",
              "links": [{ "kind": "beantwoordt", "target": "a1" }] }
          ] } ] }
        """#
    }

    @Test(arguments: TestEngine.all)
    func aResearcherGetsAnonymisedCasesWithSmallCellsSuppressedAndOthersAreRefused(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        let researcher = uniqueName("researcher")
        try await fixture.register.addUser(researcher, role: .researcher, password: "correct horse battery")
        // A year no other test uses, so that the shared PostgreSQL database holds only these.
        let year = 1901 + Int.random(in: 0..<90)
        let shared = uniqueName("regio")
        try await fixture.app.test(.router) { client in
            let professional = try await Session.login(client, fixture.professional)
            var ids: [String] = []
            let names = ["Yilmaz", "Bakkali", "Jansen", "Pinas", "Kowalski", "Haddou"]
            for (index, name) in names.enumerated() {
                // Five cases share a municipality and a tag; the sixth has its own of each.
                let last = index == names.count - 1
                let body = Self.journey(
                    year: year, name: name, municipality: last ? uniqueName("dorp") : shared, region: last ? "Zeeland" : "West-Brabant",
                    tag: last ? "zeldzaam" : "huiselijk")
                let created = try await professional.send(.post, "/api/v1/journeys", body: body)
                #expect(created.status == .created)
                ids.append(try #require(created.json["id"] as? String))
            }
            let session = try await Session.login(client, researcher)
            for format in ["csv", "json", "xes"] {
                let export = try await session.send(.get, "/api/v1/research/export?format=\(format)&year=\(year)")
                #expect(export.status == .ok, "\(format): \(export.text)")
                #expect(export.headers[HTTPField.Name("X-Planreis-Cases")!] == "6")
                let text = export.text
                for name in names { #expect(!text.contains(name), "\(format) leaks \(name)") }
                for id in ids { #expect(!text.contains(id), "\(format) leaks a register id") }
                #expect(!text.contains("06-12345678") && !text.contains("Lange Mare") && !text.contains(shared))
                #expect(!text.contains("zeldzaam"), "\(format) keeps a tag of one case")
                #expect(text.contains("huiselijk"), "\(format) drops a tag five cases share")
                #expect(text.contains("Aanvraag urgentie"))
            }
            let json = try await session.send(.get, "/api/v1/research/export?format=json&year=\(year)")
            let journeys = try #require(json.json["journeys"] as? [[String: Any]])
            #expect(journeys.count == 6)
            #expect(Set(journeys.compactMap { $0["id"] as? String }).count == 6)
            // The region five cases share stays; the one case's own region is removed.
            #expect(journeys.filter { $0["region"] as? String == "West-Brabant" }.count == 5)
            #expect(!json.text.contains("Zeeland"))
            // A larger minimum than the cases: nothing released; a smaller one than 5: refused.
            let tooFew = try await session.send(.get, "/api/v1/research/export?format=csv&year=\(year)&minCell=7")
            #expect(tooFew.status == .conflict)
            #expect(tooFew.errorCode == "te-weinig-casussen")
            #expect(try await session.send(.get, "/api/v1/research/export?minCell=2").status == .badRequest)
            #expect(try await session.send(.get, "/api/v1/research/export?format=pdf").status == .badRequest)
            // A researcher reads nothing else: no case, no list, no figures.
            #expect(try await session.send(.get, "/api/v1/journeys/\(ids[0])").status == .notFound)
            #expect(try await session.send(.get, "/api/v1/journeys").status == .forbidden)
            #expect(try await session.send(.get, "/api/v1/budget?year=\(year)").status == .forbidden)
            // Other roles do not get the export.
            for user in [fixture.professional, fixture.coordinator, fixture.policy, fixture.admin] {
                let other = try await Session.login(client, user)
                #expect(try await other.send(.get, "/api/v1/research/export?year=\(year)").status == .forbidden, "\(user)")
            }
            // Clean up for the shared database: the coordinator deletes the cases.
            let coordinator = try await Session.login(client, fixture.coordinator)
            for id in ids {
                _ = try await professional.send(
                    .put, "/api/v1/journeys/\(id)/team", body: #"{"members":["\#(fixture.professional)","\#(fixture.coordinator)"]}"#)
                _ = try await coordinator.send(.delete, "/api/v1/journeys/\(id)", body: #"{"reason":"test"}"#)
            }
        }
        // Every export call, refused or not, left exactly one audit row naming no case.
        let admin = Caller(name: fixture.admin, role: .admin, client: "test")
        let rows = try await fixture.register.auditEntries(AuditQuery(user: researcher), caller: admin)
        let exports = rows.filter { $0.action == "research-export" }
        #expect(exports.count == 5)
        #expect(exports.allSatisfy { $0.journey == nil && $0.role == "researcher" })
        await fixture.register.close()
    }
}
