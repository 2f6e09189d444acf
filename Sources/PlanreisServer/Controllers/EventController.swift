import Foundation
import Hummingbird
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisStore

/// `/journeys/{id}/events[/{eventId}]`: one event at a time, each write a new revision, and the
/// four-eyes decisions on an exception.
struct EventController {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.post("journeys/{id}/events") { request, context in
            let body = try await JSONResponse.object(request, context: context)
            return try await edit(request, context, action: "event-add", requireIfMatch: false) { events in
                var event = body
                let used = Set(events.compactMap { $0["id"] as? String })
                if let id = event["id"] as? String {
                    guard !used.contains(id) else {
                        throw APIError(
                            status: .conflict, code: "conflict",
                            message: .init(
                                nl: "er is al een gebeurtenis met id \"\(id)\"", en: "there already is an event with id \"\(id)\""))
                    }
                } else {
                    var counter = events.count + 1
                    while used.contains("e\(counter)") { counter += 1 }
                    event["id"] = "e\(counter)"
                }
                events.append(event)
                return event["id"] as! String
            }
        }
        group.patch("journeys/{id}/events/{eventId}") { request, context in
            let eventID = try context.parameters.require("eventId")
            let body = try await JSONResponse.object(request, context: context)
            if let id = body["id"] as? String, id != eventID {
                throw APIError.badRequest(.init(nl: "het id van een gebeurtenis kan niet wijzigen", en: "an event's id cannot change"))
            }
            return try await edit(request, context, action: "event-update", requireIfMatch: true) { events in
                guard let index = events.firstIndex(where: { $0["id"] as? String == eventID }) else { throw APIError.notFound }
                // A JSON merge patch: members replace, null removes.
                for (key, value) in body {
                    if value is NSNull { events[index].removeValue(forKey: key) } else { events[index][key] = value }
                }
                return eventID
            }
        }
        group.delete("journeys/{id}/events/{eventId}") { request, context in
            let eventID = try context.parameters.require("eventId")
            return try await edit(request, context, action: "event-delete", requireIfMatch: true) { events in
                guard let index = events.firstIndex(where: { $0["id"] as? String == eventID }) else { throw APIError.notFound }
                events.remove(at: index)
                return eventID
            }
        }
        group.post("journeys/{id}/events/{eventId}/approvals") { request, context in
            let body = try await JSONResponse.object(request, context: context)
            let decision = try JSONResponse.string(body, "decision")
            guard let status = ApprovalStatus(rawValue: decision), status != .proposed else {
                throw APIError.badRequest(
                    .init(
                        nl: "besluit \"\(decision)\" is onbekend; kies goedgekeurd of afgewezen",
                        en: "decision \"\(decision)\" is unknown; choose goedgekeurd or afgewezen"))
            }
            let state = try await register.decide(
                try context.parameters.require("id"), event: try context.parameters.require("eventId"), approve: status == .approved,
                reason: try JSONResponse.string(body, "reason"), caller: try context.caller())
            return JSONResponse.make(.object([("approval", JourneyJSON.approval(state))]))
        }
    }

    /// Applies `change` to the events of the case's planreis JSON, checks the result as a whole
    /// journey (422 with every problem), and stores it as a new revision based on `If-Match`.
    private func edit(
        _ request: Request, _ context: RegisterContext, action: String, requireIfMatch: Bool,
        change: (inout [[String: Any]]) throws -> String
    ) async throws -> Response {
        let caller = try context.caller()
        let id = try context.parameters.require("id")
        let base = requireIfMatch ? try JourneyBody.requiredIfMatch(request) : try JourneyBody.ifMatch(request)
        let current = try await register.journeyForEdit(id, caller: caller)
        if let base, base != current.revision { throw StoreError.stale(current: current.revision) }
        let text = JSONFormat.write([current.journey])
        guard var document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            var journeys = document["journeys"] as? [[String: Any]], var journey = journeys.first
        else { throw StoreError.unreadable("case \(id)") }
        var events = journey["events"] as? [[String: Any]] ?? []
        let eventID = try change(&events)
        journey["events"] = events
        journeys[0] = journey
        document["journeys"] = journeys
        let bytes = try JSONSerialization.data(withJSONObject: document)
        let read = try JourneyBody.read(Array(bytes), format: .json, file: "body")
        let revision = try await register.updateJourney(
            id, base: current.revision, with: read.journey, caller: caller, change: JourneyChange(action, event: eventID))
        return JourneyController(register: register).written(
            id: id, revision: revision, warnings: read.warnings, status: action == "event-add" ? .created : .ok,
            extra: [("eventId", .string(eventID))])
    }
}
