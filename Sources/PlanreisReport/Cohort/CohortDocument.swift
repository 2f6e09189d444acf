import PlanreisAnalysis
import PlanreisModel

/// The cohort tables as report blocks, so that Markdown and HTML show the same content:
/// status on the reference date, phase lengths, colour codes, tags, actors, stalls per actor
/// across cases, exceptions and the time to the first breakthrough.
package struct CohortDocument {
    let cohort: Cohort
    let language: Language

    public init(_ cohort: Cohort, language: Language) {
        self.cohort = cohort
        self.language = language
    }

    func t(_ nl: String, _ en: String) -> String { language.pick(nl, en) }

    func date(_ day: Int) -> String { PartialDate(dayNumber: day).formatted(language) }

    func share(_ count: Int) -> String { "\(count) (\(cohort.share(count).percent)%)" }

    /// A count and its share as released: `< N` without a share when the cell is suppressed.
    func share(_ count: Int, _ key: String) -> String { hidden(key) ? cohort.smallCells!.text(count, key) : share(count) }

    /// A count as released.
    func count(_ value: Int, _ key: String) -> String { cohort.smallCells?.text(value, key) ?? String(value) }

    /// Whether small-cell suppression withholds the cell.
    func hidden(_ key: String) -> Bool { cohort.smallCells?.hides(key) == true }

    static func number(_ value: Int?) -> String { value.map(String.init) ?? "–" }

    /// "12" for an exact number of days, "12–30" for a range.
    static func days(_ range: DurationRange?) -> String {
        guard let range else { return "–" }
        return range.isExact ? String(range.minDays) : "\(range.minDays)–\(range.maxDays)"
    }

    /// " (geconstrueerd)" after the title when every case is constructed.
    var constructedMark: String {
        cohort.cases > 0 && cohort.constructedIDs.count == cohort.cases ? t(" (geconstrueerd)", " (constructed)") : ""
    }

    /// Says how many cases are constructed, when any are.
    var constructedNote: String? {
        let n = cohort.constructedIDs.count
        guard n > 0 else { return nil }
        return t(
            "\(n) van de \(cohort.cases) casussen zijn verzonnen (geconstrueerd uit gepubliceerde cijfers), geen echte huishoudens.",
            "\(n) of the \(cohort.cases) cases are made up (constructed from published figures), not real households.")
    }

    /// Every block, in order.
    public var blocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(1, t("Cohort op ", "Cohort on ") + date(cohort.selection.asOf) + constructedMark)]
        if let note = constructedNote { blocks.append(.paragraph([.strong(t("Geconstrueerd:", "Constructed:")), .text(" " + note)])) }
        blocks.append(.paragraph([.text(scope)]))
        if let input = cohort.input { blocks.append(.paragraph([.text(input.sentence(language, minimum: cohort.smallCells?.minimum))])) }
        if let cells = cohort.smallCells {
            blocks.append(
                .paragraph([
                    .text(
                        t(
                            "Kleine aantallen afgeschermd: aantallen onder \(cells.minimum) staan als < \(cells.minimum), zonder percentage; statistieken van minder dan \(cells.minimum) casussen staan als –; waar een totaal een afgeschermd aantal zou verraden, is ook een tweede aantal afgeschermd (x).",
                            "Small cells suppressed: counts under \(cells.minimum) are shown as < \(cells.minimum), without a share; statistics of fewer than \(cells.minimum) cases as –; where a total would give a suppressed count away, a second count is suppressed too (x)."
                        ))
                ]))
        }
        if !cohort.undated.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        t("Zonder datum en daarom buiten het cohort: ", "Without dates and therefore outside the cohort: ")
                            + cohort.undated.joined(separator: ", ") + ".")
                ]))
        }
        blocks += statusBlocks + phaseBlocks + safetyBlocks + tagBlocks + actorBlocks + stallBlocks + exceptionBlocks
        blocks += eventBlocks
        return blocks
    }

    var scope: String {
        let cases = count(cohort.cases, Cohort.CellKey.cases)
        var text = t("\(cases) casussen", "\(cases) cases")
        let s = cohort.selection
        switch (s.startedFrom, s.startedUntil) {
        case let (from?, until?):
            text += t(", gestart van \(date(from)) tot en met \(date(until))", ", started \(date(from)) to \(date(until))")
        case let (from?, nil): text += t(", gestart op of na \(date(from))", ", started on or after \(date(from))")
        case let (nil, until?): text += t(", gestart op of voor \(date(until))", ", started on or before \(date(until))")
        case (nil, nil): break
        }
        if let day = s.runningOn { text += t(", nog lopend op \(date(day))", ", still running on \(date(day))") }
        return text + t(". Alleen wat op de peildatum bekend was, telt mee.", ". Only what was known on the reference date counts.")
    }

    var statusBlocks: [ReportBlock] {
        let heading = t("Status op ", "Status on ") + date(cohort.selection.asOf)
        if cohort.cases > 0 && cohort.statusUnknown == cohort.cases {
            return [.heading(2, heading), noData(t("geen enkele casus heeft een fase", "no case has a phase"))]
        }
        var table = ReportTable(
            caption: t("Status op ", "Status on ") + date(cohort.selection.asOf),
            columns: [ReportColumn("Status"), ReportColumn(t("Aantal (percentage)", "Count (share)"), .trailing)])
        // A suppressed row is shown even when empty, so that the rows left cannot give it away.
        for phase in Phase.allCases where (cohort.statusOnDate[phase] ?? 0) > 0 || hidden(Cohort.CellKey.status(phase)) {
            table.add([phase.label(language), share(cohort.statusOnDate[phase] ?? 0, Cohort.CellKey.status(phase))])
        }
        if cohort.statusUnknown > 0 || hidden(Cohort.CellKey.status(nil)) {
            table.add([t("Onbekend", "Unknown"), share(cohort.statusUnknown, Cohort.CellKey.status(nil))])
        }
        table.add(
            [t("Totaal", "Total"), hidden(Cohort.CellKey.cases) ? count(cohort.cases, Cohort.CellKey.cases) : "\(cohort.cases) (100%)"],
            total: true)
        return [.heading(2, table.caption), .table(table)]
    }

    var phaseBlocks: [ReportBlock] {
        let heading = t("Duur van de fasen", "Phase lengths")
        let shown = Phase.allCases.filter { $0 != .endedEarly && $0 != .closed && cohort.phases[$0] != nil }
        guard !shown.isEmpty else { return [.heading(2, heading), noData(t("geen fasen", "no phases"))] }
        var table = ReportTable(
            caption: t("Duur van de fasen, op de dag bekend (dagen)", "Phase lengths, known to the day (days)"),
            columns: [
                ReportColumn(t("Fase", "Phase")), ReportColumn(t("Begonnen", "Entered"), .trailing),
                ReportColumn(t("Afgerond", "Ended"), .trailing), ReportColumn(t("Vroegtijdig beëindigd", "Ended early"), .trailing),
                ReportColumn(t("Gemeten", "Measured"), .trailing), ReportColumn(t("Gemiddeld (dagen)", "Mean (days)"), .trailing),
                ReportColumn(t("Mediaan (dagen)", "Median (days)"), .trailing),
                ReportColumn(t("SD (dagen)", "SD (days)"), .trailing),
                ReportColumn(t("Interkwartiel, Q1–Q3 (dagen)", "IQR, Q1–Q3 (days)"), .trailing),
                ReportColumn(t("Minimum (dagen)", "Minimum (days)"), .trailing),
                ReportColumn(t("Maximum (dagen)", "Maximum (days)"), .trailing),
            ])
        var ranges = ReportTable(
            caption: t(
                "Alle regulier afgeronde fasen, ook met onnauwkeurige datums (bereik in dagen)",
                "All regularly ended phases, imprecise dates included (range in days)"),
            columns: [
                ReportColumn(t("Fase", "Phase")), ReportColumn(t("Afgerond", "Ended"), .trailing),
                ReportColumn(t("Gemiddeld (dagen)", "Mean (days)"), .trailing),
                ReportColumn(t("Mediaan (dagen)", "Median (days)"), .trailing),
                ReportColumn(t("Minimum (dagen)", "Minimum (days)"), .trailing),
                ReportColumn(t("Maximum (dagen)", "Maximum (days)"), .trailing),
            ])
        for phase in shown {
            let stats = cohort.phases[phase]!
            let hide = hidden(Cohort.CellKey.phase(phase, "statistics"))
            let s = hide ? SummaryStatistics(sorted: []) : stats.statistics
            let spread = hide ? SpreadStatistics(sorted: []) : stats.spread
            table.add([
                phase.label(language), count(stats.entered, Cohort.CellKey.phase(phase, "entered")),
                count(stats.ended, Cohort.CellKey.phase(phase, "ended")),
                count(stats.endedEarly, Cohort.CellKey.phase(phase, "endedEarly")), String(s.count),
                Self.number(s.mean), Self.number(s.median), decimal(spread.standardDeviation), quartiles(spread),
                Self.number(s.min), Self.number(s.max),
            ])
            let r = hide ? RangeStatistics([]) : stats.rangeStatistics
            ranges.add([
                phase.label(language), String(r.count), Self.days(r.mean), Self.days(r.median), Self.days(r.min), Self.days(r.max),
            ])
        }
        var blocks: [ReportBlock] = [.heading(2, heading), .table(table)]
        let imprecise = cohort.phases.values.reduce(0) { $0 + $1.imprecise }
        if imprecise > 0 {
            blocks.append(
                .paragraph([
                    .text(
                        t(
                            "\(imprecise) afgeronde fase(n) hebben een begin of einde zonder dag; die tellen als afgerond, maar hun duur telt niet mee in de tabel hierboven. De tabel hieronder neemt ze mee als bereik: van de kortste tot de langste duur die de datums toelaten.",
                            "\(imprecise) ended phase(s) have a start or end without a day; they count as ended, but their length is left out of the table above. The table below includes them as a range: from the shortest to the longest length the dates allow."
                        ))
                ]))
        }
        blocks += [.paragraph([.strong(ranges.caption)]), .table(ranges)]
        return blocks
    }

    /// "Geen gegevens: …" for a table with nothing to show.
    func noData(_ reason: String) -> ReportBlock {
        .paragraph([.emphasis(t("Geen gegevens: ", "No data: ") + reason + ".")])
    }

    /// A number with one decimal, Dutch decimal comma; "–" for nil.
    func decimal(_ value: Double?) -> String {
        value.flatMap { DecimalText.fixed($0, places: 1, dutch: language == .nl) } ?? "–"
    }

    /// "12 (Q1 4 – Q3 16)": the interquartile range and the quartiles.
    func quartiles(_ spread: SpreadStatistics) -> String {
        guard let iqr = spread.interquartileRange else { return "–" }
        return decimal(iqr) + " (" + decimal(spread.firstQuartile) + "–" + decimal(spread.thirdQuartile) + ")"
    }

    var safetyBlocks: [ReportBlock] {
        if cohort.safetyStart.values.allSatisfy({ $0 == 0 }) && cohort.safetyEnd.values.allSatisfy({ $0 == 0 }) {
            return [
                .heading(2, t("Kleurcode intensieve fase", "Safety colour in the intensive phase")),
                noData(t("geen kleurcodes in een intensieve fase", "no safety colours in an intensive phase")),
            ]
        }
        var table = ReportTable(
            caption: t("Kleurcode intensieve fase", "Safety colour in the intensive phase"),
            columns: [
                ReportColumn(t("Kleurcode", "Colour")), ReportColumn(t("Bij start", "At start"), .trailing),
                ReportColumn(t("Bij einde", "At end"), .trailing),
            ])
        for colour in SafetyColour.allCases {
            table.add([
                colour.word(language), count(cohort.safetyStart[colour] ?? 0, Cohort.CellKey.safety("start", colour)),
                count(cohort.safetyEnd[colour] ?? 0, Cohort.CellKey.safety("end", colour)),
            ])
        }
        return [.heading(2, table.caption), .table(table)]
    }

    var tagBlocks: [ReportBlock] {
        guard !cohort.tags.isEmpty || !cohort.omittedTagKeys.isEmpty else { return [] }
        var blocks: [ReportBlock] = [.heading(2, t("Kenmerken", "Tags"))]
        if !cohort.omittedTagKeys.isEmpty {
            let list = cohort.omittedTagKeys.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            blocks.append(
                .paragraph([
                    .text(
                        t(
                            "Weggelaten, want te veel verschillende waarden voor een kenmerk (kies ze met --tags): \(list).",
                            "Left out, too many distinct values for a category (choose them with --tags): \(list)."))
                ]))
        }
        for key in cohort.tags.keys.sorted() {
            let title = key.isEmpty ? t("Overig", "Other") : key
            var table = ReportTable(
                caption: title,
                columns: [ReportColumn(t("Waarde", "Value")), ReportColumn(t("Casussen (percentage)", "Cases (share)"), .trailing)])
            for (value, count) in Cohort.ranked(cohort.tags[key]!) { table.add([value, share(count, Cohort.CellKey.tag(key, value))]) }
            blocks += [.heading(3, title), .table(table)]
        }
        return blocks
    }

    var actorBlocks: [ReportBlock] {
        guard !cohort.actors.isEmpty else { return [] }
        var table = ReportTable(
            caption: t("Betrokken partijen", "Actors involved"),
            columns: [
                ReportColumn(t("Partij", "Actor")), ReportColumn(t("Groep", "Group")),
                ReportColumn(t("Casussen (percentage)", "Cases (share)"), .trailing),
            ])
        for (actor, count) in Cohort.ranked(cohort.actors) {
            table.add([actor, cohort.actorGroups[actor]?.label(language) ?? "", share(count, Cohort.CellKey.actor(actor))])
        }
        return [.heading(2, table.caption), .table(table)]
    }
}

extension Cohort {
    /// Counts, largest first, ties by name.
    static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }
}
