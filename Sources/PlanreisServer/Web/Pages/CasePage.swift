import Hummingbird
import PlanreisModel
import PlanreisStore

/// The case page and its events: `GET /casussen/{id}`, `POST /casussen/{id}/gebeurtenissen`
/// (add), `GET|POST /casussen/{id}/gebeurtenissen/{eventId}` (edit form, save) and
/// `POST …/{eventId}/verwijderen`. Every save names its base revision (`revisie`); a save on
/// an older revision than the current one shows both versions and stores nothing.
struct CasePage {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("casussen/{id}") { request, context in
            let page = PageRequest(request, context: context)
            let stored = try await register.journey(try context.parameters.require("id"), caller: try page.caller())
            return render(stored, form: EventForm.fields(stored.journey, values: [:], editing: nil, page), page: page)
        }
        group.post("casussen/{id}/gebeurtenissen") { request, context in
            try await save(request, context, editing: nil)
        }
        group.get("casussen/{id}/gebeurtenissen/{eventId}") { request, context in
            let page = PageRequest(request, context: context)
            let stored = try await register.journey(try context.parameters.require("id"), caller: try page.caller())
            let eventID = try context.parameters.require("eventId")
            guard let event = stored.journey.event(withID: eventID) else { throw PageError.pageNotFound }
            let values = EventForm.values(of: event, in: stored.journey)
            return render(
                stored, form: EventForm.fields(stored.journey, values: values, editing: eventID, page), editing: eventID, page: page)
        }
        group.post("casussen/{id}/gebeurtenissen/{eventId}") { request, context in
            try await save(request, context, editing: try context.parameters.require("eventId"))
        }
        group.post("casussen/{id}/gebeurtenissen/{eventId}/verwijderen") { request, context in
            try await delete(request, context)
        }
    }

    private func save(_ request: Request, _ context: RegisterContext, editing: String?) async throws -> Response {
        let form = try await PageForm.read(request, context: context)
        let page = PageRequest(request, context: context)
        let caller = try page.caller()
        let id = try context.parameters.require("id")
        let current = try await register.journeyForEdit(id, caller: caller)
        let values = Dictionary(uniqueKeysWithValues: EventForm.names.map { ($0, form[$0]) })
        let base = Int(form["revisie"]) ?? 0
        // Adding never overwrites anything; a change or a delete on an older revision could.
        if let editing, base != current.revision {
            return conflict(current, editing: editing, values: values, page: page)
        }
        let outcome = EventForm.apply(form, to: current.journey, editing: editing, page)
        guard let journey = outcome.journey else {
            var fields = EventForm.fields(current.journey, values: values, editing: editing, page)
            for (name, message) in outcome.errors { fields.fail(name, message) }
            return render(current, form: fields, editing: editing, page: page, status: .ok)
        }
        do {
            _ = try await register.updateJourney(
                id, base: current.revision, with: journey, caller: caller,
                change: JourneyChange(editing == nil ? "event-add" : "event-update", event: outcome.eventID))
        } catch StoreError.stale {
            let newer = try await register.journeyForEdit(id, caller: caller)
            return conflict(newer, editing: editing, values: values, page: page)
        }
        return PageRenderer.redirect("/casussen/\(id)#gebeurtenissen", request: page)
    }

    private func delete(_ request: Request, _ context: RegisterContext) async throws -> Response {
        let form = try await PageForm.read(request, context: context)
        let page = PageRequest(request, context: context)
        let caller = try page.caller()
        let id = try context.parameters.require("id")
        let eventID = try context.parameters.require("eventId")
        let current = try await register.journeyForEdit(id, caller: caller)
        guard let index = current.journey.events.firstIndex(where: { $0.id == eventID }) else {
            return PageRenderer.redirect("/casussen/\(id)#gebeurtenissen", request: page)
        }
        let event = current.journey.events[index]
        if Int(form["revisie"]) != current.revision {
            return conflict(current, editing: eventID, values: EventForm.values(of: event, in: current.journey), page: page)
        }
        if let referrer = current.journey.events.first(where: { $0.links.contains { $0.target == eventID } }) {
            return render(
                current, form: EventForm.fields(current.journey, values: [:], editing: nil, page), page: page,
                status: .ok,
                notice: page.language.pick(
                    "\u{201C}\(event.title)\u{201D} is niet verwijderd: \u{201C}\(referrer.title)\u{201D} verwijst ernaar. Wijzig eerst die gebeurtenis.",
                    "\u{201C}\(event.title)\u{201D} was not deleted: \u{201C}\(referrer.title)\u{201D} refers to it. Change that event first."
                ))
        }
        var journey = current.journey
        journey.events.remove(at: index)
        do {
            _ = try await register.updateJourney(
                id, base: current.revision, with: journey, caller: caller, change: JourneyChange("event-delete", event: eventID))
        } catch StoreError.stale {
            let newer = try await register.journeyForEdit(id, caller: caller)
            return conflict(newer, editing: eventID, values: EventForm.values(of: event, in: current.journey), page: page)
        }
        return PageRenderer.redirect("/casussen/\(id)#gebeurtenissen", request: page)
    }

    /// Both versions: the colleague's current event (or that it is gone) and the user's unsaved
    /// one as a form on the current revision, so re-applying it is one click and nothing is lost.
    private func conflict(_ current: StoredJourney, editing: String?, values: [String: String], page: PageRequest) -> Response {
        var theirs: [String: Any] = [:]
        if let editing, let event = current.journey.event(withID: editing) {
            let their = EventForm.values(of: event, in: current.journey)
            let fields = EventForm.fields(current.journey, values: their, editing: editing, page).fields
            theirs["fields"] = fields.map { field in
                ["label": field.label, "value": field.options.first { $0.value == field.value }?.label ?? field.value]
            }
        } else {
            theirs["gone"] = true
        }
        let form = EventForm.fields(current.journey, values: values, editing: editing, page)
        return render(
            current, form: form, editing: editing.flatMap { current.journey.event(withID: $0) == nil ? nil : $0 }, page: page,
            status: .ok, conflict: theirs)
    }

    private func render(
        _ stored: StoredJourney, form: FormFields, editing: String? = nil, page: PageRequest, status: HTTPResponse.Status = .ok,
        conflict: [String: Any]? = nil, notice: String? = nil
    ) -> Response {
        var context = CaseView(stored, page).context
        for (key, value) in form.context { context[key] = value }
        if let editing {
            context["formAction"] = "/casussen/\(stored.id)/gebeurtenissen/\(editing)"
            context["deleteAction"] = "/casussen/\(stored.id)/gebeurtenissen/\(editing)/verwijderen"
            context["formTitle"] = page.text("editEvent")
            context["editing"] = true
        } else {
            context["formAction"] = "/casussen/\(stored.id)/gebeurtenissen"
            context["formTitle"] = page.text("addEvent")
        }
        if let conflict { context["conflict"] = conflict }
        if let notice { context["notice"] = notice }
        return PageRenderer.page("case", title: stored.journey.title, context: context, request: page, status: status)
    }
}
