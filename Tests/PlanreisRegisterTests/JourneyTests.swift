import Foundation
import Hummingbird
import HummingbirdTesting
import PlanreisFormats
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Register: journeys, revisions, validation")
struct JourneyTests {
    @Test(arguments: TestEngine.all)
    func createReadAndStaleWrites(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await Session.login(client, fixture.professional)
            let created = try await session.send(
                .post, "/api/v1/journeys", body: try sample("claudia-wesley.planreis.xml"), type: "application/xml")
            #expect(created.status == .created)
            let id = try #require(created.json["id"] as? String)
            #expect(created.json["revision"] as? Int == 1)
            #expect(!id.contains("claudia"))

            let read = try await session.send(.get, "/api/v1/journeys/\(id)")
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == "\"1\"")
            #expect(read.text.contains("\"format\": \"planreis\""))
            #expect(read.text.contains("Claudia"))

            let found = try await session.send(.get, "/api/v1/journeys?q=claudia")
            #expect((found.json["journeys"] as? [[String: Any]])?.first?["id"] as? String == id)
            let notFound = try await session.send(.get, "/api/v1/journeys?q=zzzz-nothing")
            #expect((notFound.json["journeys"] as? [Any])?.isEmpty == true)

            let noIfMatch = try await session.send(.put, "/api/v1/journeys/\(id)", body: smallJourney(title: "Nieuw"))
            #expect(noIfMatch.status.code == 428)
            let updated = try await session.send(
                .put, "/api/v1/journeys/\(id)", body: smallJourney(title: "Nieuw"), headers: [.ifMatch: "\"1\""])
            #expect(updated.status == .ok)
            #expect(updated.json["revision"] as? Int == 2)
            let stale = try await session.send(
                .put, "/api/v1/journeys/\(id)", body: smallJourney(title: "Verloren"), headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            #expect((stale.json["error"] as? [String: Any])?["currentRevision"] as? Int == 2)
            let after = try await session.send(.get, "/api/v1/journeys/\(id)")
            #expect(after.text.contains("Nieuw") && !after.text.contains("Verloren"))
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func badBodiesGet422WithLocatedProblemsAndNothingIsStored(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await Session.login(client, fixture.professional)
            let csv = "casus;datum;actor;soort;titel\nc1;15-07-2021;Gemeente;aanvraag;Urgentie\nc1;31-02-2021;Gemeente;onzin;Iets\n"
            let bad = try await session.send(.post, "/api/v1/journeys", body: csv, type: "text/csv")
            #expect(bad.status == .unprocessableContent)
            let problems = try #require((bad.json["error"] as? [String: Any])?["problems"] as? [[String: Any]])
            #expect(problems.count >= 2)
            #expect(problems.allSatisfy { $0["line"] as? Int == 3 })
            let xml = try await session.send(.post, "/api/v1/journeys", body: "<planreis><oops", type: "application/xml")
            #expect(xml.status == .unprocessableContent)
            #expect(((xml.json["error"] as? [String: Any])?["problems"] as? [[String: Any]])?.first?["line"] as? Int == 1)
            let unknownType = try await session.send(.post, "/api/v1/journeys", body: "x", type: "text/plain")
            #expect(unknownType.status == .unsupportedMediaType)
            let list = try await session.send(.get, "/api/v1/journeys")
            #expect((list.json["journeys"] as? [Any])?.isEmpty == true)
            // English on request.
            let english = try await session.send(.post, "/api/v1/journeys", body: csv, type: "text/csv", headers: [.acceptLanguage: "en"])
            #expect(english.text.contains("nothing was stored"))
        }
        await fixture.register.close()
    }

    /// A workbook body is read like `planreis validate` reads the file: the Claudia & Wesley
    /// sample as .xlsx and .ods is stored with all its events.
    @Test(arguments: TestEngine.all)
    func workbooksAreImported(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        let original = JourneyFormat.planreisXML.read(Array(try sample("claudia-wesley.planreis.xml").utf8), file: "cw.planreis.xml")
        let journey = try #require(original.journeys.first)
        try await fixture.app.test(.router) { client in
            let session = try await Session.login(client, fixture.professional)
            for (format, type) in [
                (JourneyFormat.xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (JourneyFormat.ods, "application/vnd.oasis.opendocument.spreadsheet"),
            ] {
                let created = try await session.send(.post, "/api/v1/journeys", bytes: format.write([journey]), type: type)
                #expect(created.status == .created, "\(format): \(created.text)")
                let id = try #require(created.json["id"] as? String)
                let read = try await session.send(.get, "/api/v1/journeys/\(id)")
                let stored = JourneyFormat.json.read(Array(read.text.utf8), file: "stored.json")
                #expect(stored.journeys.first?.events.count == journey.events.count)
                #expect(stored.journeys.first?.title == journey.title)
            }
        }
        await fixture.register.close()
    }

    @Test(arguments: TestEngine.all)
    func historyKeepsEveryRevisionAndAnOldOneCanBeRestored(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await Session.login(client, fixture.professional)
            let id = try #require(
                try await session.send(.post, "/api/v1/journeys", body: smallJourney(title: "Eerste")).json["id"] as? String)
            _ = try await session.send(.put, "/api/v1/journeys/\(id)", body: smallJourney(title: "Tweede"), headers: [.ifMatch: "1"])
            let history = try await session.send(.get, "/api/v1/journeys/\(id)/history")
            let revisions = try #require(history.json["revisions"] as? [[String: Any]])
            #expect(revisions.map { $0["revision"] as? Int } == [1, 2])
            #expect(revisions.allSatisfy { $0["author"] as? String == fixture.professional })
            let first = try await session.send(.get, "/api/v1/journeys/\(id)/history/1")
            #expect(first.text.contains("Eerste"))
            #expect(try await session.send(.get, "/api/v1/journeys/\(id)/history/9").status == .notFound)
            let restored = try await session.send(.put, "/api/v1/journeys/\(id)", body: first.text, headers: [.ifMatch: "2"])
            #expect(restored.json["revision"] as? Int == 3)
            #expect(try await session.send(.get, "/api/v1/journeys/\(id)").text.contains("Eerste"))
        }
        await fixture.register.close()
    }
}
