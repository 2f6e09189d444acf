import PlanreisAnalysis
import PlanreisModel
import PlanreisStore

/// The budget and cohort over the register's cases as policy sees them (pseudonyms, no names,
/// budget over approved exceptions only): one computation for the API (`/api/v1/budget`,
/// `/api/v1/cohort`) and the workbench pages (`/budget`, `/cohort`).
enum PolicyFigures {
    /// Count and cost of the year's exceptions per approval status.
    typealias StatusCounts = [ApprovalStatus: (count: Int, cents: Int64)]

    static func budget(_ cases: [PolicyCase], year: Int) -> (budget: Budget, counts: StatusCounts) {
        var builder = BudgetBuilder(selection: BudgetSelection(year: year), priceList: CaseOutputController.priceList)
        var counts: StatusCounts = [:]
        for item in cases {
            builder.add(PolicyView.strip(PolicyView.approvedOnly(item.journey, approvals: item.approvals), pseudonym: item.pseudonym))
            for event in item.journey.events where event.kind == .exception && event.date.year == year {
                guard let id = event.id, let state = item.approvals[id] else { continue }
                counts[state.status, default: (0, 0)].count += 1
                counts[state.status, default: (0, 0)].cents += state.costCents
            }
        }
        return (builder.finish(), counts)
    }

    /// The year a budget view opens on: the latest year with an exception in the register, not
    /// yet past `thisYear`; `thisYear` when there is none (an empty budget of a past year helps
    /// nobody).
    static func defaultYear(_ cases: [PolicyCase], thisYear: Int) -> Int {
        let years = cases.flatMap { item in item.journey.events.filter { $0.kind == .exception }.map(\.date.year) }
        return years.filter { $0 <= thisYear }.max() ?? thisYear
    }

    static func cohort(_ cases: [PolicyCase], asOf: PartialDate) -> Cohort {
        var builder = CohortBuilder(selection: CohortSelection(asOf: asOf.latestDay))
        for item in cases { builder.add(PolicyView.strip(item.journey, pseudonym: item.pseudonym)) }
        return builder.finish()
    }
}
