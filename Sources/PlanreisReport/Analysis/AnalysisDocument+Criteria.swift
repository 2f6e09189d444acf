import PlanreisAnalysis
import PlanreisModel

extension AnalysisDocument {
    /// The selection checklist: each criterion met, not met or unknown, with the events that decide it.
    var criteriaBlocks: [ReportBlock] {
        guard !analysis.criteria.isEmpty else { return [] }
        var table = ReportTable(
            caption: t("Selectiecriteria", "Selection criteria"),
            columns: [
                ReportColumn(t("Criterium", "Criterion")), ReportColumn(t("Uitkomst", "Outcome")), ReportColumn(t("Waarom", "Why")),
                ReportColumn(t("Gebeurtenissen", "Events")),
            ], rowHeaderColumn: 0)
        for result in analysis.criteria {
            let events = result.events.map { index -> String in
                let event = analysis.journey.events[index]
                return "\(labels.eventTitle(index)) (\(labels.date(event.date)))"
            }
            table.add([
                labels.user(result.criterion.label(language)), result.outcome.label(language), labels.message(result.reason(language)),
                events.isEmpty ? "–" : events.joined(separator: "; "),
            ])
        }
        let met = analysis.criteria.filter { $0.outcome == .met }.count
        let unknown = analysis.criteria.filter { $0.outcome == .unknown }.count
        return [
            .heading(2, t("Selectiecriteria", "Selection criteria")),
            .paragraph([
                .text(
                    (analysis.criteriaName.map { labels.user($0) + ": " } ?? "")
                        + t(
                            "\(met) van \(analysis.criteria.count) voldaan, \(unknown) onbekend. Onbekend betekent dat de gegevens het niet zeggen, niet dat het criterium niet geldt.",
                            "\(met) of \(analysis.criteria.count) met, \(unknown) unknown. Unknown means the data does not say, not that the criterion does not hold."
                        ))
            ]),
            .table(table),
        ]
    }
}
