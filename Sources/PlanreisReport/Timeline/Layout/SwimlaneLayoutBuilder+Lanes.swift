import PlanreisModel

/// An event's horizontal geometry in its lane before rows are assigned.
struct LaneItem {
    var index: Int
    var category: MarkCategory
    var isPeriod: Bool
    var markX0: Double
    var markX1: Double
    var bracket: ClosedRange<Double>?
    var fuzzyStart: ClosedRange<Double>?
    var fuzzyEnd: ClosedRange<Double>?
    var label: String
    var qualifier: String
    var labelX: Double
    var labelWidth: Double
    var extentStart: Double
    var extentEnd: Double
    var anchorX: Double
}

extension SwimlaneLayoutBuilder {
    /// Builds headings and lanes from `top` down; appends the lanes' events to `placed`.
    func buildLanes(top: Double, placed: inout [Layout.PlacedEvent]) -> (headings: [Layout.Heading], lanes: [Layout.Lane], bottom: Double) {
        let m = Metrics.self
        var itemsByLane = Array(repeating: [LaneItem](), count: actors.count)
        for index in dated {
            let event = journey.events[index]
            guard event.kind != .phase, event.kind != .safety, let lane = laneOfActor[event.actor] else { continue }
            itemsByLane[lane].append(makeItem(index))
        }

        var headings: [Layout.Heading] = []
        var lanes: [Layout.Lane] = []
        var y = top
        let fullWidth = options.width - 2 * m.margin
        for (laneIndex, actor) in actors.enumerated() {
            if laneIndex == 0 || actors[laneIndex - 1].group != actor.group {
                let title = actor.group.label(language)
                let textWidth = TextMetrics.width(of: title, size: m.headingSize, bold: true)
                headings.append(
                    Layout.Heading(
                        group: actor.group, title: title,
                        rect: Rect(x: m.margin, y: y, width: fullWidth, height: m.headingHeight),
                        textRect: m.textRect(
                            x: m.margin + 4, baseline: y + m.headingHeight / 2 + 4.5, width: textWidth, size: m.headingSize),
                        lanes: laneIndex..<laneIndex))
                y += m.headingHeight
            }
            headings[headings.count - 1].lanes = headings[headings.count - 1].lanes.lowerBound..<(laneIndex + 1)

            // Rows: a sweep over items by where they start.
            var items = itemsByLane[laneIndex]
            items.sort { ($0.extentStart, rank[$0.index]) < ($1.extentStart, rank[$1.index]) }
            var packer = RowPacker(gap: m.itemGap)
            let rows = items.map { packer.place(start: $0.extentStart, end: $0.extentEnd) }

            let name = TextMetrics.singleLine(actor.name.isEmpty ? actor.id : actor.name)
            let nameLines = TextMetrics.wrapped(name, toWidth: m.headerWidth - 14, size: m.nameSize, maxLines: 2)
            let rowCount = max(packer.rowCount, 1)
            let height = max(Double(rowCount) * m.laneRowHeight, Double(nameLines.count) * 16 + 4) + 2 * m.lanePad
            let nameRects = nameLines.enumerated().map { line, text in
                m.textRect(
                    x: m.margin + 10, baseline: y + m.lanePad + m.laneRowHeight / 2 + 4.5 + Double(line) * 16,
                    width: TextMetrics.width(of: text, size: m.nameSize), size: m.nameSize)
            }
            lanes.append(
                Layout.Lane(
                    actorID: actor.id, name: name, nameLines: nameLines, nameRects: nameRects, group: actor.group,
                    colour: actor.colour, rect: Rect(x: m.margin, y: y, width: fullWidth, height: height),
                    rowCount: rowCount, heading: headings.count - 1))
            for (item, row) in zip(items, rows) {
                placed.append(place(item, lane: laneIndex, row: row, rowTop: y + m.lanePad + Double(row) * m.laneRowHeight))
            }
            y += height
        }
        return (headings, lanes, y)
    }

    /// The item with vertical positions, given the top of its row. A point sits in the middle of
    /// the row with its label beside it; a period's bar lies in the strip at the bottom of the
    /// row and its label above the bar, so no bar or line ever runs through a label.
    func place(_ item: LaneItem, lane: Int, row: Int, rowTop: Double) -> Layout.PlacedEvent {
        let m = Metrics.self
        let cy = item.isPeriod ? rowTop + m.barTop + m.barHeight / 2 : rowTop + m.laneRowHeight / 2
        let baseline = item.isPeriod ? rowTop + m.periodBaseline : cy + 4.2
        let event = journey.events[item.index]
        let markHeight = item.isPeriod ? m.barHeight : m.markSize
        let mark = Rect(x: item.markX0, y: cy - markHeight / 2, width: item.markX1 - item.markX0, height: markHeight)
        func band(_ range: ClosedRange<Double>?, _ h: Double) -> Rect? {
            range.map { Rect(x: $0.lowerBound, y: cy - h / 2, width: $0.upperBound - $0.lowerBound, height: h) }
        }
        return Layout.PlacedEvent(
            index: item.index, category: item.category, placement: .lane(lane, row: row), mark: mark,
            isPeriod: item.isPeriod, bracket: band(item.bracket, 8), fuzzyStart: band(item.fuzzyStart, m.barHeight),
            fuzzyEnd: band(item.fuzzyEnd, m.barHeight), label: item.label,
            labelRect: m.textRect(x: item.labelX, baseline: baseline, width: item.labelWidth, size: m.labelSize),
            labelInside: false, qualifier: item.qualifier, fullTitle: fullTitle(event),
            isApproximate: isApproximate(event), isUncertain: isUncertain(event),
            anchor: Layout.Point(x: item.anchorX, y: cy))
    }

