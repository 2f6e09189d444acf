import Foundation
import Hummingbird
import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisStore

/// `GET /budget?jaar=` and `GET /cohort?peildatum=` for the policy role: the `budget` and
/// `compare` views over the register (the same figures as `/api/v1/budget` and `/api/v1/cohort`,
/// from `PolicyFigures`), every case under its pseudonym and without names, rendered with the
/// report's own HTML writer. Each view is one audited read of all cases.
struct PolicyPages {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("budget") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role == .policy else { throw PageError.forbidden }
            let language = page.language
            let typed = request.uri.queryParameters["jaar"].map(String.init) ?? ""
            let cases = try await register.policyCases(caller: caller, action: "read-budget")
            let openingYear = PolicyFigures.defaultYear(
                cases,
                thisYear: Calendar(identifier: .gregorian).component(
                    .year, from: Date(timeIntervalSince1970: TimeInterval(register.currentTime))))
            let year = Int(typed.trimmedSpaces).flatMap { (1900...2200).contains($0) ? $0 : nil }
            var field = FormField(
                name: "jaar", label: ArgueStrings.text("year", language), value: typed.isEmpty ? String(openingYear) : typed)
            if !typed.isEmpty && year == nil {
                field.error = language.pick(
                    "\"\(typed)\" is geen jaartal; schrijf bijvoorbeeld 2024", "\"\(typed)\" is not a year; write for example 2024")
            }
            let shownYear = year ?? openingYear
            let (budget, counts) = PolicyFigures.budget(cases, year: shownYear)
            let statuses = ApprovalStatus.allCases.map { status -> [String: Any] in
                let value = counts[status] ?? (0, 0)
                return ["status": status.rawValue, "count": value.count, "cost": Money(cents: value.cents).formatted(language)]
            }
            let blocks = BudgetDocument(budget, language: language).blocks
            var values: [String: Any] = [
                "a": ArgueStrings.table(language), "assets": ArgueAssets.links, "field": field.context, "statuses": statuses,
                "year": shownYear, "fragment": AnalysisHTMLWriter(language: language, headingOffset: 1).render(blocks),
            ]
            if let error = field.error {
                values["errors"] = [["href": "#" + field.id, "label": field.label, "message": error]]
                values["hasErrors"] = true
            }
            return PageRenderer.page("argue/budget", title: ArgueStrings.text("budgetTitle", language), context: values, request: page)
        }
        group.get("cohort") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role == .policy else { throw PageError.forbidden }
            let language = page.language
            let typed = request.uri.queryParameters["peildatum"].map(String.init) ?? ""
            let today = PartialDate(dayNumber: Int(register.currentTime / 86_400))
            var field = FormField(
                name: "peildatum", label: ArgueStrings.text("asOf", language), value: typed.isEmpty ? today.formatted(language) : typed,
                description: language.pick("Bijvoorbeeld 31-12-2024 of eind 2024.", "For example 2024-12-31 or end 2024."), check: "date")
            var asOf = today
            if !typed.isEmpty {
                do throws(DateParseError) {
                    asOf = try PartialDate(parsing: typed)
                } catch {
                    field.error = language == .en ? error.message.en : error.message.nl
                }
            }
            let cases = try await register.policyCases(caller: caller, action: "read-cohort")
            let cohort = PolicyFigures.cohort(cases, asOf: asOf)
            var values: [String: Any] = [
                "a": ArgueStrings.table(language), "assets": ArgueAssets.links, "field": field.context,
                "fragment": AnalysisHTMLWriter(language: language, headingOffset: 1).render(
                    CohortDocument(cohort, language: language).blocks),
            ]
            if let error = field.error {
                values["errors"] = [["href": "#" + field.id, "label": field.label, "message": error]]
                values["hasErrors"] = true
            }
            return PageRenderer.page("argue/cohort", title: ArgueStrings.text("cohortTitle", language), context: values, request: page)
        }
    }
}
