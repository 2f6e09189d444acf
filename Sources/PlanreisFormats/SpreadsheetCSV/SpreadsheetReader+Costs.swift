import PlanreisModel

/// The eight columns that together make cost lines; several lines are `|`-separated lists whose
/// positions line up (`€ 1.250,50 | € 300,00` with `gemeente | woningcorporatie`).
struct CostColumns {
    var amount, item, quantity, periods, payer, note, estimatedBy, estimateReason: SpreadsheetColumn

    var all: [SpreadsheetColumn] { [amount, item, quantity, periods, payer, note, estimatedBy, estimateReason] }

    static let main = CostColumns(
        amount: .cost, item: .costItem, quantity: .quantity, periods: .periods, payer: .payer, note: .costNote,
        estimatedBy: .costEstimatedBy, estimateReason: .costEstimateReason)
    static let avoided = CostColumns(
        amount: .avoidedCost, item: .avoidedCostItem, quantity: .avoidedQuantity, periods: .avoidedPeriods,
        payer: .avoidedPayer, note: .avoidedCostNote, estimatedBy: .avoidedEstimatedBy, estimateReason: .avoidedEstimateReason)
}

extension SpreadsheetReader {
    /// The cost lines of a row. Unreadable amounts and quantities are reported and their lines
    /// marked, so that the checks do not report them again.
    mutating func readCostLines(
        _ row: SpreadsheetRow, columns: CostColumns, draft d: Int, event: Int, fields: inout [SourceMap.Field: SourceLocation]
    ) -> [CostLine] {
        let lists = columns.all.map { row.text($0).map(CompactList.items) ?? [] }
        let count = lists.map(\.count).max() ?? 0
        guard count > 0 else { return [] }
        let anchor = columns.all.first { row.text($0) != nil }.map(row.location) ?? row.start
        var lines: [CostLine] = []
        for position in 0..<count {
            func item(_ column: Int) -> String? {
                position < lists[column].count && !lists[column][position].isEmpty ? lists[column][position] : nil
            }
            guard (0..<8).contains(where: { item($0) != nil }) else { continue }
            let lineIndex = lines.count
            var line = CostLine(item: item(1), payer: item(4), note: item(5))
            if item(6) != nil || item(7) != nil { line.estimate = Estimate(by: item(6), reason: item(7)) }
            var broken = false
            if let text = item(0) {
                do {
                    line.amount = try Money(parsing: text)
                } catch {
                    broken = true
                    self.error(at: row.location(columns.amount), error.message, hint: error.hint)
                }
            }
            for (column, keyPath) in [(2, \CostLine.quantity), (3, \CostLine.periods)] {
                guard let text = item(column) else { continue }
                if let quantity = Quantity(parsing: text) {
                    line[keyPath: keyPath] = quantity
                } else {
                    broken = true
                    let header = column == 2 ? columns.quantity : columns.periods
                    error(
                        at: row.location(header),
                        nl: "\(header.dutch): onleesbaar getal \"\(text)\"", en: "\(header.english): unreadable number \"\(text)\"",
                        hint: (
                            nl: "schrijf een getal met hoogstens drie decimalen, bijvoorbeeld 3 of 1,5",
                            en: "write a number with at most three decimals, for example 3 or 1.5"
                        ))
                }
            }
            if columns.amount == .cost {
                fields[.cost(lineIndex)] = row.text(.cost) != nil ? row.location(.cost) : anchor
                if broken { drafts[d].markBroken(event, .cost(lineIndex)) }
            }
            lines.append(line)
        }
        return lines
    }

    /// The avoided scenario of a row, if any of its columns has text.
    mutating func readAvoided(_ row: SpreadsheetRow, draft d: Int, event: Int) -> AvoidedScenario? {
        let scenarioColumns: [SpreadsheetColumn] =
            [
                .avoidedTitle, .avoidedDescription, .likelihood, .horizon, .likelihoodEstimatedBy, .likelihoodEstimateReason,
                .horizonEstimatedBy, .horizonEstimateReason,
            ] + CostColumns.avoided.all
        guard row.hasAny(scenarioColumns) else { return nil }
        if row.text(.avoidedTitle) == nil {
            let first = scenarioColumns.first { row.text($0) != nil }!
            error(
                at: row.location(first),
                nl: "vermeden scenario zonder titel", en: "avoided scenario without a title",
                hint: (
                    nl: "vul vermeden_scenario in, bijvoorbeeld \"Uithuisplaatsing\"",
                    en: "fill in avoided_scenario, for example \"Out-of-home placement\""
                ))
        }
        var scenario = AvoidedScenario(title: row.text(.avoidedTitle) ?? "", description: row.text(.avoidedDescription))
        if let text = row.text(.likelihood) {
            if let percent = Self.wholeNumber(text, units: ["%", "procent", "percent"]), (0...100).contains(percent) {
                scenario.likelihood = percent
            } else if let range = Likelihood(text: text) {
                scenario.likelihoodRange = range
            } else {
                error(
                    at: row.location(.likelihood), nl: "kans \"\(text)\" is geen percentage van 0 tot en met 100",
                    en: "likelihood \"\(text)\" is not a percentage from 0 to 100",
                    hint: (
                        nl: "schrijf bijvoorbeeld 30, 30% of een bereik als 30-60", en: "write for example 30, 30% or a range like 30-60"
                    ))
            }
        }
        if let text = row.text(.horizon) {
            if let months = Self.wholeNumber(text, units: ["maanden", "maand", "mnd", "months", "month"]), months >= 0 {
                scenario.horizonMonths = months
            } else {
                error(
                    at: row.location(.horizon), nl: "horizon \"\(text)\" is geen aantal maanden",
                    en: "horizon \"\(text)\" is not a number of months",
                    hint: (nl: "schrijf het aantal maanden, bijvoorbeeld 12", en: "write the number of months, for example 12"))
            }
        }
        if row.text(.likelihoodEstimatedBy) != nil || row.text(.likelihoodEstimateReason) != nil {
            scenario.likelihoodEstimate = Estimate(by: row.text(.likelihoodEstimatedBy), reason: row.text(.likelihoodEstimateReason))
        }
        if row.text(.horizonEstimatedBy) != nil || row.text(.horizonEstimateReason) != nil {
            scenario.horizonEstimate = Estimate(by: row.text(.horizonEstimatedBy), reason: row.text(.horizonEstimateReason))
        }
        var ignored: [SourceMap.Field: SourceLocation] = [:]
        scenario.costs = readCostLines(row, columns: .avoided, draft: d, event: event, fields: &ignored)
        return scenario
    }

    /// `30`, `30%`, `12 maanden`: a whole number, optionally followed by one of `units`.
    static func wholeNumber(_ text: String, units: [String]) -> Int? {
        var body = TextFolding.folded(text)
        for unit in units where body.hasSuffix(unit) {
            body.removeLast(unit.count)
            break
        }
        body = body.trimmingSpacesAndNBSP()
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }), body.count < 10 else { return nil }
        return Int(body)
    }
}
