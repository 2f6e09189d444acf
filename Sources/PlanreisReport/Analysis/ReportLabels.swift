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

    func actor(_ id: String?) -> String { analysis.actorName(id).map(BidiText.isolated) ?? t("niemand", "nobody") }

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
        parts.append(
            avoided.likelihood.map { t("kans \(percent($0))", "likelihood \(percent($0))") } ?? t("kans onbekend", "likelihood unknown"))
        if let h = avoided.horizonMonths { parts.append(t("horizon ", "horizon ") + months(h)) }
        return parts.joined(separator: ", ")
    }
}
