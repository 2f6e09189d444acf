import PlanreisModel
import PlanreisText

/// Everything around the events: lanes, headings, bands, grid, axis, stalls, guides, arrows.
extension SVGWriter {
    mutating func writeLanes() {
        line("<g class=\"pr-lanes\">")
        let x = Self.n(layout.headings.first?.rect.x ?? 0)
        let width = Self.n(layout.headings.first?.rect.width ?? layout.width)
        for (index, heading) in layout.headings.enumerated() {
            let r = heading.rect
            line(
                "<g class=\"pr-heading\" data-heading=\"\(index)\" data-first=\"\(heading.lanes.lowerBound)\" "
                    + "data-last=\"\(heading.lanes.upperBound - 1)\" data-y=\"\(Self.n(r.y))\" data-h=\"\(Self.n(r.height))\">"
                    + "<rect x=\"\(x)\" y=\"\(Self.n(r.y))\" width=\"\(width)\" height=\"\(Self.n(r.height))\" fill=\"#EEF1F5\"/>"
                    + "<text x=\"\(Self.n(heading.textRect.x))\" y=\"\(Self.n(heading.textRect.y + 0.95 * 12.5))\" font-size=\"12.5\" "
                    + "font-weight=\"bold\" fill=\"#2E3A46\">\(MarkupText.text(heading.title))</text></g>")
        }
        for (index, lane) in layout.lanes.enumerated() {
            let r = lane.rect
            let fill = index % 2 == 0 ? "#FFFFFF" : "#F8F9FB"
            var text = "<g class=\"pr-lane\" data-lane=\"\(index)\" data-y=\"\(Self.n(r.y))\" data-h=\"\(Self.n(r.height))\">"
            text += "<rect x=\"\(x)\" y=\"\(Self.n(r.y))\" width=\"\(width)\" height=\"\(Self.n(r.height))\" fill=\"\(fill)\"/>"
            text +=
                "<line x1=\"\(x)\" y1=\"\(Self.n(r.maxY))\" x2=\"\(Self.n(r.maxX))\" y2=\"\(Self.n(r.maxY))\" stroke=\"#E1E4E8\" stroke-width=\"1\"/>"
            if let colour = Markup.safeColour(lane.colour) {
                text += "<rect x=\"\(x)\" y=\"\(Self.n(r.y + 3))\" width=\"4\" height=\"\(Self.n(r.height - 6))\" fill=\"\(colour)\"/>"
            }
            text += "<text font-size=\"13\" fill=\"#1A1A1A\">"
            for (line, rect) in zip(lane.nameLines, lane.nameRects) {
                text += "<tspan x=\"\(Self.n(rect.x))\" y=\"\(Self.n(rect.y + 0.95 * 13))\">\(Markup.userText(line))</tspan>"
            }
            text += "</text>"
            if lane.nameLines.count > 1 || lane.nameLines.first != lane.name {
                text += "<title>\(Markup.userText(lane.name))</title>"
            }
            line(text + "</g>")
        }
        line("</g>")
    }

    mutating func writeBands() {
        guard !layout.bands.isEmpty else { return }
        line("<g class=\"pr-bands\">")
        for band in layout.bands {
            let r = band.rect
            line(
                "<g class=\"pr-band\"><rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y))\" width=\"\(Self.n(r.width))\" height=\"\(Self.n(r.height))\" fill=\"#F6F7F9\"/>"
                    + "<text x=\"\(Self.n(band.titleRect.x))\" y=\"\(Self.n(band.titleRect.y + 0.95 * 11))\" font-size=\"11\" font-weight=\"bold\" "
                    + "fill=\"#2E3A46\">\(MarkupText.text(band.title))</text></g>")
        }
        line("</g>")
    }

