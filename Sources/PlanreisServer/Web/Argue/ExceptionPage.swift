import Foundation
import Hummingbird
import PlanreisFormats
import PlanreisModel
import PlanreisStore

/// `GET/POST /casussen/{id}/uitzondering?obstakel=`: argue an exception with its legitimation
/// and live cost-benefit, and propose it. *Doorrekenen* re-renders the figures without
/// JavaScript; *Voorstellen* stores the exception as an event of the case that resolves the
/// obstacle, through the store, so it starts as *voorgesteld* and waits for four eyes.
struct ExceptionPage {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("casussen/{id}/uitzondering") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role.editsCases else { throw PageError.caseNotFound }
            let id = try context.parameters.require("id")
            let stored = try await register.journey(id, caller: caller, action: "read")
            var draft = ExceptionDraft()
            draft.obstacle = request.uri.queryParameters["obstakel"].map(String.init) ?? ""
            if stored.journey.event(withID: draft.obstacle)?.kind != .obstacle { draft.obstacle = "" }
            draft.actor = (stored.journey.actors.first { $0.group == .municipality } ?? stored.journey.actors.first)?.id ?? ""
            return render(page, id: id, stored: stored, draft: draft, problems: [], summary: false)
        }
        group.post("casussen/{id}/uitzondering") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role.editsCases else { throw PageError.caseNotFound }
            let id = try context.parameters.require("id")
            let form = try await PageForm.read(request, context: context)
            let draft = ExceptionForm.draft(from: form)
            let preview = ExceptionPreview(draft, estimatedBy: caller.name)
            guard form["actie"] == "voorstellen" else {
                let stored = try await register.journey(id, caller: caller, action: "read")
                return render(
                    page, id: id, stored: stored, draft: draft, problems: preview.problems, summary: !preview.problems.isEmpty,
                    revision: Int(form["revisie"]))
            }
            let current = try await register.journeyForEdit(id, caller: caller)
            var problems = preview.problems + draft.proposalProblems()
            if !draft.obstacle.isEmpty, current.journey.event(withID: draft.obstacle)?.kind != .obstacle {
                problems.append(
                    DraftProblem(
                        field: ExceptionDraft.Field.obstacle,
                        message: Localized(nl: "kies een obstakel van deze casus", en: "choose an obstacle of this case")))
            }
            let base = Int(form["revisie"]) ?? current.revision
            guard problems.isEmpty else {
                return render(page, id: id, stored: current, draft: draft, problems: problems, summary: true, revision: base)
            }
            var journey = current.journey
            var event = preview.event
            let used = Set(journey.events.compactMap(\.id))
            var counter = journey.events.count + 1
            while used.contains("e\(counter)") { counter += 1 }
            event.id = "e\(counter)"
            journey.events.append(event)
            do {
                // The same checks as the API: the whole journey, read back from planreis JSON.
                let read = try JourneyBody.read(Array(JSONFormat.write([journey]).utf8), format: .json, file: "uitzondering")
                _ = try await register.updateJourney(
                    id, base: base, with: read.journey, caller: caller, change: JourneyChange("event-add", event: event.id))
            } catch StoreError.stale {
                let fresh = try await register.journey(id, caller: caller, action: "read")
                return render(
                    page, id: id, stored: fresh, draft: draft, problems: [], summary: false, revision: fresh.revision,
                    notice: ArgueStrings.text("stale", page.language))
            } catch let error as APIError where error.status == .unprocessableContent {
                let message = page.language == .en ? error.message.en : error.message.nl
                return render(
                    page, id: id, stored: current, draft: draft,
                    problems: [DraftProblem(field: ExceptionDraft.Field.title, message: Localized(nl: message, en: message))],
                    summary: true, revision: base)
            }
            return PageRenderer.redirect("/casussen/\(id)#analyse", request: page)
        }
    }

    private func render(
        _ page: PageRequest, id: String, stored: StoredJourney, draft: ExceptionDraft, problems: [DraftProblem], summary: Bool,
        revision: Int? = nil, notice: String? = nil
    ) -> Response {
        let preview = ExceptionPreview(draft, estimatedBy: page.session?.caller.name ?? "")
        let form = ExceptionForm(draft: draft, journey: stored.journey, language: page.language, problems: problems)
        var values = form.context(preview: preview)
        values["a"] = ArgueStrings.table(page.language)
        values["caseTitle"] = stored.journey.title
        values["caseHref"] = "/casussen/\(id)"
        values["action"] = "/casussen/\(id)/uitzondering"
        values["revision"] = revision ?? stored.revision
        values["assets"] = ArgueAssets.links
        if !summary { values["hasErrors"] = nil }
        if let notice { values["notice"] = notice }
        let status: HTTPResponse.Status = problems.isEmpty ? .ok : .unprocessableContent
        return PageRenderer.page(
            "argue/exception", title: ArgueStrings.text("exceptionTitle", page.language), context: values, request: page, status: status)
    }
}
