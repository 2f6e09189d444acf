import PlanreisAnalysis
import PlanreisModel

extension AnalysisDocument {
    // MARK: Exceptions

    /// Up to this many exceptions each get their full account (cost table, payers,
    /// legitimation); more get one overview row each, so that a journey of thousands of events
    /// stays a document people can read (and a report of 10,000 events stays under 8 MiB).
    static let detailedExceptionLimit = 20

    var exceptionBlocks: [ReportBlock] {
        guard !analysis.exceptions.isEmpty else { return [] }
        var blocks: [ReportBlock] = [.heading(2, t("Uitzonderingen", "Exceptions"))]
        guard analysis.exceptions.count <= Self.detailedExceptionLimit else {
            let count = analysis.exceptions.count
            blocks.append(
                .paragraph([
                    .text(
                        t(
                            "\(count) uitzonderingen: per uitzondering één regel. De volledige berekening, de betalers en de legitimatie van elke uitzondering geeft ",
                            "\(count) exceptions: one row each. The full calculation, the payers and the legitimation of each exception are given by "
                        )),
                    .emphasis("planreis analyze --format json"), .text("."),
                ]))
            blocks.append(.table(exceptionOverview))
            return blocks
        }
        for (number, item) in analysis.exceptions.enumerated() {
            blocks += exceptionBlocks(item, number: number + 1)
        }
        return blocks
    }

    /// One row per exception: what it cost, what it is expected to save, its net and break-even
    /// likelihood, and whether it rests on estimates or misses part of its legitimation.
    var exceptionOverview: ReportTable {
        var table = ReportTable(
            caption: t("Uitzonderingen in één overzicht", "Exceptions at a glance"),
            columns: [
                ReportColumn(t("Nr.", "No."), .trailing), ReportColumn(t("Uitzondering", "Exception")),
                ReportColumn(t("Kosten", "Cost"), .trailing), ReportColumn(t("Verwachte besparing", "Expected saving"), .trailing),
                ReportColumn(t("Netto baat", "Net benefit"), .trailing),
                ReportColumn(t("Break-evenkans", "Break-even likelihood"), .trailing), ReportColumn(t("Let op", "Note")),
            ])
        for (number, item) in analysis.exceptions.enumerated() {
            let event = analysis.journey.events[item.event]
            let incomplete = item.isComplete ? "" : t(" (onvolledig)", " (incomplete)")
            var notes: [String] = []
            if !item.estimates.isEmpty { notes.append(t("schatting", "estimate")) }
            let missing = LegitimationPart.allCases.filter { $0.text(in: item.legitimation) == nil }
            if !missing.isEmpty {
                notes.append(t("legitimatie mist: ", "legitimation lacks: ") + missing.map { $0.label(language) }.joined(separator: ", "))
            }
            table.add([
                "\(number + 1)", "\(labels.user(event.title)) (\(labels.date(event.date)))",
                labels.money(item.cost) + unpricedNote(item.costLines.filter { $0.amount == nil }.count),
                labels.money(item.avoided?.expected), labels.money(item.net) + (item.net == nil ? "" : incomplete),
                breakEvenText(item, incomplete: incomplete), notes.joined(separator: "; "),
            ])
        }
        return table
    }