    /// Grid lines, the lane-name separator and break columns; `data-full` marks what spans all lanes.
    mutating func writeGrid() {
        let top = layout.axisY + 40, bottom = layout.lanesBottom
        line("<g class=\"pr-grid\">")
        for (index, gap) in layout.scale.breaks.enumerated() {
            let from = TimeScaleText.month(gap.startDay, language), to = TimeScaleText.month(gap.endDay - 1, language)
            let note =
                language.pick(
                    "Ingekort: \(from) – \(to) (\(layout.axis.breakLabels[index]))",
                    "Compressed: \(from) – \(to) (\(layout.axis.breakLabels[index]))")
            line(
                "<rect class=\"pr-break\" data-full=\"rect\" x=\"\(Self.n(gap.x0))\" y=\"\(Self.n(layout.axisY))\" width=\"\(Self.n(gap.x1 - gap.x0))\" "
                    + "height=\"\(Self.n(bottom - layout.axisY))\" fill=\"#EDEFF2\"><title>\(MarkupText.text(note))</title></rect>")
        }
        for grid in layout.axis.gridLines {
            let x = Self.n(grid.x)
            line(
                "<line data-full=\"line\" x1=\"\(x)\" y1=\"\(Self.n(top))\" x2=\"\(x)\" y2=\"\(Self.n(bottom))\" "
                    + "stroke=\"\(grid.major ? "#D5D9DE" : "#ECEEF1")\" stroke-width=\"1\"/>")
        }
        let separator = Self.n(layout.plot.x - 8)
        line(
            "<line data-full=\"line\" x1=\"\(separator)\" y1=\"\(Self.n(layout.lanesTop))\" x2=\"\(separator)\" y2=\"\(Self.n(bottom))\" "
                + "stroke=\"#C9CED4\" stroke-width=\"1\"/>")
        line("</g>")
    }

    mutating func writeAxis() {
        let y = layout.axisY
        line("<g class=\"pr-axis\">")
        writeAxisMarks(lineY: y + 40, tick: { major in (y + (major ? 0 : 20), y + 40) }, labelY: { y + 13 + 18 * Double($0) })
        for (index, gap) in layout.scale.breaks.enumerated() {
            var zigzag = ""
            for edge in [gap.x0 + 5, gap.x1 - 5] {
                zigzag += "M\(Self.n(edge)),\(Self.n(y))"
                var yy = y, step = 0
                while yy < y + 20 {
                    yy += 4
                    zigzag += " L\(Self.n(edge + (step % 2 == 0 ? 3 : -3))),\(Self.n(min(yy, y + 20)))"
                    step += 1
                }
                zigzag += " "
            }
            line("<path d=\"\(zigzag)\" fill=\"none\" stroke=\"#8A929B\" stroke-width=\"1\"/>")
            let rect = layout.breakLabelRect(index)
            line(
                "<text x=\"\(Self.n(rect.x))\" y=\"\(Self.n(rect.y + 0.95 * 10))\" font-size=\"10\" font-style=\"italic\" "
                    + "fill=\"#4A525B\">\(MarkupText.text(layout.breakLabel(index)))</text>")
        }
        line("</g>")
    }

    /// The axis again under tall lanes: a line, ticks hanging from it, months, then years.
    mutating func writeBottomAxis() {
        guard let y = layout.bottomAxisY else { return }
        line("<g class=\"pr-axis pr-axis-bottom\">")
        writeAxisMarks(
            lineY: y, tick: { major in (y, y + (major ? 36 : 18)) }, labelY: { y + SwimlaneLayout.bottomAxisBaseline($0) })
        line("</g>")
    }

    /// An axis's line across the plot at `lineY`, a tick per grid line (from and to the y that
    /// `tick` gives for a major or minor one) and the labels, each row at `labelY(row)`.
    private mutating func writeAxisMarks(lineY: Double, tick: (Bool) -> (Double, Double), labelY: (Int) -> Double) {
        line(
            "<line x1=\"\(Self.n(layout.plot.x))\" y1=\"\(Self.n(lineY))\" x2=\"\(Self.n(layout.plot.maxX))\" y2=\"\(Self.n(lineY))\" "
                + "stroke=\"#8A929B\" stroke-width=\"1\"/>")
        for grid in layout.axis.gridLines {
            let x = Self.n(grid.x)
            let (from, to) = tick(grid.major)
            line(
                "<line x1=\"\(x)\" y1=\"\(Self.n(from))\" x2=\"\(x)\" y2=\"\(Self.n(to))\" stroke=\"#8A929B\" stroke-width=\"1\"/>")
        }
        for label in layout.axis.labels {
            let bold = label.row == 0 ? " font-weight=\"bold\" fill=\"#2E3A46\"" : " fill=\"#555D66\""
            line(
                "<text x=\"\(Self.n(label.x))\" y=\"\(Self.n(labelY(label.row)))\" font-size=\"11\"\(bold)>"
                    + "\(MarkupText.text(label.text))</text>")
        }
    }

    mutating func writeStalls() {
        guard !layout.stalls.isEmpty || !layout.attributedStalls.isEmpty else { return }
        line("<g class=\"pr-stalls\" fill=\"url(#pr-stall)\">")
        for stall in layout.attributedStalls {
            let r = stall.rect
            line(
                "<rect class=\"pr-attributed-stall\" data-lane=\"\(stall.lane)\" x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y + 1))\" "
                    + "width=\"\(Self.n(r.width))\" height=\"\(Self.n(r.height - 2))\">"
                    + "<title>\(MarkupText.text(stall.title))</title></rect>")
        }
        for stall in layout.stalls {
            let r = stall.rect
            let title =
                (language.pick("Stilstand: ", "Stall: "))
                + BidiText.isolated(TextMetrics.singleLine(journey.events[stall.eventIndex].title))
            line(
                "<rect data-lane=\"\(stall.lane)\" x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y + 1))\" width=\"\(Self.n(r.width))\" "
                    + "height=\"\(Self.n(r.height - 2))\" fill=\"url(#pr-hatch)\"><title>\(MarkupText.text(title))</title></rect>")
        }
        line("</g>")
    }

    mutating func writeGuides() {
        guard !layout.guides.isEmpty else { return }
        line("<g class=\"pr-guides\">")
        for guide in layout.guides {
            let x = Self.n(guide.x)
            line(
                "<line data-full=\"line\" x1=\"\(x)\" y1=\"\(Self.n(layout.axisY + 40))\" x2=\"\(x)\" y2=\"\(Self.n(layout.lanesBottom))\" "
                    + "stroke=\"#222222\" stroke-opacity=\"0.45\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"/>")
        }
        line("</g>")
    }

    mutating func writeArrows() {
        guard !layout.arrows.isEmpty else { return }
        line("<g class=\"pr-arrows\" fill=\"none\" stroke=\"#767676\" stroke-width=\"1.4\">")
        for arrow in layout.arrows {
            // Colour, width and arrowhead come from the style sheet (`SVGStyle`), per kind.
            let shape = arrow.shape == .sCurve ? "" : " data-shape=\"\(arrow.shape.rawValue)\""
            line(
                "<path class=\"pr-arrow pr-arrow-\(arrow.kind.rawValue)\" d=\"\(arrow.pathData)\" data-from-lane=\"\(arrow.fromLane ?? -1)\" "
                    + "data-to-lane=\"\(arrow.toLane ?? -1)\"\(shape) "
                    + "data-p=\"\(Self.n(arrow.start.x)) \(Self.n(arrow.start.y)) \(Self.n(arrow.end.x)) \(Self.n(arrow.end.y))\"/>")
        }
        line("</g>")
    }
}

extension SwimlaneLayout.Arrow {
    /// The curve: an S from the start down (or up) to the end, or an arc above one row.
    /// The report's script redraws arrows with the same formula when lanes are filtered.
    public var pathData: String {
        let n = Markup.number
        let (x1, y1, x2, y2) = (start.x, start.y, end.x, end.y)
        switch shape {
        case .sCurve:
            let ym = (y1 + y2) / 2
            return "M\(n(x1)),\(n(y1)) C\(n(x1)),\(n(ym)) \(n(x2)),\(n(ym)) \(n(x2)),\(n(y2))"
        case .arc:
            let h = 16 + min(abs(x2 - x1) / 10, 40)
            return "M\(n(x1)),\(n(y1)) C\(n(x1)),\(n(y1 - h)) \(n(x2)),\(n(y2 - h)) \(n(x2)),\(n(y2))"
        }
    }
}

extension SwimlaneLayout {
    /// Text of the label in the axis column of break `index`.
    public func breakLabel(_ index: Int) -> String {
        TextMetrics.truncated(axis.breakLabels[index], toWidth: TimeScale.breakWidth - 4, size: 10)
    }

    /// Box of the label of break `index`, centred in its column in the lower axis row.
    public func breakLabelRect(_ index: Int) -> Rect {
        let gap = scale.breaks[index]
        let width = TextMetrics.width(of: breakLabel(index), size: 10)
        return Rect(x: (gap.x0 + gap.x1 - width) / 2, y: axisY + 31 - 9.5, width: width, height: 12)
    }
}
