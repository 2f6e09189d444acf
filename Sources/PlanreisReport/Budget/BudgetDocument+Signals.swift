import PlanreisAnalysis
import PlanreisModel

extension BudgetDocument {
    /// How many obstacles the Markdown and HTML list (the JSON and CSV hold all).
    static let topSignals = 15

    var signalBlocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(2, t("Signalen voor beleid", "Signals for policy"))]
        let recurring = budget.obstacles.filter { $0.occurrences > 1 }
        if recurring.isEmpty {
            blocks.append(.paragraph([.text(t("Geen obstakel kwam vaker dan één keer voor.", "No obstacle occurred more than once."))]))
        } else {
            var table = ReportTable(
                caption: t("Obstakels die terugkomen", "Recurring obstacles"),
                columns: [
                    ReportColumn(t("Obstakel", "Obstacle")), ReportColumn(t("Keer", "Times"), .trailing),
                    ReportColumn(t("Casussen", "Cases"), .trailing), ReportColumn(t("Opgelost", "Resolved"), .trailing),
                    ReportColumn(t("Nog open", "Still open"), .trailing),
                ])
            for s in recurring.prefix(Self.topSignals) {
                table.add([s.title, String(s.occurrences), String(s.cases), String(s.resolved), String(s.open)])
            }
            blocks.append(.table(table))
        }
        let bases = budget.perLegalBasis.filter { $0.name != nil }.prefix(Self.topSignals)
        if !bases.isEmpty {
            blocks.append(
                .paragraph([
                    .strong(
                        t(
                            "Regels waarvan het vaakst wordt afgeweken of waarop het vaakst wordt gesteund:",
                            "Rules most often departed from or relied on:")),
                    .text(" " + bases.map { "\($0.name!) (\($0.exceptions)×)" }.joined(separator: "; ") + "."),
                ]))
        }
        return blocks
    }

    var issueBlocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(2, t("Ontbrekend", "Missing"))]
        let legitimation = budget.missingLegitimation
        let price = budget.missingPrice
        let expected = budget.issues.filter(\.noExpectedAvoided)
        let straddling = budget.issues.filter(\.straddlesYear)
        if budget.issues.isEmpty && budget.undatedExceptions == 0 {
            blocks.append(
                .paragraph([
                    .text(t("Niets: elke uitzondering is geprijsd en gelegitimeerd.", "Nothing: every exception is priced and justified."))
                ]))
            return blocks
        }
        func list(_ title: String, _ issues: [BudgetIssue], detail: (BudgetIssue) -> String) {
            guard !issues.isEmpty else { return }
            blocks.append(.paragraph([.strong(title + " (\(issues.count))")]))
            blocks.append(.list(issues.map { [.text("\($0.caseID), \($0.title) (\($0.date.formatted(language))): " + detail($0))] }))
        }
        list(t("Legitimatie onvolledig", "Legitimation incomplete"), legitimation) { issue in
            t("mist ", "lacks ") + issue.missingLegitimation.map { $0.label(language).lowercased() }.joined(separator: ", ")
        }
        list(t("Prijs ontbreekt", "Price missing"), price) { issue in
            issue.noCost ? t("geen kosten", "no cost") : issue.unpricedLines.map { $0.formatted(language) }.joined(separator: "; ")
        }
        list(t("Geen verwachte vermeden kosten", "No expected avoided cost"), expected) { _ in
            t("geen vermeden scenario of geen kans", "no avoided scenario or no likelihood")
        }
        let payerless = budget.issues.filter { $0.unknownPayerCost != .zero || $0.unknownPayerUnpricedLines > 0 }
        list(t("Betaler onbekend", "Payer unknown"), payerless) { issue in
            t("kosten zonder betaler: ", "cost without a payer: ")
                + cost(issue.unknownPayerCost, unpriced: issue.unknownPayerUnpricedLines)
        }
        list(
            t("Ook dagen buiten \(budget.selection.year)", "Also days outside \(budget.selection.year)"), straddling
        ) { _ in
            t("bedragen naar rato van de dagen verdeeld over de jaren", "amounts split over the years by days")
        }
        if budget.undatedExceptions > 0 {
            blocks.append(
                .paragraph([
                    .text(
                        t(
                            "\(budget.undatedExceptions) uitzondering(en) met plaatshouderdatum 1 januari 1970 tellen niet mee.",
                            "\(budget.undatedExceptions) exception(s) with placeholder date 1 January 1970 are left out."))
                ]))
        }
        return blocks
    }

    var methodBlock: ReportBlock {
        .paragraph([
            .emphasis(
                t(
                    "Werkwijze: elke kostenregel wordt verdeeld over de dagen die hij dekt: een periode van het begin tot het einde; een regel per dag, maand of jaar vanaf de datum over zijn looptijd; een regel zonder periode valt op zijn datum (bij een onnauwkeurige datum verdeeld over de dagen die de datum kan betekenen, zoals heel maart voor \u{201C}maart 2021\u{201D}). Het jaar en elk kwartaal krijgen het deel van hun dagen, afgerond op centen zo dat de delen precies optellen tot het bedrag; de verwachte vermeden kosten worden zo verdeeld over alle dagen van de uitzondering. Een uitzondering telt mee in elk jaar en kwartaal waarin ze dagen heeft. Vermeden kosten zijn verwacht: de kosten van het vermeden scenario maal de kans. Wat niet geprijsd is of geen kans heeft, telt niet als nul: het aantal staat erbij en het bedrag is een ondergrens (\u{201C}ten minste\u{201D}); netto en rendement zijn dan een onder- of bovengrens, of onbekend. Netto = verwacht vermeden − kosten; rendement = verwacht vermeden per uitgegeven euro. Het budget betaalt de kostenregels met als betaler de gemeente; een regel zonder betaler telt niet mee (betaler onbekend). Een casus zonder gemeente staat onder zijn regio. Obstakels worden vergeleken zonder hoofdletters, accenten, leestekens en getallen.",
                    "Method: every cost line is spread over the days it covers: a period from its start to its end; a line per day, month or year from its date over its run; a line without a period falls on its date (an imprecise date spread over the days it can mean, such as all of March for \u{201C}March 2021\u{201D}). The year and each quarter get the share of their days, rounded to cents so that the shares add up exactly to the amount; the expected avoided cost is spread the same way over all days of the exception. An exception counts in every year and quarter in which it has days. Avoided costs are expected: the avoided scenario's cost times its likelihood. What is unpriced or has no likelihood never counts as zero: its number is given and the amount is a lower bound (\u{201C}at least\u{201D}); net and return are then a lower or upper bound, or unknown. Net = expected avoided − cost; return = expected avoided per euro spent. The budget pays the cost lines whose payer is the municipality; a line without a payer is not counted (payer unknown). A case without a municipality is filed under its region. Obstacles are compared without case, accents, punctuation and numbers."
                ))
        ])
    }
}
