import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Shared formatting for the writers, so that Markdown, HTML and JSON show the same numbers.
/// User texts (names, titles, payers, labels) come back as first-strong isolates where they
/// could turn the sentence around them (`BidiText.isolated`).
struct ReportLabels {
    let analysis: Analysis
    let language: Language

    func t(_ nl: String, _ en: String) -> String { language.pick(nl, en) }

    func money(_ m: Money) -> String { m.formatted(language) }

    func money(_ m: Money?) -> String { m.map(money) ?? t("onbekend", "unknown") }

    func percent(_ value: Int) -> String { "\(value)%" }

    func percentRange(_ low: Int, _ high: Int) -> String { low == high ? percent(low) : "\(low)–\(high)%" }

    func date(_ d: PartialDate) -> String { d.formatted(language) }

    func day(_ n: Int) -> String { PartialDate.day(n).formatted(language) }

    func actor(_ id: String?) -> String {
        analysis.actorName(id).map(BidiText.isolated) ?? t("niemand vastgelegd", "nobody recorded")
    }

    /// A duration for people: the day count first when both ends are exact to the day.
    func duration(_ range: DurationRange) -> String { range.formattedDaysFirst(language) }

    /// A stall's duration: the source's stated duration with the range the dates allow beside
    /// it ("8 maanden volgens de bron; datums: 7–9 maanden"), else the dates' duration.
    func duration(of stall: Stall) -> String {
        guard let stated = stall.statedDuration else { return duration(stall.duration) }
        let dates = duration(stall.duration)
        return stated.formatted(language) + t(" volgens de bron; datums: ", " per the source; dates: ") + dates
    }

    /// "berust op een schatting (kans: jeugdspecialist; horizon: …)".
    func estimates(_ item: CostBenefit) -> String? {
        guard item.restsOnEstimate else { return nil }
        let parts = item.estimates.map { use -> String in
            let what: String
            switch use.number {
            case .likelihood: what = t("kans", "likelihood")
            case .horizon: what = t("horizon", "horizon")
            case .cost(let i): what = t("kosten: ", "cost: ") + label(item.costLines[i])
            case .avoided(let i): what = t("vermeden: ", "avoided: ") + (item.avoided.map { label($0.lines[i]) } ?? "")
            }
            let by =
                use.estimate.by.map { t(", geschat door ", ", estimated by ") + user($0) }
                ?? t(", schatter niet vastgelegd", ", estimator not recorded")
            let why = use.estimate.reason.map { " (" + user($0) + ")" } ?? ""
            return what + by + why
        }
        return parts.joined(separator: "; ")
    }

    /// A break-even likelihood: "12,35%", or "niet haalbaar (> 100%)".
    func breakEven(_ ratio: Ratio?) -> String {
        guard let ratio else { return t("onbekend", "unknown") }
        let text = ratio.formatted(language) + "%"
        return ratio.hundredths > 10_000 ? t("niet haalbaar (", "not reachable (") + text + ")" : text
    }

    func payer(_ p: String?) -> String { p.map(BidiText.isolated) ?? t("betaler onbekend", "payer unknown") }

    func eventTitle(_ index: Int) -> String { BidiText.isolated(analysis.journey.events[index].title) }

    /// A user text (a title, a legitimation) in running text.
    func user(_ text: String) -> String { BidiText.isolated(text) }

    /// A message that quotes the user texts in it (a warning, a stall's title).
    func message(_ text: String) -> String { BidiText.isolatingQuotes(text) }

    func months(_ n: Int) -> String { n == 1 ? t("1 maand", "1 month") : t("\(n) maanden", "\(n) months") }

    /// The end of a stall: its date, or "nog open (…)" for a stall open at the journey's end.
    func end(of stall: Stall) -> String {
        stall.isOpen ? t("nog open (\(date(stall.end)))", "still open (\(date(stall.end)))") : date(stall.end)
    }

    func amount(_ line: PricedLine) -> String {
        if let a = line.amount { return money(a) }
        return t("niet geprijsd", "unpriced") + " (\(line.unpriced?.label(language) ?? ""))"
    }

    func label(_ line: PricedLine) -> String {
        let l = line.label
        return l.isEmpty ? t("bedrag", "amount") : BidiText.isolated(l)
    }

    /// "kans 30%, horizon 12 maanden".
    func scenarioTerms(_ avoided: AvoidedCost) -> String {
        var parts: [String] = []
        let likelihood = avoided.likelihoodRange.map { percentRange($0.low, $0.high) }
        parts.append(likelihood.map { t("kans \($0)", "likelihood \($0)") } ?? t("kans onbekend", "likelihood unknown"))
        if let h = avoided.horizonMonths { parts.append(t("horizon ", "horizon ") + months(h)) }
        return parts.joined(separator: ", ")
    }
}
