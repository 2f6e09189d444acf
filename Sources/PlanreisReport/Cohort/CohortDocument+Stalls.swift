import PlanreisAnalysis
import PlanreisModel

extension CohortDocument {
    var stallBlocks: [ReportBlock] {
        guard cohort.stallsOverall.cases > 0 || !cohort.stallsPerActor.isEmpty else { return [] }
        var table = ReportTable(
            caption: t("Stilstand per partij over de casussen (dagen)", "Stalled time per actor across cases (days)"),
            columns: [
                ReportColumn(t("Partij", "Actor")), ReportColumn(t("Casussen met stilstand", "Cases stalled"), .trailing),
                ReportColumn(t("Stilstanden", "Stalls"), .trailing), ReportColumn(t("Totaal", "Total"), .trailing),
                ReportColumn(t("Mediaan per casus", "Median per case"), .trailing),
            ])
        for summary in cohort.stallsPerActorRanked { add(summary, name: summary.actor ?? "", to: &table, total: false) }
        add(cohort.stallsOverall, name: t("Alle partijen", "All actors"), to: &table, total: true)
        let note = t(
            "Per casus telt de stilstand van een partij als vereniging van haar stilstanden (geen dag dubbel); die tellen op over de casussen. De mediaan is die over de casussen waarin de partij stil lag. Onnauwkeurige datums geven een bereik: het minimum telt de dagen die zeker stil lagen, het maximum de dagen die mogelijk stil lagen. Periodes zonder informatie (langer dan \(cohort.quietThresholdDays) dagen) zijn van niemand en tellen niet mee; alleen gebeurtenissen tot de peildatum tellen.",
            "Per case, an actor's stalled time is the union of its stalls (no day counted twice); these add up over the cases. The median is over the cases in which the actor stalled. Imprecise dates give a range: the minimum counts days certainly stalled, the maximum days possibly stalled. Periods without information (over \(cohort.quietThresholdDays) days) belong to nobody and are left out; only events up to the reference date count."
        )
        return [.heading(2, t("Stilstand per partij", "Stalls per actor")), .paragraph([.text(note)]), .table(table)]
    }

    private func add(_ summary: CohortStallSummary, name: String, to table: inout ReportTable, total: Bool) {
        table.add(
            hidden(Cohort.CellKey.stalls(summary.actor))
                ? [name, count(summary.cases, Cohort.CellKey.stalls(summary.actor)), "–", "–", "–"]
                : [name, String(summary.cases), String(summary.stalls), Self.days(summary.total), Self.days(summary.medianPerCase)],
            total: total)
    }

    var exceptionBlocks: [ReportBlock] {
        let withheld = hidden(Cohort.CellKey.exceptions)
        let perCase = withheld ? SummaryStatistics(sorted: []) : cohort.exceptionStatistics
        let first = hidden(Cohort.CellKey.firstBreakthrough) ? RangeStatistics([]) : cohort.firstBreakthrough
        let withException = cohort.exceptionsPerCase.filter { $0 > 0 }.count
        guard withheld || perCase.total > 0 else {
            return [
                .heading(2, t("Uitzonderingen en eerste doorbraak", "Exceptions and first breakthrough")),
                noData(t("geen uitzonderingen in de \(cohort.cases) casussen", "no exceptions in the \(cohort.cases) cases")),
            ]
        }
        var table = ReportTable(
            caption: t("Uitzonderingen en eerste doorbraak", "Exceptions and first breakthrough"),
            columns: [ReportColumn(t("Maat", "Measure")), ReportColumn(t("Waarde", "Value"), .trailing)])
        table.add([t("Uitzonderingen", "Exceptions"), withheld ? "–" : String(perCase.total)])
        table.add([t("Casussen met een uitzondering", "Cases with an exception"), share(withException, Cohort.CellKey.withException)])
        table.add([t("Uitzonderingen per casus: gemiddeld", "Exceptions per case: mean"), withheld ? "–" : exceptionMean])
        table.add([t("Uitzonderingen per casus: mediaan", "Exceptions per case: median"), Self.number(perCase.median)])
        table.add([t("Uitzonderingen per casus: maximum", "Exceptions per case: maximum"), Self.number(perCase.max)])
        table.add([t("Dagen tot eerste doorbraak: gemiddeld (dagen)", "Days to first breakthrough: mean (days)"), Self.days(first.mean)])
        table.add([t("Dagen tot eerste doorbraak: mediaan (dagen)", "Days to first breakthrough: median (days)"), Self.days(first.median)])
        table.add([t("Dagen tot eerste doorbraak: minimum (dagen)", "Days to first breakthrough: minimum (days)"), Self.days(first.min)])
        table.add([t("Dagen tot eerste doorbraak: maximum (dagen)", "Days to first breakthrough: maximum (days)"), Self.days(first.max)])
        let note = t(
            "Een doorbraak is een uitzondering (gelegitimeerd maatwerk). De tijd tot de eerste doorbraak loopt van de start van de casus tot de eerste uitzondering, over de casussen die er een hadden. Bij onnauwkeurige datums is elke maat een bereik: van de kortste tot de langste tijd die de datums toelaten (“974–1216”).",
            "A breakthrough is an exception (justified custom solution). The time to the first breakthrough runs from the start of the case to its first exception, over the cases that had one. With imprecise dates every figure is a range: from the shortest to the longest time the dates allow (“974–1216”)."
        )
        return [.heading(2, table.caption), .table(table), .paragraph([.text(note)])]
    }

    /// Mean exceptions per case with two decimals ("0,40").
    var exceptionMean: String {
        Ratio(Int64(cohort.exceptionStatistics.total), Int64(cohort.cases))?.formatted(language) ?? "–"
    }
}
