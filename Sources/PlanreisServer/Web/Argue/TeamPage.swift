import Hummingbird
import PlanreisModel
import PlanreisStore

/// `GET/POST /casussen/{id}/team`: who may see the case. Everyone on the team sees the list; a
/// coordinator adds a colleague with *Teamlid toevoegen* or removes one with a button. Every
/// read and change goes through the store, which audits it (`read-team`, `team-update`).
struct TeamPage {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("casussen/{id}/team") { request, context in
            let page = PageRequest(request, context: context)
            let id = try context.parameters.require("id")
            return try await render(page, id: id, added: "", error: nil)
        }
        group.post("casussen/{id}/team") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            let id = try context.parameters.require("id")
            let form = try await PageForm.read(request, context: context)
            guard caller.role.editsCases else { throw PageError.caseNotFound }
            // Outsiders get the case's not-found page before anything else.
            var members = try await register.team(id, caller: caller)
            guard caller.role == .coordinator else { throw PageError.forbidden }
            let added = form["teamlid"].trimmedSpaces
            let removed = form["verwijder"]
            if !removed.isEmpty {
                members.removeAll { $0 == removed }
            } else if added.isEmpty {
                return try await render(
                    page, id: id, added: added, error: page.language.pick("vul een gebruikersnaam in", "fill in a user name"))
            } else {
                members.append(added)
            }
            do {
                _ = try await register.setTeam(id, members: members, caller: caller)
            } catch StoreError.invalid(let message) {
                return try await render(page, id: id, added: added, error: page.language == .en ? message.en : message.nl)
            }
            return PageRenderer.redirect("/casussen/\(id)/team", request: page)
        }
    }

    private func render(_ page: PageRequest, id: String, added: String, error: String?) async throws -> Response {
        let caller = try page.caller()
        guard caller.role.editsCases else { throw PageError.caseNotFound }
        let members = try await register.team(id, caller: caller)
        // A coordinator may manage the team of a case they are not on, without seeing its content.
        let title = members.contains(caller.name) ? try await register.journey(id, caller: caller, action: "read").journey.title : nil
        let isCoordinator = caller.role == .coordinator
        let field = FormField(
            name: "teamlid", label: ArgueStrings.text("addMember", page.language), value: added,
            description: ArgueStrings.text("addMemberHint", page.language), error: error, required: true, autocomplete: "off")
        var values: [String: Any] = [
            "a": ArgueStrings.table(page.language), "assets": ArgueAssets.links, "caseHref": "/casussen/\(id)",
            "action": "/casussen/\(id)/team",
            "members": members.map { name -> [String: Any] in
                var member: [String: Any] = ["name": name]
                if isCoordinator && members.count > 1 { member["removable"] = true }
                return member
            },
        ]
        if let title { values["caseTitle"] = title }
        if isCoordinator { values["add"] = field.context } else { values["readOnly"] = true }
        if let error { values["errors"] = [["href": "#" + field.id, "label": field.label, "message": error]] }
        if error != nil { values["hasErrors"] = true }
        return PageRenderer.page(
            "argue/team", title: ArgueStrings.text("teamTitle", page.language), context: values, request: page,
            status: error == nil ? .ok : .unprocessableContent)
    }
}
