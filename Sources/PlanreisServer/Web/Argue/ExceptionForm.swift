import PlanreisAnalysis
import PlanreisModel

/// The exception form's fields and figures for `argue/exception.mustache`: the draft as typed,
/// the case's obstacles and lanes as choices, the price list as options, every problem at its
/// field, and the cost-benefit computed by `ExceptionPreview`.
struct ExceptionForm {
    typealias Field = ExceptionDraft.Field
    let draft: ExceptionDraft
    let journey: Journey
    let language: Language
    let problems: [DraftProblem]

    func text(_ key: String) -> String { ArgueStrings.text(key, language) }

    /// Rows shown per line group: the filled ones and one empty, at least two.
    static func rowCount(_ lines: [ExceptionDraft.Line]) -> Int {
        min(12, max(2, (lines.lastIndex { !$0.isBlank } ?? -1) + 2))
    }

    var fields: FormFields {
        var fields: [FormField] = []
        let obstacles = journey.events.filter { $0.kind == .obstacle && $0.id != nil }
        fields.append(
            FormField(
                name: Field.obstacle, label: text("obstacle"), value: draft.obstacle, control: .select,
                options: [.init(value: "", label: text("noObstacle"))]
                    + obstacles.map { .init(value: $0.id!, label: "\($0.title) (\($0.date.formatted(language)))") }))
        fields.append(FormField(name: Field.title, label: text("exceptionName"), value: draft.title, required: true))
        fields.append(
            FormField(
                name: Field.date, label: text("date"), value: draft.date, description: text("dateHint"), required: true, check: "date"))
        fields.append(
            FormField(
                name: Field.actor, label: text("actor"), value: draft.actor, control: .select, description: text("actorHint"),
                required: true, options: journey.actors.map { .init(value: $0.id, label: $0.name) }))
        for (name, key) in [(Field.basis, "basis"), (Field.argument, "argument"), (Field.perspective, "perspective")] {
            let value = name == Field.basis ? draft.basis : name == Field.argument ? draft.argument : draft.perspective
            fields.append(
                FormField(name: name, label: text(key), value: value, control: .textarea, description: text(key + "Hint"), required: true))
        }
        fields += lineFields(draft.costs, group: "kosten")
        fields.append(FormField(name: Field.avoidedTitle, label: text("scenario"), value: draft.avoidedTitle))
        fields.append(
            FormField(name: Field.likelihood, label: text("likelihood"), value: draft.likelihood, description: text("likelihoodHint")))
        fields.append(FormField(name: Field.horizon, label: text("horizon"), value: draft.horizon, description: text("horizonHint")))
        fields += lineFields(draft.avoidedCosts, group: "vermeden")
        var form = FormFields(fields: fields)
        for problem in problems { form.fail(problem.field, language == .en ? problem.message.en : problem.message.nl) }
        return form
    }

    private func lineFields(_ lines: [ExceptionDraft.Line], group: String) -> [FormField] {
        let items = PriceListOptions.options(language)
        var fields: [FormField] = []
        for index in 0..<Self.rowCount(lines) {
            let line = index < lines.count ? lines[index] : ExceptionDraft.Line()
            let suffix = " (\(text("line").lowercased()) \(index + 1))"
            func name(_ column: String) -> String { Field.line(group, index, column) }
            fields.append(
                FormField(
                    name: name("post"), label: text("item") + suffix, value: line.item, control: .select,
                    options: [.init(value: "", label: text("typedAmount"))] + items))
            fields.append(FormField(name: name("bedrag"), label: text("amount") + suffix, value: line.amount))
            fields.append(FormField(name: name("aantal"), label: text("quantity") + suffix, value: line.quantity))
            fields.append(FormField(name: name("perioden"), label: text("periods") + suffix, value: line.periods))
            fields.append(
                FormField(
                    name: name("betaler"), label: text("payer") + suffix, value: line.payer,
                    suggestions: ["gemeente", "huishouden", "woningcorporatie", "zorgverzekeraar", "jeugdzorg", "rijk"]))
            fields.append(FormField(name: name("toelichting"), label: text("note") + suffix, value: line.note))
        }
        return fields
    }

