import Hummingbird
import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisStore
import PlanreisText

/// `GET /budget?year=` and `GET /cohort?asOf=` for policy: the `budget` and `compare` JSON over
/// every live case, each under its pseudonym with names and free text removed.
struct PolicyController {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("budget") { request, context in
            guard let text = request.uri.queryParameters["year"], let year = Int(text), (1900...2200).contains(year) else {
                throw APIError.badRequest(.init(nl: "geef ?year=, bijvoorbeeld ?year=2024", en: "give ?year=, for example ?year=2024"))
            }
            let cases = try await register.policyCases(caller: try context.caller(), action: "read-budget")
            let (budget, counts) = PolicyFigures.budget(cases, year: year)
            let statuses = JSONValue.object(
                ApprovalStatus.allCases.map { status in
                    let value = counts[status] ?? (0, 0)
                    return (status.rawValue, .object([("count", .int(value.count)), ("costCents", .int(value.cents))]))
                })
            let body =
                "{\"format\":\"planreis-register-budget\",\"version\":1,\"year\":\(year),\"approvals\":"
                + statuses.serialized() + ",\"approvedBudget\":" + BudgetJSONWriter().write(budget) + "}\n"
            return JSONResponse.text(body, type: "application/json; charset=utf-8")
        }
        group.get("cohort") { request, context in
            guard let text = request.uri.queryParameters["asOf"], let asOf = try? PartialDate(parsing: String(text)) else {
                throw APIError.badRequest(
                    .init(nl: "geef ?asOf=, bijvoorbeeld ?asOf=2014-12-31", en: "give ?asOf=, for example ?asOf=2014-12-31"))
            }
            let cases = try await register.policyCases(caller: try context.caller(), action: "read-cohort")
            return JSONResponse.text(
                CohortJSONWriter().write(PolicyFigures.cohort(cases, asOf: asOf)), type: "application/json; charset=utf-8")
        }
    }
}
