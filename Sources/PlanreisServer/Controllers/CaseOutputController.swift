import Hummingbird
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport
import PlanreisStore

/// A case's analysis, timeline, report, exports, history and team: the same code the command
/// line runs (`analyze`, `render`, `convert`), on the current revision.
struct CaseOutputController {
    let register: Register
    static let priceList = PriceList.shipped().priceList

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("journeys/{id}/analysis") { request, context in
            let stored = try await read(context, action: "read-analysis")
            let json = RenderedCache.shared.text(RenderedCache.key("analysis", stored)) {
                AnalysisJSONWriter().write(Analyzer(priceList: Self.priceList).analyze(stored.journey))
            }
            return JSONResponse.text(json, type: "application/json; charset=utf-8")
        }
        group.get("journeys/{id}/timeline.svg") { request, context in
            let stored = try await read(context, action: "read-timeline")
            let language = request.language
            let svg = RenderedCache.shared.text(RenderedCache.key("timeline", stored, language.rawValue)) {
                let stalls = Analyzer(priceList: Self.priceList).analyze(stored.journey).stalls.stalls
                return SVGRenderer.render(stored.journey, options: .init(language: language), stalls: stalls)
            }
            return JSONResponse.text(svg, type: "image/svg+xml; charset=utf-8")
        }
        group.get("journeys/{id}/report.html") { request, context in
            let stored = try await read(context, action: "read-report")
            let language = request.language
            let analysis = Analyzer(priceList: Self.priceList).analyze(stored.journey)
            let html = try HTMLReport.render(
                stored.journey, summary: AnalysisHTMLWriter(language: language).write(analysis), language: language, templates: nil,
                stalls: analysis.stalls.stalls)
            return JSONResponse.text(html, type: "text/html; charset=utf-8")
        }
        let exports: [(String, JourneyFormat, String)] = [
            ("xml", .planreisXML, "application/xml"), ("csv", .csv, "text/csv; charset=utf-8"),
            ("json", .json, "application/json; charset=utf-8"), ("xes", .xes, "application/xml"),
        ]
        for (name, format, type) in exports {
            group.get("journeys/{id}/export.\(name)") { request, context in
                let stored = try await read(context, action: "export")
                var headers = HTTPFields()
                headers[.contentDisposition] = "attachment; filename=\"casus-\(stored.id).\(name)\""
                return JSONResponse.bytes(format.write([Self.withApprovals(stored)]), type: type, headers: headers)
            }
        }
        group.get("journeys/{id}/history") { request, context in
            let id = try context.parameters.require("id")
            let revisions = try await register.history(id, caller: try context.caller())
            return JSONResponse.make(
                .object([
                    ("id", .string(id)),
                    (
                        "revisions",
                        .array(
                            revisions.map {
                                .object([
                                    ("revision", .int($0.revision)), ("author", .string($0.author)),
                                    ("at", .string(JourneyJSON.timestamp($0.at))), ("change", .string($0.change)),
                                ])
                            })
                    ),
                ]))
        }
        group.get("journeys/{id}/history/{revision}") { request, context in
            let id = try context.parameters.require("id")
            guard let number = Int(try context.parameters.require("revision")) else { throw APIError.notFound }
            let journey = try await register.revision(id, number, caller: try context.caller())
            var headers = HTTPFields()
            headers[.eTag] = "\"\(number)\""
            return JSONResponse.text(JSONFormat.write([journey]), type: "application/json; charset=utf-8", headers: headers)
        }
        group.get("journeys/{id}/team") { request, context in
            let members = try await register.team(try context.parameters.require("id"), caller: try context.caller())
            return JSONResponse.make(.object([("members", .array(members.map { .string($0) }))]))
        }
        group.put("journeys/{id}/team") { request, context in
            let body = try await JSONResponse.object(request, context: context)
            guard let names = body["members"] as? [String] else {
                throw APIError.badRequest(
                    .init(
                        nl: "veld \"members\" moet een lijst van gebruikersnamen zijn", en: "field \"members\" must be a list of user names"
                    ))
            }
            let members = try await register.setTeam(try context.parameters.require("id"), members: names, caller: try context.caller())
            return JSONResponse.make(.object([("members", .array(members.map { .string($0) }))]))
        }
    }

    /// The case with each exception's approval state from the register, so that an export
    /// imported elsewhere keeps it.
    static func withApprovals(_ stored: StoredJourney) -> Journey {
        var journey = stored.journey
        for index in journey.events.indices {
            guard let id = journey.events[index].id, let state = stored.approvals[id] else { continue }
            journey.events[index].approval = ApprovalMark(rawValue: state.status.rawValue)
        }
        return journey
    }

    /// The current revision, its read audited before the response.
    private func read(_ context: RegisterContext, action: String) async throws -> StoredJourney {
        try await register.journey(try context.parameters.require("id"), caller: try context.caller(), action: action)
    }
}
