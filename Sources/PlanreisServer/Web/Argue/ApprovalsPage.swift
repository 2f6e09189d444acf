import Hummingbird
import PlanreisAnalysis
import PlanreisModel
import PlanreisStore

/// `GET /goedkeuringen` and `POST /goedkeuringen/{pseudonym}/{eventId}`: every proposal
/// waiting in the organisation, for coordinators, each case under its pseudonym and its free
/// text through the anonymiser (no names), with legitimation, cost-benefit and the limits of
/// household and team; approve or refuse with a required reason, never one's own proposal.
struct ApprovalsPage {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("goedkeuringen") { request, context in
            let page = PageRequest(request, context: context)
            guard try page.caller().role == .coordinator else { throw PageError.forbidden }
            return try await render(page, errors: [:], reasons: [:])
        }
        group.post("goedkeuringen/{pseudonym}/{eventId}") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role == .coordinator else { throw PageError.forbidden }
            let pseudonym = try context.parameters.require("pseudonym")
            let eventID = try context.parameters.require("eventId")
            let form = try await PageForm.read(request, context: context)
            let key = ProposalView.key(pseudonym, eventID)
            let reason = form["reden"]
            guard form["besluit"] == "goedgekeurd" || form["besluit"] == "afgewezen" else { throw PageError.forbidden }
            guard !reason.trimmedSpaces.isEmpty else {
                let message = page.language.pick(
                    "vul de reden van uw besluit in; die komt in het dossier", "fill in the reason for your decision; it goes on file")
                return try await render(page, errors: [key: message], reasons: [:], status: .unprocessableContent)
            }
            do {
                _ = try await register.decide(
                    pseudonym: pseudonym, event: eventID, approve: form["besluit"] == "goedgekeurd", reason: reason, caller: caller)
            } catch StoreError.conflict(let message), StoreError.invalid(let message) {
                return try await render(
                    page, errors: [key: page.language == .en ? message.en : message.nl], reasons: [key: reason], status: .conflict)
            } catch StoreError.notFound {
                throw PageError.pageNotFound
            }
            return PageRenderer.redirect("/goedkeuringen#besloten", request: page)
        }
    }

    private func render(
        _ page: PageRequest, errors: [String: String], reasons: [String: String], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let caller = try page.caller()
        let proposals = try await register.proposals(caller: caller)
        let anonymizer = Anonymizer(key: .random())
        var views: [[String: Any]] = []
        var summary: [[String: Any]] = []
        for proposal in proposals {
            let view = ProposalView(
                proposal: proposal, anonymizer: anonymizer, settings: register.settings, caller: caller, language: page.language)
            var values = view.context
            let field = FormField(
                name: "reden-" + view.key, label: page.language.pick("Reden", "Reason"), value: reasons[view.key] ?? "",
                control: .textarea,
                description: page.language.pick(
                    "Verplicht, bij goedkeuren en bij afwijzen.", "Required, when approving and when refusing."),
                error: errors[view.key], required: true)
            var reason = field.context
            reason["name"] = "reden"
            values["reason"] = reason
            if let error = errors[view.key] { summary.append(["href": "#" + field.id, "label": view.heading, "message": error]) }
            views.append(values)
        }
        var context: [String: Any] = ["proposals": views, "a": ArgueStrings.table(page.language), "assets": ArgueAssets.links]
        if views.isEmpty { context["empty"] = true }
        if !summary.isEmpty {
            context["errors"] = summary
            context["hasErrors"] = true
        }
        context["limits"] = [
            "household": Money(cents: register.settings.householdLimitCents).formatted(page.language),
            "team": Money(cents: register.settings.teamLimitCents).formatted(page.language),
            "approvals": register.settings.approvals,
        ]
        return PageRenderer.page(
            "argue/approvals", title: ArgueStrings.text("approvalsTitle", page.language), context: context, request: page, status: status)
    }
}
