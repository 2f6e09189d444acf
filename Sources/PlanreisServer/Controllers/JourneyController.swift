import Hummingbird
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisStore
import PlanreisText

/// `/journeys` and `/journeys/{id}`: create, list, read, replace, delete, close.
struct JourneyController {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.post("journeys") { request, context in try await create(request, context) }
        group.get("journeys") { request, context in
            let caller = try context.caller()
            let list = try await register.journeys(caller: caller, query: request.uri.queryParameters["q"].map(String.init))
            return JSONResponse.make(
                .object([
                    (
                        "journeys",
                        .array(
                            list.map {
                                .object([
                                    ("id", .string($0.id)), ("revision", .int($0.revision)), ("title", .string($0.title)),
                                    ("municipality", .optional($0.municipality) { .string($0) }),
                                    ("updatedAt", .string(JourneyJSON.timestamp($0.updatedAt))),
                                ])
                            })
                    )
                ]))
        }
        group.get("journeys/{id}") { request, context in
            let stored = try await register.journey(try context.parameters.require("id"), caller: try context.caller())
            var headers = HTTPFields()
            headers[.eTag] = "\"\(stored.revision)\""
            let document = RenderedCache.shared.text(RenderedCache.key("json", stored), approvals: stored.approvals) {
                JourneyJSON.document(stored)
            }
            return JSONResponse.text(document, type: "application/json; charset=utf-8", headers: headers)
        }
        group.put("journeys/{id}") { request, context in
            let id = try context.parameters.require("id")
            let base = try JourneyBody.requiredIfMatch(request)
            let format = try JourneyBody.format(request)
            let read = try JourneyBody.read(try await JSONResponse.body(request, context: context), format: format, file: "body")
            let revision = try await register.updateJourney(
                id, base: base, with: read.journey, caller: try context.caller(), change: JourneyChange("update"))
            return written(id: id, revision: revision, warnings: read.warnings, status: .ok)
        }
        group.delete("journeys/{id}") { request, context in
            let reason = try await JSONResponse.string(JSONResponse.object(request, context: context), "reason")
            try await register.deleteJourney(try context.parameters.require("id"), reason: reason, caller: try context.caller())
            return Response(status: .noContent)
        }
        group.post("journeys/{id}/close") { request, context in
            let body = try await JSONResponse.object(request, context: context)
            let name = (body["retention"] as? String) ?? RetentionClass.jeugdhulp.rawValue
            guard let retention = RetentionClass(rawValue: name) else {
                throw APIError.badRequest(
                    .init(
                        nl: "onbekende bewaarklasse \"\(name)\"; kies jeugdhulp of wmo",
                        en: "unknown retention class \"\(name)\"; choose jeugdhulp or wmo"))
            }
            let until = try await register.close(try context.parameters.require("id"), retention: retention, caller: try context.caller())
            return JSONResponse.make(
                .object([("retention", .string(retention.rawValue)), ("retainUntil", .string(JourneyJSON.timestamp(until)))]))
        }
    }

    private func create(_ request: Request, _ context: RegisterContext) async throws -> Response {
        let caller = try context.caller()
        guard caller.role.editsCases else { throw StoreError.forbidden }
        let format = try JourneyBody.format(request)
        let read = try JourneyBody.read(try await JSONResponse.body(request, context: context), format: format, file: "body")
        let created = try await register.createJourney(read.journey, caller: caller)
        var response = written(id: created.id, revision: created.revision, warnings: read.warnings, status: .created)
        response.headers[.location] = "/api/v1/journeys/\(created.id)"
        return response
    }

    /// `{"id", "revision", "warnings"}` with the new revision as ETag.
    func written(
        id: String, revision: Int, warnings: [Diagnostic], status: HTTPResponse.Status, extra: [(String, JSONValue)] = []
    )
        -> Response
    {
        var headers = HTTPFields()
        headers[.eTag] = "\"\(revision)\""
        var members: [(String, JSONValue)] = [("id", .string(id)), ("revision", .int(revision))] + extra
        if !warnings.isEmpty { members.append(("warnings", JourneyBody.problems(warnings))) }
        return JSONResponse.make(.object(members), status: status, headers: headers)
    }
}
