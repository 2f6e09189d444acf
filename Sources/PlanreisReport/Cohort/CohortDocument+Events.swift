import PlanreisAnalysis
import PlanreisModel
import PlanreisText

extension CohortDocument {
    /// How many activities (event titles) the table lists.
    static let topActivities = 10

    /// Events per case, case length and the most frequent activities: what a process-mining log
    /// has when it has no phases, colour codes or exceptions.
    var eventBlocks: [ReportBlock] {
        // Events and activities describe single cases: left out of a release with --min-cell.
        guard cohort.cases > 0, cohort.smallCells == nil else { return [] }
        let events = cohort.eventStatistics
        let lengths = cohort.lengthStatistics
        var table = ReportTable(
            caption: t("Gebeurtenissen en duur per casus", "Events and length per case"),
            columns: [ReportColumn(t("Maat", "Measure")), ReportColumn(t("Waarde", "Value"), .trailing)])
        table.add([t("Gebeurtenissen per casus: gemiddeld", "Events per case: mean"), Self.number(events.mean)])
        table.add([t("Gebeurtenissen per casus: mediaan", "Events per case: median"), Self.number(events.median)])
        table.add([t("Gebeurtenissen per casus: minimum", "Events per case: minimum"), Self.number(events.min)])
        table.add([t("Gebeurtenissen per casus: maximum", "Events per case: maximum"), Self.number(events.max)])
        table.add([t("Duur van de casus: gemiddeld (dagen)", "Case length: mean (days)"), Self.days(lengths.mean)])
        table.add([t("Duur van de casus: mediaan (dagen)", "Case length: median (days)"), Self.days(lengths.median)])
        table.add([t("Duur van de casus: minimum (dagen)", "Case length: minimum (days)"), Self.days(lengths.min)])
        table.add([t("Duur van de casus: maximum (dagen)", "Case length: maximum (days)"), Self.days(lengths.max)])
        let note = t(
            "De duur loopt van de start tot het afsluiten of vroegtijdig beëindigen, of tot de peildatum voor casussen die nog lopen; zonder fasen van de eerste tot de laatste gebeurtenis; bij onnauwkeurige datums een bereik.",
            "The length runs from the start to closing or breaking off, or to the reference date for cases still running; without phases from the first to the last event; a range for imprecise dates."
        )
        var blocks: [ReportBlock] = [
            .heading(2, t("Gebeurtenissen en duur", "Events and length")), .table(table), .paragraph([.text(note)]),
        ]
        let top = cohort.topActivities(Self.topActivities)
        if !top.isEmpty {
            var activities = ReportTable(
                caption: t("Meest voorkomende activiteiten", "Most frequent activities"),
                columns: [
                    ReportColumn(t("Activiteit", "Activity")), ReportColumn(t("Gebeurtenissen", "Events"), .trailing),
                    ReportColumn(t("Casussen (percentage)", "Cases (share)"), .trailing),
                ])
            for (title, count) in top { activities.add([BidiText.isolated(title), String(count.events), share(count.cases)]) }
            blocks += [.heading(3, activities.caption), .table(activities)]
        }
        return blocks
    }
}
