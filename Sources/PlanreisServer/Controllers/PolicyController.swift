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
            var builder = BudgetBuilder(selection: BudgetSelection(year: year), priceList: CaseOutputController.priceList)
            var counts: [ApprovalStatus: (count: Int, cents: Int64)] = [:]
            for item in cases {
                builder.add(PolicyView.strip(PolicyView.approvedOnly(item.journey, approvals: item.approvals), pseudonym: item.pseudonym))
                for event in item.journey.events where event.kind == .exception && event.date.year == year {
                    guard let id = event.id, let state = item.approvals[id] else { continue }
                    counts[state.status, default: (0, 0)].count += 1
                    counts[state.status, default: (0, 0)].cents += state.costCents
                }
            }
            let budget = builder.finish()
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
            var builder = CohortBuilder(selection: CohortSelection(asOf: asOf.latestDay))
            for item in cases { builder.add(PolicyView.strip(item.journey, pseudonym: item.pseudonym)) }
            return JSONResponse.text(CohortJSONWriter().write(builder.finish()), type: "application/json; charset=utf-8")
        }
    }
}
