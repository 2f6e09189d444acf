import PlanreisAnalysis
import PlanreisModel

extension Cohort {
    /// The cohort tables as one long CSV (`tabel;rij;kolom;waarde`, see `LongTableCSV`), with
    /// the very figures the Markdown and JSON show.
    public func csv(_ language: Language) -> [UInt8] { longTable(language).bytes }

    /// The figures of the CSV, one by one (for the CSV and the workbook).
    func longTable(_ language: Language) -> LongTableCSV {
        let nl = language == .nl
        func t(_ a: String, _ b: String) -> String { language.pick(a, b) }
        var csv = LongTableCSV(language: language)
        typealias K = Cohort.CellKey
        /// A count as released (`< N` when suppressed) and its percentage (empty then).
        func n(_ value: Int, _ key: String) -> LongTableCSV.Value {
            smallCells?.hides(key) == true ? .text(smallCells!.text(value, key)) : .int(value)
        }
        func p(_ value: Int, _ key: String) -> LongTableCSV.Value {
            smallCells?.hides(key) == true ? .empty : .int(share(value).percent)
        }
        func stats(_ s: SummaryStatistics, _ key: String) -> SummaryStatistics {
            smallCells?.hides(key) == true ? SummaryStatistics(sorted: []) : s
        }
        if let cells = smallCells {
            csv.add(
                t("cohort", "cohort"), t("kleine aantallen afgeschermd", "small cells suppressed"), t("minimum", "minimum"), cells.minimum)
        }
        let scope = t("cohort", "cohort")
        csv.add(scope, t("peildatum", "reference date"), t("datum", "date"), .text(AnalysisJSONWriter.isoDay(selection.asOf)))
        if !constructedIDs.isEmpty {
            csv.add(scope, t("geconstrueerd", "constructed"), t("casussen", "cases"), .int(constructedIDs.count))
        }
        if let from = selection.startedFrom {
            csv.add(scope, t("gestart vanaf", "started from"), t("datum", "date"), .text(AnalysisJSONWriter.isoDay(from)))
        }
        if let until = selection.startedUntil {
            csv.add(scope, t("gestart tot en met", "started until"), t("datum", "date"), .text(AnalysisJSONWriter.isoDay(until)))
        }
        if let day = selection.runningOn {
            csv.add(scope, t("nog lopend op", "still running on"), t("datum", "date"), .text(AnalysisJSONWriter.isoDay(day)))
        }
        csv.add(scope, t("casussen", "cases"), t("aantal", "count"), n(cases, K.cases))
        csv.add(scope, t("zonder datum", "undated"), t("aantal", "count"), undated.count)

        let status = t("status op peildatum", "status on reference date")
        for phase in Phase.allCases {
            let count = statusOnDate[phase] ?? 0
            csv.add(status, phase.label(language), t("aantal", "count"), n(count, K.status(phase)))
            csv.add(status, phase.label(language), t("percentage", "percent"), p(count, K.status(phase)))
        }
        csv.add(status, t("Onbekend", "Unknown"), t("aantal", "count"), n(statusUnknown, K.status(nil)))
        csv.add(status, t("Onbekend", "Unknown"), t("percentage", "percent"), p(statusUnknown, K.status(nil)))

        let phaseTable = t("duur van de fasen (dagen)", "phase lengths (days)")
        for phase in Phase.allCases {
            guard let stats = phases[phase] else { continue }
            let s = Self.released(stats.statistics, smallCells, K.phase(phase, "statistics"))
            let row = phase.label(language)
            csv.add(phaseTable, row, t("begonnen", "entered"), n(stats.entered, K.phase(phase, "entered")))
            csv.add(phaseTable, row, t("afgerond", "ended"), n(stats.ended, K.phase(phase, "ended")))
            csv.add(phaseTable, row, t("vroegtijdig beëindigd", "ended early"), n(stats.endedEarly, K.phase(phase, "endedEarly")))
            csv.add(phaseTable, row, t("zonder dag", "imprecise"), stats.imprecise)
            csv.add(phaseTable, row, t("gemeten", "measured"), s.count)
            csv.add(phaseTable, row, t("gemiddeld", "mean"), s.mean)
            csv.add(phaseTable, row, t("mediaan", "median"), s.median)
            csv.add(phaseTable, row, t("minimum", "minimum"), s.min)
            csv.add(phaseTable, row, t("maximum", "maximum"), s.max)
            let spread = smallCells?.hides(K.phase(phase, "statistics")) == true ? SpreadStatistics(sorted: []) : stats.spread
            for (name, value) in [
                (t("standaardafwijking", "standard deviation"), spread.standardDeviation),
                (t("eerste kwartiel", "first quartile"), spread.firstQuartile),
                (t("derde kwartiel", "third quartile"), spread.thirdQuartile),
                (t("interkwartielafstand", "interquartile range"), spread.interquartileRange),
            ] {
                csv.add(
                    phaseTable, row, name,
                    value.flatMap { DecimalText.fixed($0, places: 2, dutch: nl) }.map(LongTableCSV.Value.number) ?? .empty)
            }
        }

        let safety = t("kleurcode intensieve fase", "safety colour in the intensive phase")
        for colour in SafetyColour.allCases {
            csv.add(safety, colour.word(language), t("bij start", "at start"), n(safetyStart[colour] ?? 0, K.safety("start", colour)))
            csv.add(safety, colour.word(language), t("bij einde", "at end"), n(safetyEnd[colour] ?? 0, K.safety("end", colour)))
        }

        for key in tags.keys.sorted() {
            let table = t("kenmerk", "tag") + ": " + (key.isEmpty ? t("overig", "other") : key)
            for (value, count) in Self.ranked(tags[key]!) {
                csv.add(table, value, t("casussen", "cases"), n(count, K.tag(key, value)))
                csv.add(table, value, t("percentage", "percent"), p(count, K.tag(key, value)))
            }
        }

        let actorTable = t("betrokken partijen", "actors involved")
        for (actor, count) in Self.ranked(actors) {
            csv.add(actorTable, actor, t("groep", "group"), .text(actorGroups[actor]?.label(language) ?? ""))
            csv.add(actorTable, actor, t("casussen", "cases"), n(count, K.actor(actor)))
            csv.add(actorTable, actor, t("percentage", "percent"), p(count, K.actor(actor)))
        }

        let stallTable = t("stilstand per partij (dagen)", "stalled time per actor (days)")
        for summary in stallsPerActorRanked + [stallsOverall] {
            let row = summary.actor ?? t("Alle partijen", "All actors")
            if smallCells?.hides(K.stalls(summary.actor)) == true {
                csv.add(stallTable, row, t("casussen met stilstand", "cases stalled"), n(summary.cases, K.stalls(summary.actor)))
                continue
            }
            csv.add(stallTable, row, t("casussen met stilstand", "cases stalled"), summary.cases)
            csv.add(stallTable, row, t("stilstanden", "stalls"), summary.stalls)
            csv.add(stallTable, row, t("totaal minimum", "total minimum"), summary.total.minDays)
            csv.add(stallTable, row, t("totaal maximum", "total maximum"), summary.total.maxDays)
            csv.add(stallTable, row, t("mediaan per casus minimum", "median per case minimum"), summary.medianPerCase?.minDays)
            csv.add(stallTable, row, t("mediaan per casus maximum", "median per case maximum"), summary.medianPerCase?.maxDays)
        }

        let exceptionTable = t("uitzonderingen", "exceptions")
        let perCase = Self.released(exceptionStatistics, smallCells, K.exceptions)
        let first = smallCells?.hides(K.firstBreakthrough) == true ? RangeStatistics([]) : firstBreakthrough
        let all = t("alle casussen", "all cases")
        csv.add(exceptionTable, all, t("uitzonderingen", "exceptions"), smallCells?.hides(K.exceptions) == true ? nil : perCase.total)
        csv.add(
            exceptionTable, all, t("casussen met uitzondering", "cases with an exception"),
            n(exceptionsPerCase.filter { $0 > 0 }.count, K.withException))
        csv.add(
            exceptionTable, all, t("gemiddeld per casus", "mean per case"),
            smallCells?.hides(K.exceptions) == true
                ? .empty : Ratio(Int64(perCase.total), Int64(cases)).map(LongTableCSV.Value.ratio) ?? .empty)
        csv.add(exceptionTable, all, t("mediaan per casus", "median per case"), perCase.median)
        csv.add(exceptionTable, all, t("maximum per casus", "maximum per case"), perCase.max)
        let breakthrough = t("eerste doorbraak (dagen)", "first breakthrough (days)")
        csv.add(exceptionTable, breakthrough, t("casussen", "cases"), n(firstBreakthrough.count, K.firstBreakthrough))
        for (name, range) in [
            (t("gemiddeld", "mean"), first.mean), (t("mediaan", "median"), first.median), (t("minimum", "minimum"), first.min),
            (t("maximum", "maximum"), first.max),
        ] {
            csv.add(exceptionTable, breakthrough, name + t(" (kortst)", " (shortest)"), range?.minDays)
            csv.add(exceptionTable, breakthrough, name + t(" (langst)", " (longest)"), range?.maxDays)
        }
        return csv
    }

    /// Statistics as released: none when small-cell suppression withholds them.
    static func released(_ statistics: SummaryStatistics, _ cells: SmallCells?, _ key: String) -> SummaryStatistics {
        cells?.hides(key) == true ? SummaryStatistics(sorted: []) : statistics
    }
}
