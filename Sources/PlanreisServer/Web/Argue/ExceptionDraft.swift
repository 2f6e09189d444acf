import PlanreisAnalysis
import PlanreisModel

/// An exception as the form and the live preview describe it, in the text people typed, before
/// it becomes an `Event`. Both the page (`/casussen/{id}/uitzondering`) and
/// `POST /api/v1/preview/exception` read into this one type, so they check and price alike.
struct ExceptionDraft: Sendable, Equatable {
    /// One cost line as typed: a price-list item with quantity and periods, or an amount.
    struct Line: Sendable, Equatable {
        var item = ""
        var amount = ""
        var quantity = ""
        var periods = ""
        var payer = ""
        var note = ""

        var isBlank: Bool { [item, amount, quantity, periods, payer, note].allSatisfy { $0.trimmedSpaces.isEmpty } }
    }

    /// The id of the obstacle event it resolves; empty for none.
    var obstacle = ""
    var title = ""
    /// The date as typed (`15-7-2021`, `medio 2021`).
    var date = ""
    /// The lane (actor id or name) the exception sits on.
    var actor = ""
    var basis = ""
    var argument = ""
    var perspective = ""
    var costs: [Line] = []
    var avoidedTitle = ""
    /// `30`, `30-60`, `30 %`: an estimate.
    var likelihood = ""
    /// Months, an estimate.
    var horizon = ""
    var avoidedCosts: [Line] = []
}

/// A problem with one field of a draft: the form field's name and what to do.
struct DraftProblem: Sendable, Equatable {
    var field: String
    var message: Localized
}

extension ExceptionDraft {
    /// The form field names, shared by the page, the preview's problems and the script.
    enum Field {
        static let obstacle = "obstakel", title = "titel", date = "datum", actor = "actor"
        static let basis = "grondslag", argument = "argument", perspective = "perspectief"
        static let avoidedTitle = "scenario", likelihood = "kans", horizon = "horizon"

        /// `kosten-1-bedrag`, `vermeden-2-post`: a line's column.
        static func line(_ group: String, _ index: Int, _ column: String) -> String { "\(group)-\(index + 1)-\(column)" }
    }

    /// The cost lines and the avoided scenario as model values, with every problem of those
    /// fields. The likelihood and the horizon are always estimates, made by `estimatedBy` (the
    /// reason is case data, written in Dutch like the rest of the case).
    func pricing(estimatedBy: String) -> (costs: [CostLine], avoids: AvoidedScenario?, problems: [DraftProblem]) {
        var problems: [DraftProblem] = []
        let estimate = Estimate(
            by: estimatedBy, reason: "geschat in het uitzonderingsformulier")
        let costLines = lines(costs, group: "kosten", problems: &problems)
        let avoidedLines = lines(avoidedCosts, group: "vermeden", problems: &problems)
        var likelihoodRange: Likelihood?
        if !likelihood.trimmedSpaces.isEmpty {
            likelihoodRange = Likelihood(text: likelihood)
            if likelihoodRange == nil {
                problems.append(
                    DraftProblem(
                        field: Field.likelihood,
                        message: Localized(
                            nl: "kans \"\(likelihood)\" is geen percentage; schrijf bijvoorbeeld 30 of 30-60",
                            en: "likelihood \"\(likelihood)\" is not a percentage; write for example 30 or 30-60")))
            }
        }
        var months: Int?
        if !horizon.trimmedSpaces.isEmpty {
            months = Int(horizon.trimmedSpaces).flatMap { (1...600).contains($0) ? $0 : nil }
            if months == nil {
                problems.append(
                    DraftProblem(
                        field: Field.horizon,
                        message: Localized(
                            nl: "horizon \"\(horizon)\" is geen aantal maanden (1–600); schrijf bijvoorbeeld 12",
                            en: "horizon \"\(horizon)\" is not a number of months (1–600); write for example 12")))
            }
        }
        let hasScenario = !avoidedTitle.trimmedSpaces.isEmpty || !avoidedLines.isEmpty || likelihoodRange != nil
        let avoids =
            hasScenario
            ? AvoidedScenario(
                title: avoidedTitle.trimmedSpaces.isEmpty ? "Vermeden scenario" : avoidedTitle.trimmedSpaces, horizonMonths: months,
                costs: avoidedLines, likelihoodRange: likelihoodRange,
                likelihoodEstimate: likelihoodRange == nil ? nil : estimate, horizonEstimate: months == nil ? nil : estimate)
            : nil
        return (costLines, avoids, problems)
    }

