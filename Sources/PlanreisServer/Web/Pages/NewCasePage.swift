import Hummingbird
import PlanreisFormats
import PlanreisModel
import PlanreisStore
import PlanreisText

/// `GET/POST /casussen/nieuw`: a new case from a title (the only required field), a
/// municipality and the household's members by role. The import form sits on the same page.
struct NewCasePage {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("casussen/nieuw") { request, context in
            let page = PageRequest(request, context: context)
            guard try page.caller().role.editsCases else { throw PageError.forbidden }
            return Self.render(Self.fields(page), importField: ImportPage.field(page), request: page)
        }
        group.post("casussen/nieuw") { request, context in
            let form = try await PageForm.read(request, context: context)
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role.editsCases else { throw PageError.forbidden }
            var fields = Self.fields(page)
            for name in ["titel", "gemeente", "leden"] { fields[name]?.value = form[name] }
            let title = form["titel"].trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty {
                fields.fail(
                    "titel",
                    page.language.pick(
                        "Vul een titel in, bijvoorbeeld de namen van het huishouden.", "Enter a title, for example the household's names."))
            }
            let members = Self.members(form["leden"])
            if let bad = members.firstIndex(where: { $0.role.isEmpty }) {
                fields.fail(
                    "leden",
                    page.language.pick(
                        "Regel \(bad + 1) heeft geen rol; schrijf \u{201C}rol: naam\u{201D}.",
                        "Line \(bad + 1) has no role; write \u{201C}role: name\u{201D}."))
            }
            if fields.hasErrors {
                return Self.render(fields, importField: ImportPage.field(page), request: page, status: .ok)
            }
            let municipality = form["gemeente"].trimmingCharacters(in: .whitespacesAndNewlines)
            let journey = Journey(
                id: "casus", title: title, municipality: municipality.isEmpty ? nil : municipality,
                household: members.map { HouseholdMember(role: $0.role, name: $0.name) })
            let created = try await register.createJourney(journey, caller: caller)
            return PageRenderer.redirect("/casussen/\(created.id)", request: page)
        }
    }

    /// Lines `rol: naam` (or only a role); blank lines are skipped.
    static func members(_ text: String) -> [(role: String, name: String?)] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            let parts = trimmed.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let name = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            return (parts.first ?? "", name)
        }
    }

    static func fields(_ page: PageRequest) -> FormFields {
        FormFields(fields: [
            FormField(name: "titel", label: page.text("title"), description: page.text("caseTitleHint"), required: true),
            FormField(name: "gemeente", label: page.text("municipality")),
            FormField(name: "leden", label: page.text("members"), control: .textarea, description: page.text("membersHint")),
        ])
    }

    /// The page with both forms; `problems` are an import's located problems.
    static func render(
        _ fields: FormFields, importField: FormField, problems: [[String: Any]] = [], request page: PageRequest,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        var context = fields.context
        var importFields = FormFields(fields: [importField])
        context["import"] = importFields.context
        if importFields.hasErrors { context["hasErrors"] = true }
        if !problems.isEmpty {
            context["problems"] = problems
            context["hasProblems"] = true
        }
        var errors = context["errors"] as? [[String: Any]] ?? []
        errors += (importFields.context["errors"] as? [[String: Any]]) ?? []
        if !errors.isEmpty { context["errors"] = errors }
        importFields.fields = []
        return PageRenderer.page("new-case", title: page.text("newCase"), context: context, request: page, status: status)
    }
}
