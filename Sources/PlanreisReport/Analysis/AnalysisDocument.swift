import PlanreisAnalysis
import PlanreisModel

/// Builds the summary of an analysis as report blocks: the headline, the stalls ranked, stalled
/// time per actor, obstacles, quiet periods, each exception's cost-benefit and legitimation,
/// doormodderen versus doorbreken, and warnings. Markdown and HTML writers render these blocks.
package struct AnalysisDocument {
    let analysis: Analysis
    let labels: ReportLabels
    var language: Language { labels.language }

    public init(_ analysis: Analysis, language: Language) {
        self.analysis = analysis
        self.labels = ReportLabels(analysis: analysis, language: language)
    }

    func t(_ nl: String, _ en: String) -> String { labels.t(nl, en) }

    /// Every block of the summary, in order.
    public var blocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(1, t("Analyse: ", "Analysis: ") + labels.user(analysis.journey.title))]
        blocks.append(.paragraph(headline))
        blocks += stallBlocks + obstacleBlocks + quietBlocks + criteriaBlocks + exceptionBlocks + comparisonBlocks
        if !analysis.warnings.isEmpty {
            blocks.append(.heading(2, t("Waarschuwingen", "Warnings")))
            blocks.append(.list(analysis.warnings.map { [.text(labels.message($0.message(language)))] }))
        }
        return blocks
    }

    // MARK: Headline

    var headline: [ReportInline] {
        let report = analysis.stalls
        var inlines: [ReportInline]
        if report.longest == nil {
            inlines = [.strong(t("Stilstand:", "Stalls:")), .text(t(" geen afgesloten stilstand gevonden.", " no closed stalls found."))]
        } else {
            var text = t(" in totaal ", " ") + labels.duration(report.total) + t("", " in total")
            if let share = report.sharePercent, let span = report.caseSpan {
                text += ", " + labels.percentRange(share.min, share.max) + t(" van de looptijd (", " of the case (")
                text += "\(labels.duration(span.duration)), \(labels.date(span.start)) – \(labels.date(span.end)))"
            }
            inlines = [.strong(t("Stilstand:", "Stalled:")), .text(text + ".")]
        }
        if let longest = report.longestWait {
            inlines.append(.text(" "))
            inlines.append(.strong(t("Langste stilstand:", "Longest stall:")))
            inlines.append(
                .text(
                    " \(labels.user(longest.title(language))) (\(labels.duration(of: longest))), "
                        + t("bij ", "held by ") + labels.actor(longest.actor) + "."))
        }
        for stall in report.muddling {
            inlines.append(.text(" "))
            inlines.append(.strong(t("Doormodderen:", "Muddling on:")))
            inlines.append(
                .text(
                    " \(labels.user(stall.title(language))), \(labels.date(stall.start)) – \(labels.date(stall.end)) "
                        + "(\(labels.duration(of: stall))), " + t("bij ", "held by ") + labels.actor(stall.actor) + "."))
        }
        if !report.openStalls.isEmpty {
            let n = report.openStalls.count
            inlines.append(
                .text(
                    t(
                        " Daarnaast \(n) open stilstand(en) zonder later vastgelegde handeling, niet meegeteld.",
                        " Besides, \(n) open stall(s) with no later act recorded, not counted.")))
        }
        if !report.quietPeriods.isEmpty {
            inlines.append(
                .text(
                    t(" Daarnaast ", " Besides, ") + labels.duration(report.quietTotal)
                        + t(" zonder informatie (niet toegerekend).", " without information (not attributed).")))
        }
        return inlines
    }

    // MARK: Stalls

    var stallBlocks: [ReportBlock] {
        let report = analysis.stalls
        guard !report.stalls.isEmpty else { return openBlocks }
        var blocks: [ReportBlock] = [.heading(2, t("Waar liep het vast", "Where it stalled"))]
        var table = ReportTable(
            caption: t("Stilstand, langste eerst", "Stalls, longest first"),
            columns: [
                ReportColumn("#", .trailing), ReportColumn(t("Stilstand", "Stall")), ReportColumn(t("Soort", "Kind")),
                ReportColumn(t("Bij", "Held by")), ReportColumn(t("Van", "From")), ReportColumn(t("Tot", "Until")),
                ReportColumn(t("Duur", "Duration"), .trailing),
            ], rowHeaderColumn: 1)
        for (rank, stall) in report.stalls.prefix(analysis.options.topStalls).enumerated() {
            table.add([
                String(rank + 1), labels.user(stall.title(language)), stall.kind.label(language), labels.actor(stall.actor),
                labels.date(stall.start), labels.end(of: stall), labels.duration(of: stall),
            ])
        }
        blocks.append(.table(table))
        blocks.append(
            .paragraph([
                .text(
                    t(
                        "Alleen stilstand met een vastgelegd begin en eind telt mee. Een gat dat zeker korter is dan \(report.minStallDays) dagen is geen stilstand. Stilstand wacht op wie hem kan opheffen (de genoemde eigenaar of wie de uitzondering maakte), nooit op het huishouden tenzij de gegevens dat zeggen; \"niemand vastgelegd\" betekent dat de gegevens niemand noemen.",
                        "Only stalls with a recorded start and end count. A gap certainly shorter than \(report.minStallDays) days is not a stall. A stall waits on whoever can lift it (the named owner, or who made the exception), never on the household unless the data says so; \"nobody recorded\" means the data names nobody."
                    ))
            ]))
        let hidden = report.stalls.count - analysis.options.topStalls
        if hidden > 0 {
            blocks.append(
                .paragraph([
                    .text(
                        t(
                            "Nog \(hidden) kortere stilstand(en) staan in de JSON-uitvoer.",
                            "\(hidden) shorter stall(s) are in the JSON output."))
                ]))
        }

        var perActor = ReportTable(
            caption: t("Stilstand per actor", "Stalled time per actor"),
            columns: [
                ReportColumn(t("Actor", "Actor")), ReportColumn(t("Stilstand", "Stalled"), .trailing),
                ReportColumn(t("Aantal", "Count"), .trailing),
            ])
        for row in report.perActor {
            perActor.add([labels.actor(row.actor), labels.duration(row.total), String(row.count)])
        }
        perActor.add([t("Totaal", "Total"), labels.duration(report.total), String(report.stalls.count)], total: true)
        blocks.append(.heading(2, t("Stilstand per actor", "Stalled time per actor")))
        blocks.append(.table(perActor))
        blocks.append(
            .paragraph([
                .text(
                    t(
                        "Overlappende stilstand telt één keer, per actor en in het totaal. Een bereik komt van onnauwkeurige datums: de kortste en langste duur die de datums toelaten.",
                        "Overlapping stalls count once, per actor and in the total. A range comes from imprecise dates: the shortest and longest duration the dates allow."
                    ))
            ]))
        return blocks + openBlocks
    }

    /// Stalls without a recorded end, apart from the ranking and the totals.
    var openBlocks: [ReportBlock] {
        let open = analysis.stalls.openStalls
        guard !open.isEmpty else { return [] }
        var table = ReportTable(
            caption: t("Open: geen latere handeling vastgelegd", "Open: no later act recorded"),
            columns: [
                ReportColumn(t("Stilstand", "Stall")), ReportColumn(t("Soort", "Kind")), ReportColumn(t("Bij", "Held by")),
                ReportColumn(t("Sinds", "Since")), ReportColumn(t("Laatste datum in de gegevens", "Last date in the data")),
            ], rowHeaderColumn: 0)
        for stall in open {
            table.add([
                labels.user(stall.title(language)), stall.kind.label(language), labels.actor(stall.actor), labels.date(stall.start),
                labels.date(stall.end),
            ])
        }
        return [
            .heading(2, t("Open: geen latere handeling vastgelegd", "Open: no later act recorded")),
            .paragraph([
                .text(
                    t(
                        "Hier ontbreekt het eind: geen latere handeling, oplossing of besluit is vastgelegd. Hoe lang dit duurde weten de gegevens niet; het telt niet mee in de totalen en is nooit de kop.",
                        "The end is missing here: no later act, resolution or decision is recorded. The data does not say how long this lasted; it is left out of the totals and never the headline."
                    ))
            ]),
            .table(table),
        ]
    }

    var obstacleBlocks: [ReportBlock] {
        let obstacles = analysis.stalls.obstacles
        guard !obstacles.isEmpty else { return [] }
        var table = ReportTable(
            caption: t("Obstakels en doorbraken", "Obstacles and breakthroughs"),
            columns: [
                ReportColumn(t("Obstakel", "Obstacle")), ReportColumn(t("Bij", "At")), ReportColumn(t("Sinds", "Since")),
                ReportColumn(t("Doorbraak", "Breakthrough")), ReportColumn(t("Tijd tot doorbraak", "Time to breakthrough"), .trailing),
            ])
        for status in obstacles {
            let breakthrough: String
            if let first = status.resolvedBy.first {
                breakthrough = "\(labels.eventTitle(first)) (\(labels.date(analysis.journey.events[first].date)))"
            } else if status.isOpen {
                breakthrough = t("nog open", "still open")
            } else {
                breakthrough = t("geen; eindigt ", "none; ends ") + labels.date(status.stall.end)
            }
            table.add([
                labels.eventTitle(status.obstacle), labels.actor(status.stall.actor), labels.date(status.stall.start), breakthrough,
                status.isOpen ? t("onbekend (open)", "unknown (open)") : labels.duration(status.stall.duration),
            ])
        }
        var blocks: [ReportBlock] = [.heading(2, t("Obstakels", "Obstacles")), .table(table)]
        let open = obstacles.filter(\.isOpen)
        if open.isEmpty {
            blocks.append(
                .paragraph([.text(t("Alle obstakels zijn doorbroken of beëindigd.", "Every obstacle was broken through or ended."))]))
        } else {
            let names = open.map { "\(labels.eventTitle($0.obstacle)) (\(t("sinds", "since")) \(labels.date($0.stall.start)))" }
            blocks.append(
                .paragraph([
                    .strong(t("Nog open aan het eind:", "Still open at the end:")), .text(" " + names.joined(separator: "; ") + "."),
                ]))
        }
        return blocks
    }

    var quietBlocks: [ReportBlock] {
        let quiet = analysis.stalls.quietPeriods
        guard !quiet.isEmpty else { return [] }
        var table = ReportTable(
            caption: t("Periodes zonder informatie", "Periods without information"),
            columns: [
                ReportColumn(t("Periode", "Period")), ReportColumn(t("Van", "From")), ReportColumn(t("Tot", "Until")),
                ReportColumn(t("Duur", "Duration"), .trailing),
            ])
        for stall in quiet {
            table.add([
                labels.user(stall.title(language)), labels.date(stall.start), labels.date(stall.end), labels.duration(stall.duration),
            ])
        }
        let days = analysis.stalls.quietThresholdDays
        return [
            .heading(2, t("Geen informatie", "No information")),
            .paragraph([
                .text(
                    t(
                        "Periodes van meer dan \(days) dagen zonder enige gebeurtenis of toegerekende stilstand, terwijl de casus liep. Ze zijn aan niemand toegerekend en tellen niet mee in de totalen hierboven.",
                        "Periods of more than \(days) days without any event or attributed stall while the case was open. They are attributed to nobody and left out of the totals above."
                    ))
            ]),
            .table(table),
        ]
    }
}
