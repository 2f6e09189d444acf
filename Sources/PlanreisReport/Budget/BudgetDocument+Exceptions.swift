import PlanreisAnalysis
import PlanreisModel
import PlanreisText

extension BudgetDocument {
    /// The year per quarter: the same columns as the other tables.
    var quarterBlocks: [ReportBlock] {
        guard budget.total.exceptions > 0 else { return [] }
        var table = ReportTable(
            caption: t("Per kwartaal", "Per quarter"),
            columns: [
                ReportColumn(t("Kwartaal", "Quarter")), ReportColumn(t("Uitzonderingen", "Exceptions"), .trailing),
                ReportColumn(t("Kosten", "Cost"), .trailing), ReportColumn(t("Vermeden (verwacht)", "Avoided (expected)"), .trailing),
                ReportColumn(t("Netto", "Net"), .trailing), ReportColumn(t("Rendement per euro", "Return per euro"), .trailing),
            ])
        for (index, row) in budget.perQuarter.enumerated() {
            table.add([t("K\(index + 1)", "Q\(index + 1)")] + cells(row))
        }
        let note = t(
            "Een uitzondering die in meer kwartalen valt, telt in elk daarvan mee; de bedragen zijn naar rato van de dagen verdeeld en tellen op tot het jaar.",
            "An exception that covers several quarters counts in each; the amounts are split by days and add up to the year.")
        return [.heading(2, table.caption), .table(table), .paragraph([.text(note)])]
    }

    /// Every exception of the year.
    var exceptionListBlocks: [ReportBlock] {
        guard !budget.exceptions.isEmpty else { return [] }
        var table = ReportTable(
            caption: t("Alle uitzonderingen van het jaar", "All exceptions of the year"),
            columns: [
                ReportColumn(t("Casus", "Case")), ReportColumn(t("Uitzondering", "Exception")), ReportColumn(t("Datum", "Date")),
                ReportColumn(t("Kosten in het jaar", "Cost in the year"), .trailing),
                ReportColumn(t("Vermeden in het jaar (verwacht)", "Avoided in the year (expected)"), .trailing),
                ReportColumn(t("Staat", "State")), ReportColumn(t("Legitimatie", "Legitimation")),
            ])
        for e in budget.exceptions {
            var date = e.date.formatted(language)
            if let end = e.end { date += " – " + end.formatted(language) }
            var costText = cost(e.costInYear, unpriced: e.unpricedCostLines)
            if e.crossesYear && e.costTotal != e.costInYear {
                costText += t(" van ", " of ") + money(e.costTotal)
            }
            let avoidedText =
                e.avoidedInYear.map { avoided($0, unpriced: e.unpricedAvoidedLines, withoutLikelihood: 0) }
                ?? t("onbekend (geen kans)", "unknown (no likelihood)")
            table.add([
                BidiText.isolated(e.caseID), BidiText.isolated(e.title), date, costText, avoidedText, e.state.label(language),
                e.legitimationComplete ? t("volledig", "complete") : t("onvolledig", "incomplete"),
            ])
        }
        return [.heading(2, table.caption), .table(table)]
    }
}
