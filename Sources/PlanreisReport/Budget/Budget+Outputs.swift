import PlanreisAnalysis
import PlanreisModel

extension Budget {
    /// The budget as Markdown.
    public func markdown(_ language: Language) -> String {
        AnalysisMarkdownWriter(language: language).render(BudgetDocument(self, language: language).blocks)
    }

    /// The budget as one self-contained HTML page.
    public func html(_ language: Language) -> String {
        let document = BudgetDocument(self, language: language)
        let writer = AnalysisHTMLWriter(language: language, headingOffset: 0)
        var body = writer.render(document.headBlocks + document.categoryBlocks)
        if smallCells == nil { body += BudgetChart(language: language).svg(perCategory) }
        body += writer.render(document.tailBlocks)
        return HTMLPage.render(title: document.title, language: language, body: body, extraCSS: BudgetChart.css)
    }

    /// The budget as one long CSV (`tabel;rij;kolom;waarde`, see `LongTableCSV`), money in euros.
    public func csv(_ language: Language) -> [UInt8] { longTable(language).bytes }

    /// The figures of the CSV, one by one (for the CSV and the workbook).
    func longTable(_ language: Language) -> LongTableCSV {
        func t(_ a: String, _ b: String) -> String { language.pick(a, b) }
        let unknown = t("onbekend", "unknown")
        var csv = LongTableCSV(language: language)
        let scope = t("budget", "budget")
        csv.add(scope, t("jaar", "year"), t("waarde", "value"), selection.year)
        csv.add(scope, t("gemeente", "municipality"), t("naam", "name"), .text(selection.municipality ?? ""))
        csv.add(scope, t("beschikbaar", "available"), t("euro", "euro"), selection.available.map(LongTableCSV.Value.money) ?? .empty)
        // With fewer exceptions than --min-cell, what they used describes them: withheld.
        let withheld = smallCells?.hides(Budget.CellKey.total) == true
        csv.add(scope, t("gebruikt", "used"), t("euro", "euro"), withheld ? .empty : .money(used))
        csv.add(scope, t("over", "left"), t("euro", "euro"), withheld ? .empty : left.map(LongTableCSV.Value.money) ?? .empty)
        csv.add(scope, t("gebruikt", "used"), t("percentage", "percent"), withheld ? nil : usedPercent)
        csv.add(scope, t("gebruikt", "used"), t("niet geprijsde regels", "unpriced lines"), withheld ? nil : usedUnpricedLines)
        csv.add(scope, t("betaler onbekend", "payer unknown"), t("euro", "euro"), withheld ? .empty : .money(unknownPayer))
        csv.add(
            scope, t("betaler onbekend", "payer unknown"), t("niet geprijsde regels", "unpriced lines"),
            withheld ? nil : unknownPayerUnpricedLines)
        csv.add(scope, t("casussen", "cases"), t("gelezen", "read"), casesRead)
        csv.add(
            scope, t("casussen", "cases"), t("met uitzondering", "with an exception"),
            smallCells?.hides(Budget.CellKey.cases) == true
                ? .text(smallCells!.text(casesWithExceptions, Budget.CellKey.cases)) : .int(casesWithExceptions))
        func rows(_ table: String, _ rows: [BudgetRow], unnamed: String = unknown, key: String) {
            for row in rows {
                let name = row.name ?? unnamed
                let cell = key == Budget.CellKey.total ? key : Budget.CellKey.row(key, row.name)
                if let cells = smallCells, cells.hides(cell) {
                    csv.add(table, name, t("uitzonderingen", "exceptions"), .text(cells.text(row.exceptions, cell)))
                    continue
                }
                csv.add(table, name, t("uitzonderingen", "exceptions"), row.exceptions)
                csv.add(table, name, t("kosten", "cost"), .money(row.cost))
                csv.add(table, name, t("vermeden verwacht", "avoided expected"), .money(row.avoided))
                csv.add(table, name, t("netto", "net"), .money(row.net))
                csv.add(table, name, t("rendement per euro", "return per euro"), row.returnPerEuro.map(LongTableCSV.Value.ratio) ?? .empty)
                csv.add(table, name, t("zonder verwachting", "without expected"), row.withoutExpected)
                csv.add(table, name, t("niet geprijsd", "unpriced"), row.unpriced)
                csv.add(table, name, t("niet geprijsde kostenregels", "unpriced cost lines"), row.unpricedCostLines)
                csv.add(table, name, t("niet geprijsde vermeden regels", "unpriced avoided lines"), row.unpricedAvoidedLines)
            }
        }
        rows(t("totaal", "total"), [total], unnamed: t("alle uitzonderingen", "all exceptions"), key: Budget.CellKey.total)
        rows(t("per gemeente", "per municipality"), perMunicipality, key: "municipality")
        rows(t("per categorie", "per category"), perCategory, key: "category")
        rows(t("per betaler", "per payer"), perPayer, key: "payer")
        rows(t("per grondslag", "per legal basis"), perLegalBasis, key: "basis")
        if smallCells == nil { rows(t("per kwartaal", "per quarter"), perQuarter, key: "quarter") }
        // Quarters and single exceptions describe too few exceptions for a release with --min-cell.
        let list = t("uitzonderingen", "exceptions")
        for e in smallCells == nil ? exceptions : [] {
            let row = e.caseID + " / " + e.exception
            csv.add(list, row, t("titel", "title"), .text(e.title))
            csv.add(list, row, t("datum", "date"), .text(e.date.edtf))
            csv.add(list, row, t("einddatum", "end"), .text(e.end?.edtf ?? ""))
            csv.add(list, row, t("kosten in het jaar", "cost in the year"), .money(e.costInYear))
            csv.add(list, row, t("kosten in totaal", "cost in all"), .money(e.costTotal))
            csv.add(list, row, t("niet geprijsde kostenregels", "unpriced cost lines"), e.unpricedCostLines)
            csv.add(list, row, t("vermeden in het jaar", "avoided in the year"), e.avoidedInYear.map(LongTableCSV.Value.money) ?? .empty)
            csv.add(list, row, t("niet geprijsde vermeden regels", "unpriced avoided lines"), e.unpricedAvoidedLines)
            csv.add(list, row, t("staat", "state"), .text(e.state.label(language)))
            csv.add(
                list, row, t("legitimatie volledig", "legitimation complete"),
                .text(e.legitimationComplete ? t("ja", "yes") : t("nee", "no")))
        }
        let signals = t("obstakels", "obstacles")
        for o in obstacles {
            csv.add(signals, o.title, t("keer", "times"), o.occurrences)
            csv.add(signals, o.title, t("casussen", "cases"), o.cases)
            csv.add(signals, o.title, t("opgelost", "resolved"), o.resolved)
            csv.add(signals, o.title, t("nog open", "still open"), o.open)
        }
        let missing = t("ontbrekend", "missing")
        for issue in issues {
            let row = issue.caseID + " / " + issue.exception
            if !issue.missingLegitimation.isEmpty {
                csv.add(
                    missing, row, t("legitimatie", "legitimation"), .text(issue.missingLegitimation.map(\.rawValue).joined(separator: ", "))
                )
            }
            if issue.lacksPrice {
                csv.add(
                    missing, row, t("prijs", "price"),
                    .text(
                        issue.noCost
                            ? t("geen kosten", "no cost") : issue.unpricedLines.map { $0.formatted(language) }.joined(separator: "; ")))
            }
            if issue.noExpectedAvoided { csv.add(missing, row, t("verwachte vermeden kosten", "expected avoided cost"), .text(unknown)) }
            if issue.unknownPayerCost != .zero || issue.unknownPayerUnpricedLines > 0 {
                csv.add(missing, row, t("betaler onbekend", "payer unknown"), .money(issue.unknownPayerCost))
            }
            if issue.straddlesYear {
                csv.add(missing, row, t("jaar", "year"), .text(t("deels buiten het jaar", "partly outside the year")))
            }
        }
        return csv
    }
}
