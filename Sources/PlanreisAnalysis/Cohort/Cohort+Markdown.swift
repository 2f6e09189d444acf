import PlanreisModel

extension Cohort {
    /// The cohort tables as Markdown, in Dutch (or English), rounded as evaluation reports round.
    public func markdown(_ language: Language) -> String {
        let nl = language == .nl
        var lines: [String] = []
        let date = PartialDate(dayNumber: selection.asOf)
        lines.append(nl ? "# Cohort op \(date.formatted(.nl))" : "# Cohort on \(date.formatted(.en))")
        lines.append("")
        var scope = nl ? "\(cases) casussen" : "\(cases) cases"
        if let from = selection.startedFrom, let until = selection.startedUntil {
            scope += nl
                ? ", gestart van \(PartialDate(dayNumber: from).formatted(.nl)) tot en met \(PartialDate(dayNumber: until).formatted(.nl))"
                : ", started \(PartialDate(dayNumber: from).formatted(.en)) to \(PartialDate(dayNumber: until).formatted(.en))"
        }
        lines.append(scope + ".")
        if !undated.isEmpty {
            lines.append("")
            lines.append(nl
                ? "Zonder datum en daarom buiten het cohort: \(undated.joined(separator: ", "))."
                : "Without dates and therefore outside the cohort: \(undated.joined(separator: ", ")).")
        }

        lines.append("")
        lines.append(nl ? "## Status op \(date.formatted(.nl))" : "## Status on \(date.formatted(.en))")
        lines.append("")
        lines.append(nl ? "| Status | Aantal (percentage) |" : "| Status | Count (share) |")
        lines.append("|---|---:|")
        for phase in Phase.allCases where (statusOnDate[phase] ?? 0) > 0 {
            let count = statusOnDate[phase]!
            lines.append("| \(phase.label(language)) | \(count) (\(share(count).percent)%) |")
        }
        if statusUnknown > 0 {
            lines.append("| \(nl ? "Onbekend" : "Unknown") | \(statusUnknown) (\(share(statusUnknown).percent)%) |")
        }
        lines.append("| \(nl ? "Totaal" : "Total") | \(cases) (100%) |")

        lines.append("")
        lines.append(nl ? "## Duur van de fasen" : "## Phase lengths")
        lines.append("")
        lines.append(nl
            ? "| Fase | Begonnen | Afgerond | Vroegtijdig beëindigd | Gemiddeld (dagen) | Mediaan | Minimum | Maximum |"
            : "| Phase | Entered | Ended | Ended early | Mean (days) | Median | Minimum | Maximum |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for phase in Phase.allCases {
            guard let stats = phases[phase], phase != .endedEarly, phase != .closed else { continue }
            func days(_ value: Double?) -> String { value.map { String(Int(($0 + 0.5).rounded(.down))) } ?? "–" }
            lines.append(
                "| \(phase.label(language)) | \(stats.entered) | \(stats.ended) | \(stats.endedEarly) | \(days(stats.meanDays)) | "
                    + "\(days(stats.medianDays)) | \(stats.minDays.map(String.init) ?? "–") | \(stats.maxDays.map(String.init) ?? "–") |")
        }
        let imprecise = phases.values.reduce(0) { $0 + $1.imprecise }
        if imprecise > 0 {
            lines.append("")
            lines.append(nl
                ? "\(imprecise) afgeronde fase(n) hebben een begin of einde zonder dag; die tellen als afgerond, maar hun duur telt niet mee in gemiddelde, mediaan, minimum en maximum."
                : "\(imprecise) ended phase(s) have a start or end without a day; they count as ended, but their length is left out of mean, median, minimum and maximum.")
        }
        lines.append("")
        lines.append(nl ? "## Kleurcode intensieve fase" : "## Safety colour in the intensive phase")
        lines.append("")
        lines.append(nl ? "| Kleurcode | Bij start | Bij einde |" : "| Colour | At start | At end |")
        lines.append("|---|---:|---:|")
        for colour in SafetyColour.allCases {
            lines.append("| \(colour.word(language)) | \(safetyStart[colour] ?? 0) | \(safetyEnd[colour] ?? 0) |")
        }

        if !tags.isEmpty {
            lines.append("")
            lines.append(nl ? "## Kenmerken" : "## Tags")
            for key in tags.keys.sorted() {
                lines.append("")
                lines.append("### \(key.isEmpty ? (nl ? "Overig" : "Other") : key)")
                lines.append("")
                lines.append(nl ? "| Waarde | Casussen (percentage) |" : "| Value | Cases (share) |")
                lines.append("|---|---:|")
                for (value, count) in tags[key]!.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                    lines.append("| \(Self.cell(value)) | \(count) (\(share(count).percent)%) |")
                }
            }
        }

        if !actors.isEmpty {
            lines.append("")
            lines.append(nl ? "## Betrokken partijen" : "## Actors involved")
            lines.append("")
            lines.append(nl ? "| Partij | Casussen (percentage) |" : "| Actor | Cases (share) |")
            lines.append("|---|---:|")
            for (actor, count) in actors.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                lines.append("| \(Self.cell(actor)) | \(count) (\(share(count).percent)%) |")
            }
        }

        lines.append("")
        lines.append(nl ? "## Uitzonderingen" : "## Exceptions")
        lines.append("")
        let total = exceptionsPerCase.reduce(0, +)
        let withException = exceptionsPerCase.filter { $0 > 0 }.count
        lines.append(nl
            ? "\(total) uitzonderingen in \(withException) van de \(cases) casussen."
            : "\(total) exceptions in \(withException) of \(cases) cases.")
        if let median = Self.median(daysToFirstException) {
            lines.append(nl
                ? "Mediane tijd van start tot eerste doorbraak: \(median) dagen."
                : "Median time from start to first breakthrough: \(median) days.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes a table cell: pipes and line breaks would break the table.
    static func cell(_ text: String) -> String {
        String(text.flatMap { c -> [Character] in
            switch c {
            case "|": ["\\", "|"]
            case "\n", "\r": [" "]
            default: [c]
            }
        })
    }

    static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2] + 1) / 2
    }
}