    func exceptionBlocks(_ item: CostBenefit, number: Int) -> [ReportBlock] {
        let event = analysis.journey.events[item.event]
        var blocks: [ReportBlock] = [.heading(3, "\(number). \(labels.user(event.title)) (\(labels.date(event.date)))")]
        let resolved = event.targets(.resolves).compactMap { id in analysis.journey.event(withID: id).map { labels.user($0.title) } }
        if !resolved.isEmpty {
            blocks.append(.paragraph([.strong(t("Lost op:", "Resolves:")), .text(" " + resolved.joined(separator: "; ") + ".")]))
        }
        blocks.append(.table(costTable(item)))
        if let estimates = labels.estimates(item) {
            blocks.append(.paragraph([.strong(t("Berust op een schatting:", "Rests on an estimate:")), .text(" " + estimates + ".")]))
        }
        if let horizon = item.avoided?.horizonMonths, analysis.comparison != nil, horizon != analysis.options.comparisonMonths {
            blocks.append(
                .paragraph([
                    .strong(t("Let op:", "Note:")),
                    .text(
                        t(
                            " het vermeden scenario is geprijsd over \(labels.months(horizon)), doormodderen of doorbreken hieronder over \(labels.months(analysis.options.comparisonMonths)); de bedragen zijn niet één op één te vergelijken.",
                            " the avoided scenario is priced over \(labels.months(horizon)), muddling on or breaking through below over \(labels.months(analysis.options.comparisonMonths)); the amounts do not compare one to one."
                        )),
                ]))
        }
        if !item.isComplete {
            blocks.append(
                .paragraph([
                    .strong(t("Let op:", "Note:")),
                    .text(
                        t(
                            " \(item.unpricedLines.count) post(en) zonder bedrag; de totalen tellen alleen wat geprijsd is, dus netto baat en rendement zijn onvolledig.",
                            " \(item.unpricedLines.count) item(s) without an amount; the totals count only what is priced, so net benefit and return are incomplete."
                        )),
                ]))
        }
        if !item.payers.isEmpty {
            blocks.append(.table(payerTable(item)))
        }
        if item.isWrongPocket {
            let paying = item.payers.filter { ($0.net?.cents ?? 0) < 0 }.map { labels.payer($0.payer) }
            let saving = item.payers.filter { ($0.net?.cents ?? 0) > 0 }.map { labels.payer($0.payer) }
            blocks.append(
                .paragraph([
                    .strong(t("Verkeerde zak:", "Wrong pocket:")),
                    .text(
                        " " + paying.joined(separator: ", ") + t(" betaalt meer dan het bespaart; ", " pays more than it saves; ")
                            + saving.joined(separator: ", ") + t(" bespaart.", " saves.")),
                ]))
        }
        blocks.append(.paragraph([.strong(t("Legitimatie", "Legitimation"))]))
        blocks.append(
            .list(
                LegitimationPart.allCases.map { part in
                    let text = part.text(in: item.legitimation)
                    return [
                        .strong(part.label(language) + ":"),
                        text.map { .text(" " + labels.user($0)) } ?? .emphasis(" " + t("ontbreekt", "missing")),
                    ]
                }))
        return blocks
    }

