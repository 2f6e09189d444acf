import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// A bar chart of the budget per category as inline SVG: per category one bar for the cost in
/// the year and one for the expected avoided cost, on one scale, in the Okabe–Ito palette;
/// what is unpriced is written next to its bar, never drawn as a zero-length bar without a word.
struct BudgetChart {
    var language: Language

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    func svg(_ rows: [BudgetRow]) -> String {
        guard !rows.isEmpty else { return "" }
        let label = 200, plot = 560, barHeight = 12, gap = 8, top = 30
        let rowHeight = 2 * barHeight + gap + 4
        let largest = max(1, rows.map { max($0.cost.cents, $0.avoided.cents) }.max() ?? 1)
        let width = label + plot + 220, height = top + rows.count * rowHeight + 8
        func w(_ m: Money) -> Int { Int(Rounding.halfUp(max(0, m.cents) * Int64(plot), largest)) }
        let title = t("Kosten en verwacht vermeden kosten per categorie", "Cost and expected avoided cost per category")
        var svg = "<figure class=\"budget-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\""
        svg += " width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(MarkupText.html(title))\">\n"
        svg += "<rect x=\"\(label)\" y=\"6\" width=\"12\" height=\"12\" fill=\"#0072B2\"/>"
        svg += "<text x=\"\(label + 16)\" y=\"16\" class=\"chart-text\">\(t("kosten in het jaar", "cost in the year"))</text>"
        svg += "<rect x=\"\(label + 200)\" y=\"6\" width=\"12\" height=\"12\" fill=\"#009E73\"/>"
        svg += "<text x=\"\(label + 216)\" y=\"16\" class=\"chart-text\">\(t("verwacht vermeden", "expected avoided"))</text>\n"
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            let name = row.name ?? t("onbekend", "unknown")
            svg += "<g><title>" + MarkupText.html(name) + "</title>"
            svg += "<text x=\"\(label - 6)\" y=\"\(y + barHeight + 4)\" text-anchor=\"end\" class=\"chart-text\">"
            svg += MarkupText.html(String(name.prefix(30))) + "</text>"
            let bars: [(Money, String, String)] = [
                (row.cost, "#0072B2", note(row.cost, unpriced: row.unpricedCostLines, withoutLikelihood: 0)),
                (
                    row.avoided, "#009E73",
                    note(row.avoided, unpriced: row.unpricedAvoidedLines, withoutLikelihood: row.withoutExpected)
                ),
            ]
            for (offset, bar) in bars.enumerated() {
                let by = y + offset * (barHeight + 2)
                svg += "<rect x=\"\(label)\" y=\"\(by)\" width=\"\(w(bar.0))\" height=\"\(barHeight)\" fill=\"\(bar.1)\"/>"
                svg += "<text x=\"\(label + w(bar.0) + 4)\" y=\"\(by + barHeight - 2)\" class=\"chart-text\">"
                svg += MarkupText.html(bar.2) + "</text>"
            }
            svg += "</g>\n"
        }
        return svg + "</svg><figcaption>" + MarkupText.html(title) + "</figcaption></figure>\n"
    }

    /// The amount, with what it leaves out.
    func note(_ amount: Money, unpriced: Int, withoutLikelihood: Int) -> String {
        var text = amount.formatted(language)
        var missing: [String] = []
        if unpriced > 0 { missing.append(t("\(unpriced) niet geprijsd", "\(unpriced) unpriced")) }
        if withoutLikelihood > 0 { missing.append(t("\(withoutLikelihood) zonder kans", "\(withoutLikelihood) without likelihood")) }
        if !missing.isEmpty {
            text = amount == .zero ? missing.joined(separator: ", ") : "≥ " + text + " (+ " + missing.joined(separator: ", ") + ")"
        }
        return text
    }

    static let css = ".budget-chart svg { max-width: 100%; height: auto; }\n.chart-text { font-size: 12px; fill: #1a1a1a; }\n"
}
