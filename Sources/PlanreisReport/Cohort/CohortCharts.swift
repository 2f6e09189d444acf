import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// The cohort as the seed 000 evaluation presents it: a bar chart per figure the case data can
/// produce (Grafiek 5 and 6: colour code at the start and the end of the intensive phase; one per
/// tag key, such as `geweld` for Grafiek 2), each an accessible inline SVG (a title, a
/// description, the count on every bar; no script) with its numbers in a table beside it.
struct CohortCharts {
    let language: Language

    /// One bar chart's data: labels and counts, in order.
    struct Chart {
        var title: String
        var bars: [(label: String, count: Int)]
        /// What the percentages are of: the cohort's cases for tags (as its tag table), the cases
        /// with a colour code for the colour charts (as the evaluation's Grafiek 5 and 6).
        var denominator: Int
    }

    /// Every chart the cohort can draw, in the order of the evaluation.
    func charts(_ cohort: Cohort) -> [Chart] {
        var charts: [Chart] = []
        for key in cohort.tags.keys.sorted() {
            let values = cohort.tags[key]!.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            guard !values.isEmpty else { continue }
            let title = key.isEmpty ? language.pick("Labels", "Tags") : key.prefix(1).uppercased() + key.dropFirst()
            charts.append(Chart(title: title, bars: values.map { ($0.key, $0.value) }, denominator: cohort.cases))
        }
        for (counts, nl, en) in [
            (cohort.safetyStart, "Kleurcode bij start intensieve fase", "Colour code at the start of the intensive phase"),
            (cohort.safetyEnd, "Kleurcode bij einde intensieve fase", "Colour code at the end of the intensive phase"),
        ] where counts.values.contains(where: { $0 > 0 }) {
            charts.append(
                Chart(
                    title: language.pick(nl, en), bars: SafetyColour.allCases.map { ($0.word(language), counts[$0] ?? 0) },
                    denominator: counts.values.reduce(0, +)))
        }
        return charts
    }

    /// The charts as HTML, or nothing when the cohort has no figure to draw.
    func render(_ cohort: Cohort) -> String {
        let charts = charts(cohort)
        guard !charts.isEmpty else { return "" }
        var html = "<section class=\"cohort-charts\">\n<h2>" + MarkupText.text(language.pick("Grafieken", "Charts")) + "</h2>\n"
        for (index, chart) in charts.enumerated() { html += figure(chart, id: "grafiek-\(index + 1)") }
        return html + "</section>\n"
    }

    func figure(_ chart: Chart, id: String) -> String {
        let top = max(1, chart.bars.map(\.count).max() ?? 1)
        let labelWidth = 220.0, barWidth = 360.0, rowHeight = 26.0
        let height = Double(chart.bars.count) * rowHeight + 10
        let description = chart.bars.map { "\($0.label): \($0.count)" }.joined(separator: ", ")
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Int(labelWidth + barWidth + 60)) \(Int(height))\" "
        svg += "width=\"\(Int(labelWidth + barWidth + 60))\" height=\"\(Int(height))\" aria-labelledby=\"\(id)-t \(id)-d\">"
        svg += "<title id=\"\(id)-t\">" + MarkupText.text(chart.title) + "</title>"
        svg += "<desc id=\"\(id)-d\">" + MarkupText.text(description) + "</desc>"
        for (row, bar) in chart.bars.enumerated() {
            let y = 5 + Double(row) * rowHeight
            let width = barWidth * Double(bar.count) / Double(top)
            svg +=
                "<text x=\"\(Int(labelWidth - 8))\" y=\"\(Int(y + 17))\" text-anchor=\"end\" font-size=\"13\">"
                + MarkupText.text(BidiText.isolated(bar.label)) + "</text>"
            svg += "<rect x=\"\(Int(labelWidth))\" y=\"\(Int(y + 3))\" width=\"\(String(format2(width)))\" height=\"18\" fill=\"#0072B2\"/>"
            svg += "<text x=\"\(String(format2(labelWidth + width + 6)))\" y=\"\(Int(y + 17))\" font-size=\"13\">\(bar.count)</text>"
        }
        svg += "</svg>"
        var table = "<table><caption>" + MarkupText.text(chart.title) + "</caption><thead><tr><th scope=\"col\">"
        table += MarkupText.text(language.pick("Waarde", "Value")) + "</th><th scope=\"col\" class=\"num\">"
        table += MarkupText.text(language.pick("Casussen", "Cases")) + "</th><th scope=\"col\" class=\"num\">%</th></tr></thead><tbody>"
        for bar in chart.bars {
            let percent = Rounding.percent(bar.count, of: chart.denominator).map { "\($0)%" } ?? "–"
            table += "<tr><th scope=\"row\">" + MarkupText.text(BidiText.isolated(bar.label)) + "</th><td class=\"num\">\(bar.count)</td>"
            table += "<td class=\"num\">\(percent)</td></tr>"
        }
        table += "</tbody></table>"
        return "<figure id=\"\(id)\" class=\"cohort-chart\"><figcaption>" + MarkupText.text(chart.title) + "</figcaption>" + svg + table
            + "</figure>\n"
    }

    /// A coordinate with at most one decimal.
    private func format2(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    static let css = """
        .cohort-charts figure { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; margin: 1em 0; }
        .cohort-charts figcaption { flex-basis: 100%; font-weight: bold; }
        """
}
