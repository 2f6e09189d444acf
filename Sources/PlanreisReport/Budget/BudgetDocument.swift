import PlanreisAnalysis
import PlanreisModel

/// The budget as report blocks, so that Markdown and HTML show the same content.
package struct BudgetDocument {
    let budget: Budget
    let language: Language

    public init(_ budget: Budget, language: Language) {
        self.budget = budget
        self.language = language
    }

    func t(_ nl: String, _ en: String) -> String { language.pick(nl, en) }
    func money(_ m: Money) -> String { m.formatted(language) }
    func ratio(_ r: Ratio?) -> String { r?.formatted(language) ?? "–" }
    var unknown: String { t("onbekend", "unknown") }

    var title: String {
        var title = t("Maatwerkbudget ", "Exception budget ") + String(budget.selection.year)
        if let m = budget.selection.municipality { title += t(", gemeente ", ", municipality of ") + m }
        return title
    }

    /// Every block, in order.
    public var blocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(1, title), .paragraph(headline)]
        blocks += useBlocks
        if let cells = budget.smallCells {
            blocks.append(
                .paragraph([
                    .text(
                        t(
                            "Kleine aantallen afgeschermd: een rij met minder dan \(cells.minimum) uitzonderingen staat als < \(cells.minimum), zonder bedragen; waar het totaal zo'n rij zou verraden, is ook een tweede rij afgeschermd (x).",
                            "Small cells suppressed: a row of fewer than \(cells.minimum) exceptions is shown as < \(cells.minimum), without amounts; where the total would give such a row away, a second row is suppressed too (x)."
                        ))
                ]))
        }
        blocks += rowBlocks(
            t("Per gemeente", "Per municipality"), t("Gemeente", "Municipality"), budget.perMunicipality, table: "municipality")
        blocks += rowBlocks(t("Per categorie", "Per category"), t("Categorie", "Category"), budget.perCategory, table: "category")
        blocks += rowBlocks(t("Per betaler", "Per payer"), t("Betaler", "Payer"), budget.perPayer, payer: true, table: "payer")
        blocks += rowBlocks(
            t("Per grondslag of regel", "Per legal basis or rule"), t("Grondslag", "Basis"), budget.perLegalBasis, table: "basis")
        blocks += signalBlocks + issueBlocks + [methodBlock]
        return blocks
    }

    var headline: [ReportInline] {
        let total = budget.total
        if let cells = budget.smallCells, cells.hides(Budget.CellKey.total) || cells.hides(Budget.CellKey.cases) {
            return [
                .strong(String(budget.selection.year) + ":"),
                .text(
                    t(
                        " minder dan \(cells.minimum) uitzonderingen of casussen; aantallen en bedragen afgeschermd.",
                        " fewer than \(cells.minimum) exceptions or cases; counts and amounts withheld.")),
            ]
        }
        let exceptions =
            total.exceptions == 1
            ? t("1 uitzondering", "1 exception") : t("\(total.exceptions) uitzonderingen", "\(total.exceptions) exceptions")
        let cases =
            budget.casesWithExceptions == 1
            ? t("1 casus", "1 case") : t("\(budget.casesWithExceptions) casussen", "\(budget.casesWithExceptions) cases")
        var text = t(
            " \(exceptions) in \(cases); kosten \(money(total.cost)), verwacht vermeden \(money(total.avoided)), netto \(money(total.net))",
            " \(exceptions) in \(cases); cost \(money(total.cost)), expected avoided \(money(total.avoided)), net \(money(total.net))"
        )
        if let r = total.returnPerEuro { text += t(", rendement \(ratio(r)) per euro", ", return \(ratio(r)) per euro") }
        text += "."
        if !total.isComplete {
            text += t(
                " De bedragen zijn ondergrenzen: niet alles is geprijsd of heeft een kans (zie Ontbrekend).",
                " The amounts are lower bounds: not everything is priced or has a likelihood (see Missing).")
        }
        return [.strong(String(budget.selection.year) + ":"), .text(text)]
    }

    var useBlocks: [ReportBlock] {
        var table = ReportTable(
            caption: t("Gebruik van het budget", "Use of the budget"),
            columns: [ReportColumn(t("Post", "Item")), ReportColumn(t("Bedrag", "Amount"), .trailing)])
        if let available = budget.selection.available { table.add([t("Beschikbaar", "Available"), money(available)]) }
        table.add([t("Gebruikt (betaald door de gemeente)", "Used (paid by the municipality)"), money(budget.used)])
        if let left = budget.left {
            table.add([t("Over", "Left"), money(left)], total: true)
            if let p = budget.usedPercent { table.add([t("Gebruikt (percentage)", "Used (share)"), "\(p)%"]) }
        }
        if budget.unknownPayer != .zero {
            table.add([t("Kosten zonder betaler (niet meegeteld)", "Cost without a payer (not counted)"), money(budget.unknownPayer)])
        }
        table.add([t("Kosten, alle betalers", "Cost, all payers"), money(budget.total.cost)])
        if budget.smallCells?.hides(Budget.CellKey.total) == true {
            // Amounts of fewer exceptions than the minimum describe those exceptions.
            // The available budget is the municipality's own figure, not the cases'.
            let first = budget.selection.available == nil ? 0 : 1
            for index in table.rows.indices.dropFirst(first) where table.rows[index].count > 1 { table.rows[index][1] = [.text("–")] }
        }
        return [.heading(2, table.caption), .table(table)]
    }

    func rowBlocks(
        _ heading: String, _ keyTitle: String, _ rows: [BudgetRow], payer: Bool = false, table key: String = ""
    )
        -> [ReportBlock]
    {
        guard !rows.isEmpty else { return [] }
        var table = ReportTable(
            caption: heading,
            columns: [
                ReportColumn(keyTitle), ReportColumn(t("Uitzonderingen", "Exceptions"), .trailing),
                ReportColumn(payer ? t("Betaalt", "Pays") : t("Kosten", "Cost"), .trailing),
                ReportColumn(
                    payer ? t("Bespaart (verwacht)", "Saves (expected)") : t("Vermeden (verwacht)", "Avoided (expected)"), .trailing),
                ReportColumn(t("Netto", "Net"), .trailing), ReportColumn(t("Rendement per euro", "Return per euro"), .trailing),
            ])
        for row in rows {
            let cell = Budget.CellKey.row(key, row.name)
            if let cells = budget.smallCells, cells.hides(cell) {
                table.add([row.name ?? unknown, cells.text(row.exceptions, cell), "–", "–", "–", "–"])
                continue
            }
            table.add([
                row.name ?? unknown, String(row.exceptions), money(row.cost), money(row.avoided), money(row.net), ratio(row.returnPerEuro),
            ])
        }
        if !payer, let cells = budget.smallCells, cells.hides(Budget.CellKey.total) {
            table.add([t("Totaal", "Total"), cells.text(budget.total.exceptions, Budget.CellKey.total), "–", "–", "–", "–"], total: true)
        } else if !payer {
            let total = budget.total
            table.add(
                [
                    t("Totaal", "Total"), String(total.exceptions), money(total.cost), money(total.avoided), money(total.net),
                    ratio(total.returnPerEuro),
                ], total: true)
        }
        return [.heading(2, heading), .table(table)]
    }
}
