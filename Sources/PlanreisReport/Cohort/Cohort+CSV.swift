import PlanreisAnalysis
import PlanreisModel

extension Cohort {
    /// The cohort tables as one long CSV (`tabel;rij;kolom;waarde`, see `LongTableCSV`), with
    /// the very figures the Markdown and JSON show.
    public func csv(_ language: Language) -> [UInt8] {
        let nl = language == .nl
        func t(_ a: String, _ b: String) -> String { language.pick(a, b) }
        var csv = LongTableCSV(language: language)
        let scope = t("cohort", "cohort")
        csv.add(scope, t("peildatum", "reference date"), t("datum", "date"), .text(AnalysisJSONWriter.isoDay(selection.asOf)))
        if let from = selection.startedFrom {
            csv.add(scope, t("gestart vanaf", "started from"), t("datum", "date"), .text(AnalysisJSONWriter.isoDay(from)))
        }
        if let until = selection.startedUntil {
            csv.add(scope, t("gestart tot en met", "started until"), t("datum", "date"), .text(AnalysisJSONWriter.isoDay(until)))
        }
        if let day = selection.runningOn {
            csv.add(scope, t("nog lopend op", "still running on"), t("datum", "date"), .text(AnalysisJSONWriter.isoDay(day)))
        }
        csv.add(scope, t("casussen", "cases"), t("aantal", "count"), cases)
        csv.add(scope, t("zonder datum", "undated"), t("aantal", "count"), undated.count)

        let status = t("status op peildatum", "status on reference date")
        for phase in Phase.allCases {
            let count = statusOnDate[phase] ?? 0
            csv.add(status, phase.label(language), t("aantal", "count"), count)
            csv.add(status, phase.label(language), t("percentage", "percent"), share(count).percent)
        }
        csv.add(status, t("Onbekend", "Unknown"), t("aantal", "count"), statusUnknown)
        csv.add(status, t("Onbekend", "Unknown"), t("percentage", "percent"), share(statusUnknown).percent)

        let phaseTable = t("duur van de fasen (dagen)", "phase lengths (days)")
        for phase in Phase.allCases {
            guard let stats = phases[phase] else { continue }
            let s = stats.statistics
            let row = phase.label(language)
            csv.add(phaseTable, row, t("begonnen", "entered"), stats.entered)
            csv.add(phaseTable, row, t("afgerond", "ended"), stats.ended)
            csv.add(phaseTable, row, t("vroegtijdig beëindigd", "ended early"), stats.endedEarly)
            csv.add(phaseTable, row, t("zonder dag", "imprecise"), stats.imprecise)
            csv.add(phaseTable, row, t("gemeten", "measured"), s.count)
            csv.add(phaseTable, row, t("gemiddeld", "mean"), s.mean)
            csv.add(phaseTable, row, t("mediaan", "median"), s.median)
            csv.add(phaseTable, row, t("minimum", "minimum"), s.min)
            csv.add(phaseTable, row, t("maximum", "maximum"), s.max)
            let spread = stats.spread
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
            csv.add(safety, colour.word(language), t("bij start", "at start"), safetyStart[colour] ?? 0)
            csv.add(safety, colour.word(language), t("bij einde", "at end"), safetyEnd[colour] ?? 0)
        }

        for key in tags.keys.sorted() {
            let table = t("kenmerk", "tag") + ": " + (key.isEmpty ? t("overig", "other") : key)
            for (value, count) in Self.ranked(tags[key]!) {
                csv.add(table, value, t("casussen", "cases"), count)
                csv.add(table, value, t("percentage", "percent"), share(count).percent)
            }
        }

        let actorTable = t("betrokken partijen", "actors involved")
        for (actor, count) in Self.ranked(actors) {
            csv.add(actorTable, actor, t("groep", "group"), .text(actorGroups[actor]?.label(language) ?? ""))
            csv.add(actorTable, actor, t("casussen", "cases"), count)
            csv.add(actorTable, actor, t("percentage", "percent"), share(count).percent)
        }

        let stallTable = t("stilstand per partij (dagen)", "stalled time per actor (days)")
        for summary in stallsPerActorRanked + [stallsOverall] {
            let row = summary.actor ?? t("Alle partijen", "All actors")
            csv.add(stallTable, row, t("casussen met stilstand", "cases stalled"), summary.cases)
            csv.add(stallTable, row, t("stilstanden", "stalls"), summary.stalls)
            csv.add(stallTable, row, t("totaal minimum", "total minimum"), summary.total.minDays)
            csv.add(stallTable, row, t("totaal maximum", "total maximum"), summary.total.maxDays)
            csv.add(stallTable, row, t("mediaan per casus minimum", "median per case minimum"), summary.medianPerCase?.minDays)
            csv.add(stallTable, row, t("mediaan per casus maximum", "median per case maximum"), summary.medianPerCase?.maxDays)
        }

        let exceptionTable = t("uitzonderingen", "exceptions")
        let perCase = exceptionStatistics
        let first = firstBreakthrough
        let all = t("alle casussen", "all cases")
        csv.add(exceptionTable, all, t("uitzonderingen", "exceptions"), perCase.total)
        csv.add(exceptionTable, all, t("casussen met uitzondering", "cases with an exception"), exceptionsPerCase.filter { $0 > 0 }.count)
        csv.add(
            exceptionTable, all, t("gemiddeld per casus", "mean per case"),
            Ratio(Int64(perCase.total), Int64(cases)).map(LongTableCSV.Value.ratio) ?? .empty)
        csv.add(exceptionTable, all, t("mediaan per casus", "median per case"), perCase.median)
        csv.add(exceptionTable, all, t("maximum per casus", "maximum per case"), perCase.max)
        let breakthrough = t("eerste doorbraak (dagen)", "first breakthrough (days)")
        csv.add(exceptionTable, breakthrough, t("casussen", "cases"), first.count)
        for (name, range) in [
            (t("gemiddeld", "mean"), first.mean), (t("mediaan", "median"), first.median), (t("minimum", "minimum"), first.min),
            (t("maximum", "maximum"), first.max),
        ] {
            csv.add(exceptionTable, breakthrough, name + t(" (kortst)", " (shortest)"), range?.minDays)
            csv.add(exceptionTable, breakthrough, name + t(" (langst)", " (longest)"), range?.maxDays)
        }
        return csv.bytes
    }
}