    func costTable(_ item: CostBenefit) -> ReportTable {
        var table = ReportTable(
            caption: t("Kosten en baten", "Costs and benefits"),
            columns: [
                ReportColumn(t("Post", "Item")), ReportColumn(t("Berekening", "Calculation")), ReportColumn(t("Betaler", "Payer")),
                ReportColumn(t("Bedrag", "Amount"), .trailing),
            ])
        for line in item.costLines {
            table.add([t("Kosten: ", "Cost: ") + labels.label(line), line.formula(language), labels.payer(line.payer), labels.amount(line)])
        }
        let unpricedCosts = item.costLines.filter { $0.amount == nil }.count
        table.add(
            [t("Kosten van de uitzondering", "Cost of the exception"), "", "", labels.money(item.cost) + unpricedNote(unpricedCosts)],
            total: true)
        guard let avoided = item.avoided else {
            table.add([t("Vermeden scenario", "Avoided scenario"), t("niet beschreven", "not described"), "", ""])
            return table
        }
        for line in avoided.lines {
            table.add([
                t("Vermeden: ", "Avoided: ") + labels.label(line), line.formula(language), labels.payer(line.payer), labels.amount(line),
            ])
        }
        let unpricedAvoided = avoided.lines.filter { $0.amount == nil }.count
        table.add(
            [
                t("Vermeden scenario: ", "Avoided scenario: ") + labels.user(avoided.title), labels.scenarioTerms(avoided), "",
                labels.money(avoided.cost) + unpricedNote(unpricedAvoided),
            ], total: true)
        let likelihood = avoided.likelihood.map { " (\(labels.percent($0)))" } ?? ""
        table.add(
            [
                t("Verwachte besparing", "Expected saving") + likelihood, "", "",
                labels.money(avoided.expected) + unpricedNote(unpricedAvoided),
            ],
            total: true)
        let incomplete = item.isComplete ? "" : t(" (onvolledig)", " (incomplete)")
        table.add([t("Netto baat", "Net benefit"), "", "", labels.money(item.net) + (item.net == nil ? "" : incomplete)], total: true)
        let ratio: String
        if let r = item.returnPerEuro {
            ratio = r.formatted(language) + incomplete
        } else if avoided.expected != nil && item.cost == .zero {
            ratio = t("n.v.t. (geen geprijsde kosten)", "n/a (no priced cost)")
        } else {
            ratio = t("n.v.t.", "n/a")
        }
        table.add([t("Rendement per euro", "Return per euro"), "", "", ratio], total: true)
        if let range = avoided.likelihoodRange, range.isRange {
            table.add([
                t("Netto baat bij lage kans", "Net benefit at low likelihood") + " (\(labels.percent(range.low)))", "", "",
                labels.money(item.netAtLow) + (item.netAtLow == nil ? "" : incomplete),
            ])
            table.add([
                t("Netto baat bij hoge kans", "Net benefit at high likelihood") + " (\(labels.percent(range.high)))", "", "",
                labels.money(item.netAtHigh) + (item.netAtHigh == nil ? "" : incomplete),
            ])
        }
        table.add(
            [
                t("Break-evenkans", "Break-even likelihood"), t("kosten ÷ vermeden kosten", "cost ÷ avoided cost"), "",
                breakEvenText(item, incomplete: incomplete),
            ], total: true)
        return table
    }

    /// The break-even likelihood, or with unpriced costs the most they may cost.
    func breakEvenText(_ item: CostBenefit, incomplete: String) -> String {
        if let ratio = item.breakEvenPercent { return labels.breakEven(ratio) + incomplete }
        guard let affordable = item.affordableCost, let low = item.avoided?.likelihoodRange?.low else {
            return t("onbekend", "unknown")
        }
        let money = labels.money(affordable)
        return t(
            "onbekend: kosten niet geprijsd; loont zolang die onder \(money) blijven (bij \(labels.percent(low)))",
            "unknown: cost unpriced; pays off while it stays below \(money) (at \(labels.percent(low)))")
    }

    /// " + 2 niet geprijsd" after a total that leaves lines out.
    func unpricedNote(_ count: Int) -> String {
        count == 0 ? "" : t(" + \(count) niet geprijsd", " + \(count) unpriced")
    }

    func payerTable(_ item: CostBenefit) -> ReportTable {
        var table = ReportTable(
            caption: t("Wie betaalt, wie bespaart", "Who pays, who saves"),
            columns: [
                ReportColumn(t("Betaler", "Payer")), ReportColumn(t("Betaalt", "Pays"), .trailing),
                ReportColumn(t("Vermeden kosten", "Avoided cost"), .trailing),
                ReportColumn(t("Bespaart (verwacht)", "Saves (expected)"), .trailing), ReportColumn(t("Saldo", "Balance"), .trailing),
                ReportColumn(t("Break-evenkans", "Break-even likelihood"), .trailing),
            ])
        for row in item.payers {
            table.add([
                labels.payer(row.payer), labels.money(row.pays), labels.money(row.avoided), labels.money(row.saves), labels.money(row.net),
                row.pays == .zero ? t("n.v.t.", "n/a") : labels.breakEven(row.breakEvenPercent),
            ])
        }
        return table
    }

    // MARK: Doormodderen versus doorbreken

