import PlanreisModel

extension SwimlaneLayoutBuilder {
    /// Bands for phases and safety colour codes under the axis. A phase or colour holds from its
    /// date until its end, else until the next one of its kind, else to the end of the axis.
    func buildBands(top: Double, placed: inout [Layout.PlacedEvent]) -> [Layout.Band] {
        let m = Metrics.self
        var bands: [Layout.Band] = []
        var y = top
        for category in [MarkCategory.phase, .safety] {
            let kind: EventKind = category == .phase ? .phase : .safety
            let indices = dated.filter { journey.events[$0].kind == kind }.sorted { rank[$0] < rank[$1] }
            guard !indices.isEmpty else { continue }
            let bandIndex = bands.count
            var packer = RowPacker(gap: 0)
            var segments: [(index: Int, x0: Double, x1: Double, row: Int)] = []
            for (position, index) in indices.enumerated() {
                let event = journey.events[index]
                let startDay = event.date.earliestDay
                var endDay = endRange(event)?.upperBound
                if endDay == nil {
                    let next = indices[(position + 1)...].lazy.map { self.journey.events[$0].date.earliestDay }.first { $0 > startDay }
                    endDay = next ?? scale.dayRange.upperBound
                }
                let x0 = scale.x(startDay)
                var x1 = scale.x(max(endDay!, startDay + 1))
                if x1 - x0 < 6 { x1 = x0 + 6 }
                let row = packer.place(start: x0, end: x1)
                segments.append((index, x0, x1, row))
            }
            let rows = max(packer.rowCount, 1)
            let height = Double(rows) * m.bandRowHeight + 4
            let title = category.label(language)
            bands.append(
                Layout.Band(
                    category: category, title: title,
                    rect: Rect(x: m.margin, y: y, width: options.width - 2 * m.margin, height: height),
                    titleRect: m.textRect(
                        x: m.margin + 10, baseline: y + 2 + m.bandRowHeight / 2 + 4,
                        width: TextMetrics.width(of: title, size: m.bandSize, bold: true), size: m.bandSize)))
            for segment in segments {
                let event = journey.events[segment.index]
                let rect = Rect(
                    x: segment.x0, y: y + 4 + Double(segment.row) * m.bandRowHeight,
                    width: segment.x1 - segment.x0, height: m.bandRowHeight - 4)
                let text = bandText(event)
                let room = rect.width - 8
                var label = "", labelRect: Rect? = nil
                if room >= 16 {
                    label = TextMetrics.truncated(text, toWidth: room, size: m.bandSize)
                    if label != "…" {
                        labelRect = m.textRect(
                            x: rect.x + 4, baseline: rect.y + rect.height / 2 + 4,
                            width: TextMetrics.width(of: label, size: m.bandSize), size: m.bandSize)
                    } else {
                        label = ""
                    }
                }
                placed.append(
                    Layout.PlacedEvent(
                        index: segment.index, category: category, placement: .band(bandIndex, row: segment.row),
                        mark: rect, isPeriod: true, label: label, labelRect: labelRect, labelInside: true,
                        qualifier: "", fullTitle: fullTitle(event), isApproximate: isApproximate(event),
                        isUncertain: isUncertain(event), anchor: Layout.Point(x: rect.x + 4, y: rect.midY)))
            }
            y += height + 2
        }
        return bands
    }

    /// What a band segment says: the phase, the colour or the score, else the title.
    func bandText(_ event: Event) -> String {
        var text: String
        switch event.value {
        case .phase(let phase)?: text = phase.label(language)
        case .colour(let colour)?: text = colour.word(language)
        case .score(let score)?: text = "\(score)/10"
        default: text = fullTitle(event)
        }
        if let by = event.scoredBy, event.kind == .safety { text += " · " + TextMetrics.singleLine(by) }
        if event.date.isApproximate { text = (language.pick("ca. ", "c. ")) + text }
        if event.date.isUncertain { text += " ?" }
        return text
    }
}
