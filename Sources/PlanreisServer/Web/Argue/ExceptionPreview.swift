import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisText

/// The live cost-benefit of a draft exception: the draft becomes an exception event and is
/// priced by the analysis' own `CostBenefitAnalyzer` with the shipped price list, exactly as
/// `planreis analyze` prices a stored exception; its JSON is `analyze`'s exception object.
struct ExceptionPreview: Sendable {
    let draft: ExceptionDraft
    /// The exception as it would be stored (without an id).
    let event: Event
    /// The draft's date when it reads; nil otherwise (never a made-up day).
    let date: PartialDate?
    let costBenefit: CostBenefit
    /// Problems of the numbers (amounts, quantities, likelihood, horizon), at their fields.
    let problems: [DraftProblem]

    init(_ draft: ExceptionDraft, estimatedBy: String, priceList: PriceList = CaseOutputController.priceList) {
        self.draft = draft
        let pricing = draft.pricing(estimatedBy: estimatedBy)
        date = try? PartialDate(parsing: draft.date)
        let legitimation = Legitimation(
            basis: Self.text(draft.basis), argument: Self.text(draft.argument), perspective: Self.text(draft.perspective))
        let obstacle = draft.obstacle.trimmedSpaces
        event = Event(
            actor: draft.actor.trimmedSpaces, kind: .exception, date: date ?? PartialDate(year: 1970),
            title: Self.text(draft.title) ?? "Uitzondering", links: obstacle.isEmpty ? [] : [Link(.resolves, obstacle)],
            costs: pricing.costs, avoids: pricing.avoids, legitimation: legitimation)
        costBenefit = CostBenefitAnalyzer(priceList: priceList).costBenefit(of: event, at: 0)
        problems = pricing.problems
    }

    private static func text(_ value: String) -> String? {
        let trimmed = value.trimmedSpaces
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The answer of `POST /api/v1/preview/exception`: `exception` (analyze's object),
    /// `display` (the figures formatted for people in `language`) and `problems`.
    func json(_ language: Language) -> JSONValue {
        var exception = AnalysisJSONWriter().exception(costBenefit, event: event) { _ in .null }
        if case .object(let members) = exception, date == nil {
            exception = .object(members.map { $0.0 == "date" ? ($0.0, JSONValue.null) : $0 })
        }
        let display = PreviewFigures(costBenefit, language: language)
        return .object([
            ("exception", exception),
            ("display", display.json),
            (
                "problems",
                .array(
                    problems.map { p in
                        .object([
                            ("field", .string(p.field)),
                            ("message", .object([("nl", .string(p.message.nl)), ("en", .string(p.message.en))])),
                        ])
                    })
            ),
        ])
    }
}

/// The preview's figures as people read them (`€ 1.250,00`, `2,35`, `12,5 %`), for the page and
/// the script alike. An empty text means "not known" (shown as a dash).
struct PreviewFigures: Sendable {
    struct Payer: Sendable {
        var payer: String
        var pays: String
        var saves: String
        var net: String
        var netIsNegative: Bool
    }

    var cost: String
    var expectedSaving: String
    var savingLow: String
    var savingHigh: String
    var net: String
    var netIsNegative: Bool
    var returnPerEuro: String
    var breakEven: String
    var likelihood: String
    var horizon: String
    var payers: [Payer]
    var wrongPocket: Bool
    var complete: Bool

    init(_ item: CostBenefit, language: Language) {
        func saving(_ percent: Int) -> Money? { item.net(atPercent: percent).map { $0 + item.cost } }
        func money(_ m: Money?) -> String { m.map { $0.formatted(language) } ?? "" }
        cost = money(item.cost)
        expectedSaving = money(item.avoided?.expected)
        let range = item.avoided?.likelihoodRange
        savingLow = money(range.flatMap { saving($0.low) })
        savingHigh = money(range.flatMap { saving($0.high) })
        net = money(item.net)
        netIsNegative = (item.net?.cents ?? 0) < 0
        returnPerEuro = item.returnPerEuro.map { $0.formatted(language) } ?? ""
        breakEven = item.breakEvenPercent.map { "\($0.formatted(language)) %" } ?? ""
        likelihood = range.map { $0.isRange ? "\($0.low)–\($0.high) %" : "\($0.low) %" } ?? ""
        horizon = item.avoided?.horizonMonths.map { language.pick("\($0) maanden", "\($0) months") } ?? ""
        payers = item.payers.map { p in
            Payer(
                payer: p.payer ?? language.pick("betaler onbekend", "payer unknown"), pays: money(p.pays), saves: money(p.saves),
                net: money(p.net), netIsNegative: (p.net?.cents ?? 0) < 0)
        }
        wrongPocket = item.isWrongPocket
        complete = item.isComplete
    }

    var json: JSONValue {
        func text(_ s: String) -> JSONValue { s.isEmpty ? .null : .string(s) }
        return .object([
            ("cost", text(cost)), ("expectedSaving", text(expectedSaving)), ("savingLow", text(savingLow)),
            ("savingHigh", text(savingHigh)), ("net", text(net)), ("netIsNegative", .bool(netIsNegative)),
            ("returnPerEuro", text(returnPerEuro)), ("breakEven", text(breakEven)), ("likelihood", text(likelihood)),
            ("horizon", text(horizon)),
            (
                "payers",
                .array(
                    payers.map {
                        .object([
                            ("payer", .string($0.payer)), ("pays", text($0.pays)), ("saves", text($0.saves)), ("net", text($0.net)),
                            ("netIsNegative", .bool($0.netIsNegative)),
                        ])
                    })
            ),
            ("wrongPocket", .bool(wrongPocket)), ("complete", .bool(complete)),
        ])
    }
}