    func fullTitle(_ event: Event) -> String {
        let title = TextMetrics.singleLine(event.title)
        return title.isEmpty ? event.kind.word(language) : title
    }

    func isApproximate(_ event: Event) -> Bool {
        event.date.isApproximate || (endRange(event) != nil && event.end!.isApproximate)
    }

    func isUncertain(_ event: Event) -> Bool {
        event.date.isUncertain || (endRange(event) != nil && event.end!.isUncertain)
    }

    /// " (ca.)", " (?)" or " (ca. ?)" after a label whose date is approximate or uncertain.
    func qualifier(_ event: Event) -> String {
        var words: [String] = []
        if isApproximate(event) { words.append(language.pick("ca.", "c.")) }
        if isUncertain(event) { words.append("?") }
        return words.isEmpty ? "" : " (" + words.joined(separator: " ") + ")"
    }

    /// Horizontal geometry of one event: a symbol (with a bracket over an imprecise date) and a
    /// label beside it, flipped left near the right edge; or a bar with its label above it.
    func makeItem(_ index: Int) -> LaneItem {
        let m = Metrics.self
        let event = journey.events[index]
        let start = startRange(event)
        let title = fullTitle(event)
        let qualifier = qualifier(event)
        let qualifierWidth = qualifier.isEmpty ? 0 : TextMetrics.width(of: qualifier, size: m.labelSize) - 1
        let fullWidth = TextMetrics.width(of: title, size: m.labelSize) + qualifierWidth
        var item = LaneItem(
            index: index, category: MarkCategory(event), isPeriod: false, markX0: 0, markX1: 0, label: title,
            qualifier: qualifier, labelX: 0, labelWidth: 0, extentStart: 0, extentEnd: 0, anchorX: 0)

        func fit(_ available: Double) {
            if fullWidth <= available {
                item.labelWidth = fullWidth
            } else {
                item.label = TextMetrics.truncated(title, toWidth: max(available - qualifierWidth, 12), size: m.labelSize)
                item.labelWidth = TextMetrics.width(of: item.label, size: m.labelSize) + qualifierWidth
            }
        }

        if let end = endRange(event) {
            item.isPeriod = true
            var x0 = scale.x(start.lowerBound), x1 = scale.x(end.upperBound)
            if x1 - x0 < 8 {
                let c = (x0 + x1) / 2
                (x0, x1) = (c - 4, c + 4)
            }
            (item.markX0, item.markX1) = (x0, x1)
            if start.count > 1 { item.fuzzyStart = x0...min(max(scale.x(start.upperBound), x0), x1) }
            if end.count > 1 { item.fuzzyEnd = max(min(scale.x(end.lowerBound), x1), x0)...x1 }
            item.anchorX = x0 + 7
            // The label goes above the bar, after the period's symbol: over a long bar it may
            // use the bar's length, and near the right edge it moves left, still above the strip.
            fit(max(x1 - x0 - m.periodSymbolRoom, options.maxLabelWidth))
            let room = labelMaxX - m.periodSymbolRoom - plotX0
            if item.labelWidth > room { fit(max(room, 40)) }
            item.labelX = min(x0 + m.periodSymbolRoom, labelMaxX - item.labelWidth)
            item.labelX = max(item.labelX, plotX0 + m.periodSymbolRoom)
            item.extentStart = min(x0, item.labelX - m.periodSymbolRoom)
            item.extentEnd = max(x1, item.labelX + item.labelWidth)
            return item
        } else {
            let a = scale.x(start.lowerBound), b = scale.x(start.upperBound)
            let c = (a + b) / 2
            (item.markX0, item.markX1) = (c - m.markSize / 2, c + m.markSize / 2)
            if b - a >= m.markSize - 2 { item.bracket = a...b }
            item.anchorX = c
        }

        // Beside the mark: right if it fits, else left, else right and shortened.
        let extentStart = min(item.markX0, item.bracket?.lowerBound ?? .infinity)
        let extentEnd = max(item.markX1, item.bracket?.upperBound ?? -.infinity)
        fit(options.maxLabelWidth)
        if extentEnd + m.labelGap + item.labelWidth <= labelMaxX {
            item.labelX = extentEnd + m.labelGap
        } else if extentStart - m.labelGap - item.labelWidth >= plotX0 {
            item.labelX = extentStart - m.labelGap - item.labelWidth
        } else {
            fit(max(labelMaxX - extentEnd - m.labelGap, 40))
            item.labelX = extentEnd + m.labelGap
        }
        item.extentStart = min(extentStart, item.labelX)
        item.extentEnd = max(extentEnd, item.labelX + item.labelWidth)
        return item
    }
}
