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
    public var blocks: [ReportBlock] { headBlocks + categoryBlocks + tailBlocks }

    /// Title, headline, use of the budget, per municipality.
    var headBlocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(1, title), .paragraph(headline)]
        if let input = budget.input { blocks.append(.paragraph([.text(inputSentence(input))])) }
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
        return blocks
    }

    /// Per category (the HTML adds a bar chart after it).
    var categoryBlocks: [ReportBlock] {
        rowBlocks(t("Per categorie", "Per category"), t("Categorie", "Category"), budget.perCategory, table: "category")
    }

    /// Per payer, legal basis and quarter; the exceptions; signals, what is missing, the method.
    var tailBlocks: [ReportBlock] {
        var blocks = rowBlocks(t("Per betaler", "Per payer"), t("Betaler", "Payer"), budget.perPayer, payer: true, table: "payer")
        blocks += rowBlocks(
            t("Per grondslag of regel", "Per legal basis or rule"), t("Grondslag", "Basis"), budget.perLegalBasis, table: "basis")
        // Quarters and single exceptions describe too few exceptions for a release with --min-cell.
        if budget.smallCells == nil { blocks += quarterBlocks + exceptionListBlocks }
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
        let c = cost(total.cost, unpriced: total.unpricedCostLines)
        let a = avoided(total.avoided, unpriced: total.unpricedAvoidedLines, withoutLikelihood: total.withoutExpected)
        let n = bounded(money(total.net), total.netBound)
        var text = t(
            " \(exceptions) in \(cases); kosten in het jaar \(c), verwacht vermeden \(a), netto \(n)",
            " \(exceptions) in \(cases); cost in the year \(c), expected avoided \(a), net \(n)")
        if let r = total.returnPerEuro, total.netBound != .unknown {
            text += t(", rendement \(bounded(ratio(r), total.netBound)) per euro", ", return \(bounded(ratio(r), total.netBound)) per euro")
        }
        text += "." + lowEstimateSentence
        if !total.isComplete {
            text += t(
                " Niet alles is geprijsd of heeft een kans: wat ontbreekt staat erbij en onder Ontbrekend, nooit als nul.",
                " Not everything is priced or has a likelihood: what is missing is named here and under Missing, never shown as zero.")
        }
        return [.strong(String(budget.selection.year) + ":"), .text(text)]
    }

    /// How many exceptions pay off even at the low end of their likelihood (issue 11, §4), each
    /// count as released under `--min-cell`.
    var lowEstimateSentence: String {
        let low = budget.lowEstimate
        guard low.total > 0 else { return "" }
        func n(_ count: Int, _ key: String) -> String { budget.smallCells?.text(count, key) ?? String(count) }
        let payOff = n(low.payOff, Budget.CellKey.payOffAtLow)
        let not = n(low.doNotPayOff, Budget.CellKey.notPayOffAtLow)
        let unknown = n(low.unknown, Budget.CellKey.unknownAtLow)
        return t(
            " Zelfs bij de lage schatting van hun kans verdienen \(payOff) van de \(low.total) uitzonderingen zich terug, \(not) niet;"
                + " bij \(unknown) is dat niet te zeggen (geen kans, geen geprijsd scenario of een kostenregel zonder prijs).",
            " Even at the low estimate of their likelihood \(payOff) of the \(low.total) exceptions pay for themselves, \(not) do not;"
                + " for \(unknown) it cannot be said (no likelihood, no priced scenario, or a cost line without a price).")
    }

    var useBlocks: [ReportBlock] {
        var table = ReportTable(
            caption: t("Gebruik van het budget", "Use of the budget"),
            columns: [ReportColumn(t("Post", "Item")), ReportColumn(t("Bedrag", "Amount"), .trailing)])
        let usedBound: FigureBound = budget.usedUnpricedLines > 0 ? .atLeast : .exact
        if let available = budget.selection.available { table.add([t("Beschikbaar", "Available"), money(available)]) }
        table.add([
            t("Gebruikt (betaald door de gemeente)", "Used (paid by the municipality)"),
            cost(budget.used, unpriced: budget.usedUnpricedLines),
        ])
        if let left = budget.left {
            table.add([t("Over", "Left"), usedBound == .exact ? money(left) : t("hooguit ", "at most ") + money(left)], total: true)
            if let p = budget.usedPercent {
                let share =
                    usedBound == .exact
                    ? "\(p)%" : (budget.used == .zero ? t("onbekend", "unknown") : t("ten minste ", "at least ") + "\(p)%")
                table.add([t("Gebruikt (percentage)", "Used (share)"), share])
            }
        }
        if budget.unknownPayer != .zero || budget.unknownPayerUnpricedLines > 0 {
            table.add([
                t("Kosten met betaler onbekend (niet meegeteld)", "Cost with payer unknown (not counted)"),
                cost(budget.unknownPayer, unpriced: budget.unknownPayerUnpricedLines),
            ])
        }
        table.add([t("Kosten, alle betalers", "Cost, all payers"), cost(budget.total.cost, unpriced: budget.total.unpricedCostLines)])
        if budget.smallCells?.hides(Budget.CellKey.total) == true {
            // Amounts of fewer exceptions than the minimum describe those exceptions.
            // The available budget is the municipality's own figure, not the cases'.
            let first = budget.selection.available == nil ? 0 : 1
            for index in table.rows.indices.dropFirst(first) where table.rows[index].count > 1 { table.rows[index][1] = [.text("–")] }
        }
        return [.heading(2, table.caption), .table(table)]
    }

    /// A municipality row's name, marked "(regio)" when it is a region of cases without municipality.
    func areaLabel(_ name: String?, in rows: [BudgetRow]) -> String? {
        guard let name, rows == budget.perMunicipality,
            let area = budget.areas.first(where: { BudgetSelection.key($0.name) == BudgetSelection.key(name) })
        else { return name }
        return area.label(language)
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
        let unnamed = payer ? t("betaler onbekend", "payer unknown") : unknown
        for row in rows {
            let cell = Budget.CellKey.row(key, row.name)
            if let cells = budget.smallCells, cells.hides(cell) {
                table.add([areaLabel(row.name, in: rows) ?? unnamed, cells.text(row.exceptions, cell), "–", "–", "–", "–"])
                continue
            }
            table.add([areaLabel(row.name, in: rows) ?? unnamed] + cells(row))
        }
        if !payer, let cells = budget.smallCells, cells.hides(Budget.CellKey.total) {
            table.add([t("Totaal", "Total"), cells.text(budget.total.exceptions, Budget.CellKey.total), "–", "–", "–", "–"], total: true)
        } else if !payer {
            table.add([t("Totaal", "Total")] + cells(budget.total), total: true)
        }
        return [.heading(2, heading), .table(table)]
    }
}
