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
        list(t("Datum valt deels buiten \(budget.selection.year)", "Date reaches outside \(budget.selection.year)"), straddling) { issue in
            t("kan ook bij een ander jaar horen", "may also belong to another year")
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
                    "Werkwijze: een uitzondering telt mee als de dagen die haar datum (of periode) kan betekenen het jaar raken; valt een onnauwkeurige datum deels buiten het jaar, dan telt ze volledig mee en staat ze onder Ontbrekend. Vermeden kosten zijn verwacht: de kosten van het vermeden scenario maal de kans; zonder kans tellen ze als nul. Netto = verwacht vermeden − kosten; rendement = verwacht vermeden per uitgegeven euro. Het budget betaalt de kostenregels met als betaler de gemeente. Obstakels worden vergeleken zonder hoofdletters, accenten, leestekens en getallen.",
                    "Method: an exception counts when the days its date (or period) can mean touch the year; an imprecise date reaching outside the year counts in full and is listed under Missing. Avoided costs are expected: the avoided scenario's cost times its likelihood; without a likelihood they count as zero. Net = expected avoided − cost; return = expected avoided per euro spent. The budget pays the cost lines whose payer is the municipality. Obstacles are compared without case, accents, punctuation and numbers."
                ))
        ])
    }
}