    /// The template context: the fields by name, the line rows, the error summary and the figures.
    func context(preview: ExceptionPreview) -> [String: Any] {
        let form = fields
        var values = form.context
        func rows(_ lines: [ExceptionDraft.Line], _ group: String) -> [[String: Any]] {
            (0..<Self.rowCount(lines)).map { index in
                var row: [String: Any] = ["number": index + 1]
                for column in ["post", "bedrag", "aantal", "perioden", "betaler", "toelichting"] {
                    row[column] = form[Field.line(group, index, column)]?.context ?? [:]
                }
                return row
            }
        }
        values["costRows"] = rows(draft.costs, "kosten")
        values["avoidedRows"] = rows(draft.avoidedCosts, "vermeden")
        values["figures"] = PreviewFigures(preview.costBenefit, language: language).context(language)
        return values
    }

    /// Reads the posted form into a draft.
    static func draft(from form: PageForm) -> ExceptionDraft {
        func lines(_ group: String) -> [ExceptionDraft.Line] {
            var result: [ExceptionDraft.Line] = []
            for index in 0..<12 {
                func value(_ column: String) -> String { form[Field.line(group, index, column)] }
                result.append(
                    ExceptionDraft.Line(
                        item: value("post"), amount: value("bedrag"), quantity: value("aantal"), periods: value("perioden"),
                        payer: value("betaler"), note: value("toelichting")))
            }
            while let last = result.last, last.isBlank { result.removeLast() }
            return result
        }
        var draft = ExceptionDraft()
        draft.obstacle = form[Field.obstacle]
        draft.title = form[Field.title]
        draft.date = form[Field.date]
        draft.actor = form[Field.actor]
        draft.basis = form[Field.basis]
        draft.argument = form[Field.argument]
        draft.perspective = form[Field.perspective]
        draft.costs = lines("kosten")
        draft.avoidedTitle = form[Field.avoidedTitle]
        draft.likelihood = form[Field.likelihood]
        draft.horizon = form[Field.horizon]
        draft.avoidedCosts = lines("vermeden")
        return draft
    }
}

/// The shipped price list as the options of a select: `item — € 78,00 per uur (2024)`.
enum PriceListOptions {
    static func options(_ language: Language) -> [FormField.Option] {
        CaseOutputController.priceList.items.map { item in
            let price =
                item.price.map { "\($0.formatted(language)) \(item.unit.perLabel(language)) (\(item.yearText(language)))" }
                ?? ArgueStrings.text("noPublicPrice", language)
            return FormField.Option(value: item.item, label: "\(item.item) — \(price)")
        }
    }
}

extension PreviewFigures {
    /// The figures for the template; a missing figure reads "onbekend".
    func context(_ language: Language) -> [String: Any] {
        let unknown = ArgueStrings.text("unknown", language)
        func or(_ s: String) -> String { s.isEmpty ? unknown : s }
        var values: [String: Any] = [
            "cost": or(cost), "expectedSaving": or(expectedSaving), "net": or(net), "returnPerEuro": or(returnPerEuro),
            "breakEven": or(breakEven), "likelihood": or(likelihood), "horizon": or(horizon),
            "savingRange": savingLow.isEmpty ? unknown : "\(savingLow) – \(savingHigh)",
            "payers": payers.map { p -> [String: Any] in
                var row: [String: Any] = ["payer": p.payer, "pays": or(p.pays), "saves": or(p.saves), "net": or(p.net)]
                if p.netIsNegative { row["negative"] = true }
                return row
            },
        ]
        if netIsNegative { values["netNegative"] = true }
        if wrongPocket { values["wrongPocket"] = true }
        if !complete { values["incomplete"] = true }
        if !payers.isEmpty { values["hasPayers"] = true }
        return values
    }
}
