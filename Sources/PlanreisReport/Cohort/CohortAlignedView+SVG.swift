import PlanreisAnalysis
import PlanreisModel
import PlanreisText

extension CohortAlignedView {
    /// The SVG: a day axis on top and one group per case.
    func svg(_ rows: [CaseTimeline]) -> String {
        let rowHeight = rows.count <= 100 ? 14 : rows.count <= 400 ? 7 : 4
        let markHeight = max(2, rowHeight - 2)
        let labels = rows.count <= 200
        let left = labels ? 140 : 40
        let top = 22
        let maxDays = max(1, rows.map(\.length).max() ?? 1)
        let width = left + plotWidth + 24
        let height = top + rows.count * rowHeight + 4
        func x(_ day: Int) -> Int { left + Int(Rounding.halfUp(Int64(max(0, day)) * Int64(plotWidth), Int64(maxDays))) }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
        svg += " role=\"img\" aria-label=\"" + MarkupText.html(t("Casussen naast elkaar", "Cases aligned")) + "\">\n"
        // Axis: a tick every step days, at most about a dozen.
        let step = [7, 14, 30, 60, 90, 180, 365, 730, 1461, 3652].first { maxDays / $0 <= 12 } ?? 3652
        var axis = ""
        var day = 0
        while day <= maxDays {
            axis += "M\(x(day)) \(top - 6)v\(rows.count * rowHeight + 6)"
            svg += "<text class=\"axis-label\" x=\"\(x(day))\" y=\"\(top - 9)\" text-anchor=\"middle\">\(day)</text>"
            day += step
        }
        svg += "<text class=\"axis-label\" x=\"\(left - 12)\" y=\"\(top - 9)\" text-anchor=\"end\">" + t("dag", "day") + "</text>\n"
        svg += "<path class=\"axis\" stroke-opacity=\".25\" d=\"\(axis)\"/>\n"

        let hover = rows.reduce(0) { $0 + $1.marks.count } <= Self.maxHoverMarks
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            svg += "<g transform=\"translate(0 \(y))\"><title>" + MarkupText.html(title(row)) + "</title>"
            if labels {
                svg += "<text class=\"row-label\" x=\"\(left - 4)\" y=\"\(rowHeight - 3)\" text-anchor=\"end\">"
                svg += MarkupText.html(String(row.id.prefix(24))) + "</text>"
            }
            for (phase, name, _) in Self.bars {
                var d = ""
                for bar in row.bars where bar.phase == phase {
                    let from = x(bar.from), to = max(x(bar.to), from + 1)
                    d += "M\(from) 0h\(to - from)v\(rowHeight - 1)h-\(to - from)z"
                }
                if !d.isEmpty { svg += "<path class=\"\(name)\" d=\"\(d)\"/>" }
            }
            let markTop = (rowHeight - 1 - markHeight) / 2
            for mark in Self.classes {
                var d = ""
                var last = Int.min
                for m in row.marks where mark.kinds.contains(m.kind) && (mark.kinds != [.safety] || m.colour == mark.safety) {
                    let px = x(Int(m.day))
                    if hover {
                        let text =
                            m.title + " (" + t("dag ", "day ") + String(m.day) + ", "
                            + PartialDate(dayNumber: row.startDay + Int(m.day)).formatted(language) + ")"
                        svg += "<path class=\"\(mark.name)\" d=\"\(Self.shape(mark.shape, x: px, height: markHeight, top: markTop))\">"
                        svg += "<title>" + MarkupText.html(text) + "</title></path>"
                        continue
                    }
                    if px == last { continue }  // the same pixel twice draws nothing new
                    last = px
                    d += Self.shape(mark.shape, x: px, height: markHeight, top: markTop)
                }
                if !d.isEmpty { svg += "<path class=\"\(mark.name)\" d=\"\(d)\"/>" }
            }
            if let end = Self.endings.first(where: { $0.0 == row.ending })?.1 {
                let day = row.endDay ?? row.length
                svg +=
                    "<path class=\"\(end.name)\" d=\"\(Self.shape(end.shape, x: x(day) + (end.shape == .arrow ? 2 : 0), height: markHeight, top: markTop))\">"
                svg += "<title>" + MarkupText.html(end.label(language)) + "</title></path>"
            }
            svg += "</g>\n"
        }
        return svg + "</svg>"
    }

    /// The hover text of a row: id, start date, length.
    func title(_ row: CaseTimeline) -> String {
        "\(row.id): " + t("start ", "started ") + PartialDate(dayNumber: row.startDay).formatted(language) + ", "
            + t("\(row.length) dagen", "\(row.length) days")
    }
}
