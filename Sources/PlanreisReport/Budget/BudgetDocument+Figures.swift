import PlanreisAnalysis
import PlanreisModel

extension BudgetDocument {
    /// A cost that leaves `unpriced` lines out: "€ 1.250,00", "ten minste € 1.250,00 (+ 2 niet
    /// geprijsd)", or "niet geprijsd (2)" when nothing is priced; never € 0,00 for an unknown.
    func cost(_ amount: Money, unpriced: Int) -> String {
        guard unpriced > 0 else { return money(amount) }
        if amount == .zero { return t("niet geprijsd (\(unpriced))", "unpriced (\(unpriced))") }
        return t("ten minste ", "at least ") + money(amount) + t(" (+ \(unpriced) niet geprijsd)", " (+ \(unpriced) unpriced)")
    }

    /// An expected avoided cost that leaves unpriced lines and exceptions without a likelihood out.
    func avoided(_ amount: Money, unpriced: Int, withoutLikelihood: Int) -> String {
        var missing: [String] = []
        if unpriced > 0 { missing.append(t("\(unpriced) niet geprijsd", "\(unpriced) unpriced")) }
        if withoutLikelihood > 0 { missing.append(t("\(withoutLikelihood) zonder kans", "\(withoutLikelihood) without likelihood")) }
        guard !missing.isEmpty else { return money(amount) }
        if amount == .zero {
            var parts: [String] = []
            if unpriced > 0 { parts.append(t("niet geprijsd (\(unpriced))", "unpriced (\(unpriced))")) }
            if withoutLikelihood > 0 { parts.append(t("zonder kans (\(withoutLikelihood))", "without likelihood (\(withoutLikelihood))")) }
            return parts.joined(separator: ", ")
        }
        return t("ten minste ", "at least ") + money(amount) + " (+ " + missing.joined(separator: ", ") + ")"
    }

    /// A text under a bound: "ten minste …", "hooguit …", or "onbekend".
    func bounded(_ text: String, _ bound: FigureBound) -> String {
        switch bound {
        case .exact: text
        case .atLeast: t("ten minste ", "at least ") + text
        case .atMost: t("hooguit ", "at most ") + text
        case .unknown: t("onbekend", "unknown")
        }
    }

    /// The cells of a row after its name: exceptions, cost, avoided, net, return.
    func cells(_ row: BudgetRow) -> [String] {
        guard row.exceptions > 0 else { return ["0", "–", "–", "–", "–"] }
        return [
            String(row.exceptions), cost(row.cost, unpriced: row.unpricedCostLines),
            avoided(row.avoided, unpriced: row.unpricedAvoidedLines, withoutLikelihood: row.withoutExpected),
            bounded(money(row.net), row.netBound), row.returnPerEuro.map { bounded(ratio($0), row.netBound) } ?? "–",
        ]
    }

    /// "Gelezen: 7 casussen uit 5 bestanden; 1 dubbel ingelezen en één keer geteld; 0 geconstrueerd."
    func inputSentence(_ input: InputSummary) -> String {
        input.sentence(language, minimum: budget.smallCells?.minimum)
    }
}