    private func lines(_ rows: [Line], group: String, problems: inout [DraftProblem]) -> [CostLine] {
        var result: [CostLine] = []
        for (index, row) in rows.enumerated() where !row.isBlank {
            // A line with a problem stays out of the figures until it reads.
            let before = problems.count
            defer { if problems.count > before { result.removeLast() } }
            var line = CostLine(
                item: row.item.trimmedSpaces.nilIfEmpty, payer: row.payer.trimmedSpaces.nilIfEmpty, note: row.note.trimmedSpaces.nilIfEmpty)
            let amount = row.amount.trimmedSpaces
            if !amount.isEmpty {
                do throws(MoneyParseError) {
                    line.amount = try Money(parsing: amount)
                } catch {
                    problems.append(
                        DraftProblem(
                            field: Field.line(group, index, "bedrag"),
                            message: Localized(nl: "\(error.message.nl); \(error.hint.nl)", en: "\(error.message.en); \(error.hint.en)")))
                }
            }
            for (column, text) in [("aantal", row.quantity), ("perioden", row.periods)] where !text.trimmedSpaces.isEmpty {
                guard let quantity = Quantity(parsing: text), quantity.thousandths > 0 else {
                    problems.append(
                        DraftProblem(
                            field: Field.line(group, index, column),
                            message: Localized(
                                nl: "\"\(text)\" is geen positief aantal; schrijf bijvoorbeeld 4 of 1,5",
                                en: "\"\(text)\" is not a positive number; write for example 4 or 1.5")))
                    continue
                }
                if column == "aantal" { line.quantity = quantity } else { line.periods = quantity }
            }
            if line.item == nil && amount.isEmpty {
                problems.append(
                    DraftProblem(
                        field: Field.line(group, index, "post"),
                        message: Localized(
                            nl: "kies een post uit de prijslijst of vul een bedrag in",
                            en: "pick an item from the price list or fill in an amount")))
            }
            result.append(line)
        }
        return result
    }

    /// What proposing needs besides valid numbers: the three parts of the legitimation, a title,
    /// a date that reads, a lane and at least one cost line (an exception without a cost needs
    /// no approval).
    func proposalProblems() -> [DraftProblem] {
        var problems: [DraftProblem] = []
        func require(_ value: String, _ field: String, _ nl: String, _ en: String) {
            if value.trimmedSpaces.isEmpty { problems.append(DraftProblem(field: field, message: Localized(nl: nl, en: en))) }
        }
        require(title, Field.title, "geef de uitzondering een titel", "give the exception a title")
        require(date, Field.date, "vul de datum in, bijvoorbeeld 15-7-2021 of medio 2021", "fill in the date, for example 15-7-2021")
        if !date.trimmedSpaces.isEmpty {
            do throws(DateParseError) {
                _ = try PartialDate(parsing: date)
            } catch {
                problems.append(
                    DraftProblem(
                        field: Field.date,
                        message: Localized(nl: "\(error.message.nl); \(error.hint.nl)", en: "\(error.message.en); \(error.hint.en)")))
            }
        }
        require(actor, Field.actor, "kies de actor die de uitzondering maakt", "choose the actor who makes the exception")
        require(
            basis, Field.basis, "vul de regel of wettelijke grondslag in waarvan wordt afgeweken",
            "fill in the rule or legal basis the exception departs from")
        require(argument, Field.argument, "vul het argument voor de uitzondering in", "fill in the argument for the exception")
        require(
            perspective, Field.perspective, "vul het perspectief van het huishouden in: wat wil het huishouden zelf?",
            "fill in the household's perspective: what does the household want?")
        if costs.allSatisfy(\.isBlank) {
            problems.append(
                DraftProblem(
                    field: Field.line("kosten", 0, "post"),
                    message: Localized(
                        nl: "geef minstens één kostenregel: een post uit de prijslijst of een bedrag",
                        en: "give at least one cost line: a price-list item or an amount")))
        }
        return problems
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