    var comparisonBlocks: [ReportBlock] {
        guard let comparison = analysis.comparison else { return [] }
        let first = analysis.journey.events[comparison.firstException]
        let months = labels.months(analysis.options.comparisonMonths)
        var blocks: [ReportBlock] = [.heading(2, t("Doormodderen of doorbreken", "Muddling on or breaking through"))]
        blocks.append(
            .paragraph([
                .text(
                    t(
                        "Kosten van alle geprijsde interventies in de \(months) vóór en vanaf de eerste uitzondering (\(labels.user(first.title)), \(labels.date(first.date))). Een kostenpost wordt gelijk verdeeld over de dagen die de datum toelaat (een periode: van begin tot eind; een post per maand of jaar: ook over de looptijd).",
                        "Cost of all priced interventions in the \(months) before and from the first exception (\(labels.user(first.title)), \(labels.date(first.date))). A cost is spread evenly over the days its date allows (a period: start to end; an item per month or year: also over its run)."
                    ))
            ]))
        var table = ReportTable(
            caption: t("Doormodderen tegenover doorbreken", "Muddling on against breaking through"),
            columns: [
                ReportColumn(t("Scenario", "Scenario")), ReportColumn(t("Periode", "Period")), ReportColumn(t("Kosten", "Cost"), .trailing),
            ])
        table.add([t("Doormodderen", "Muddling on"), period(comparison.before), labels.money(comparison.beforeCost)])
        table.add([t("Doorbreken", "Breaking through"), period(comparison.after), labels.money(comparison.afterCost)])
        table.add(
            [
                t("Verschil (doorbreken − doormodderen)", "Difference (breaking through − muddling on)"), "",
                labels.money(comparison.difference),
            ], total: true)
        blocks.append(.table(table))
        if !comparison.shares.isEmpty {
            var shares = ReportTable(
                caption: t("Geprijsde interventies per periode", "Priced interventions per period"),
                columns: [
                    ReportColumn(t("Gebeurtenis", "Event")), ReportColumn(t("Datum", "Date")),
                    ReportColumn(t("Doormodderen", "Muddling on"), .trailing), ReportColumn(t("Doorbreken", "Breaking through"), .trailing),
                ])
            for share in comparison.shares {
                let event = analysis.journey.events[share.event]
                let title = labels.user(event.title) + (share.unpricedLines > 0 ? t(" (deels niet geprijsd)", " (partly unpriced)") : "")
                shares.add([title, labels.date(event.date), labels.money(share.before), labels.money(share.after)])
            }
            blocks.append(.table(shares))
        }
        if comparison.beforeCost == .zero {
            blocks.append(
                .paragraph([
                    .strong(t("Let op:", "Note:")),
                    .text(
                        t(
                            " in de periode vóór de eerste uitzondering zijn geen geprijsde kosten vastgelegd; het verschil toont dan alleen wat doorbreken kost.",
                            " no priced costs are recorded in the period before the first exception; the difference then shows only what breaking through costs."
                        )),
                ]))
        }
        if !comparison.isComplete {
            let unpriced = comparison.shares.filter { $0.unpricedLines > 0 }.map { share in
                labels.eventTitle(share.event) + " (\(share.unpricedLines))"
            }
            blocks.append(
                .paragraph([
                    .strong(t("Niet geprijsd:", "Unpriced:")),
                    .text(
                        t(
                            " doormodderen \(comparison.unpricedBefore) post(en), doorbreken \(comparison.unpricedAfter) post(en); ze tellen niet mee in de bedragen hierboven: ",
                            " muddling on \(comparison.unpricedBefore) line(s), breaking through \(comparison.unpricedAfter) line(s); they are left out of the amounts above: "
                        ) + unpriced.joined(separator: "; ") + "."),
                ]))
        }
        return blocks
    }

    func period(_ interval: DayInterval) -> String {
        "\(labels.day(interval.start)) – \(labels.day(interval.end - 1))"
    }
}
