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
        let body = AnalysisHTMLWriter(language: language, headingOffset: 0).render(document.blocks)
        return HTMLPage.render(title: document.title, language: language, body: body)
    }

    /// The budget as one long CSV (`tabel;rij;kolom;waarde`, see `LongTableCSV`), money in euros.
    public func csv(_ language: Language) -> [UInt8] { longTable(language).bytes }

    /// The figures of the CSV, one by one (for the CSV and the workbook).
    func longTable(_ language: Language) -> LongTableCSV {
        let nl = language == .nl
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
        csv.add(scope, t("zonder betaler", "without payer"), t("euro", "euro"), withheld ? .empty : .money(unknownPayer))
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
            }
        }
        rows(t("totaal", "total"), [total], unnamed: t("alle uitzonderingen", "all exceptions"), key: Budget.CellKey.total)
        rows(t("per gemeente", "per municipality"), perMunicipality, key: "municipality")
        rows(t("per categorie", "per category"), perCategory, key: "category")
        rows(t("per betaler", "per payer"), perPayer, key: "payer")
        rows(t("per grondslag", "per legal basis"), perLegalBasis, key: "basis")
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
            if issue.unknownPayerCost != .zero { csv.add(missing, row, t("betaler", "payer"), .money(issue.unknownPayerCost)) }
            if issue.straddlesYear {
                csv.add(missing, row, t("jaar", "year"), .text(t("deels buiten het jaar", "partly outside the year")))
            }
        }
        return csv
    }
}
