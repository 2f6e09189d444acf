import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Builds a `SwimlaneLayout` in passes: lanes, scale, bands, lane items, vertical stacking,
/// arrows, undated list and legend.
struct SwimlaneLayoutBuilder {
    typealias Layout = SwimlaneLayout

    enum Metrics {
        static let margin = 24.0
        static let headerWidth = 196.0
        static let rowHeight = 20.0
        /// A row in a lane: a period's label on top, its bar in the strip below the label.
        static let laneRowHeight = 22.0
        /// Height of a period's bar, and its top within a lane row (under the label's box).
        static let barHeight = 5.0
        static let barTop = 16.5
        /// Baseline of a period's label within a lane row, above the bar.
        static let periodBaseline = 12.4
        /// Room before a period's label for its symbol.
        static let periodSymbolRoom = 13.0
        static let lanePad = 5.0
        static let labelSize = 12.0
        static let nameSize = 13.0
        static let headingSize = 12.5
        static let markSize = 12.0
        static let headingHeight = 22.0
        static let bandRowHeight = 20.0
        static let bandSize = 11.0
        /// Room right of the plot where labels of the last events may run.
        static let gutter = 120.0
        static let axisHeight = 44.0
        static let labelGap = 4.0
        static let itemGap = 10.0

        /// The estimated box of a line of text with its baseline at `baseline`.
        static func textRect(x: Double, baseline: Double, width: Double, size: Double) -> Rect {
            Rect(x: x, y: baseline - 0.95 * size, width: width, height: 1.2 * size)
        }
    }

    let journey: Journey
    let options: Layout.Options
    let analysedStalls: [PlanreisAnalysis.Stall]
    var language: Language { options.language }

    /// Lanes in display order; actors that events name but the journey does not declare get a
    /// lane of their own at the end, so that nothing is dropped.
    var actors: [Actor] = []
    var laneOfActor: [String: Int] = [:]
    var indexOfID: [String: Int] = [:]
    var undated: [Int] = []
    var dated: [Int] = []
    /// Chronological rank of each event.
    var rank: [Int] = []

    var plotX0 = 0.0
    var plotX1 = 0.0
    var labelMaxX = 0.0
    var scale = TimeScale(anchors: [], x0: 0, x1: 1)

    init(journey: Journey, options: Layout.Options, analysedStalls: [PlanreisAnalysis.Stall] = []) {
        self.journey = journey
        self.options = options
        self.analysedStalls = analysedStalls
    }

    mutating func build() -> Layout {
        prepareLanes()
        prepareEvents()
        let m = Metrics.self
        plotX0 = m.margin + m.headerWidth + 14
        labelMaxX = options.width - m.margin
        plotX1 = labelMaxX - m.gutter
        scale = TimeScale(anchors: anchors(), x0: plotX0, x1: plotX1)
        let axis = TimeAxis(scale: scale, language: language, plotMaxX: labelMaxX)

        var y = m.margin
        let (title, subtitle) = titles(top: y)
        y = (subtitle ?? title).rect.maxY + 14
        let axisY = y
        y += m.axisHeight

        var placed: [Layout.PlacedEvent] = []
        let bands = buildBands(top: y, placed: &placed)
        if let last = bands.last { y = last.rect.maxY + 8 }
        let lanesTop = y
        let laneResult = buildLanes(top: y, placed: &placed)
        y = laneResult.bottom
        let lanesBottom = y
        // Tall lanes get the axis again underneath, so dates can be read near every event.
        var bottomAxisY: Double? = nil
        if lanesBottom - lanesTop > 720, !scale.isEmpty {
            bottomAxisY = y
            y += 38
        }

        let stalls = buildStalls(placed: placed, lanes: laneResult.lanes)
        let attributedStalls = buildAttributedStalls(lanes: laneResult.lanes)
        let guides = placed.filter { $0.category == .turningPoint && $0.lane != nil }
            .map { Layout.Guide(eventIndex: $0.index, x: $0.anchor.x) }
        let arrows = buildArrows(placed: placed, lanes: laneResult.lanes)

        var undatedCaption: Layout.Caption? = nil
        if !undated.isEmpty {
            y += 18
            let result = buildUndated(top: y, placed: &placed)
            undatedCaption = result.caption
            y = result.bottom
        }
        y += 22
        let legend = buildLegend(
            top: y, placed: placed, arrows: arrows, hasBreaks: !scale.breaks.isEmpty, hasAttributedStalls: !attributedStalls.isEmpty)
        y = legend.bottom + m.margin

        placed.sort { rank[$0.index] < rank[$1.index] }
        return Layout(
            options: options, width: options.width, height: y.rounded(.up), title: title, subtitle: subtitle,
            scale: scale, axis: axis, axisY: axisY, bottomAxisY: bottomAxisY,
            plot: Rect(x: plotX0, y: axisY, width: plotX1 - plotX0, height: lanesBottom - axisY),
            lanesTop: lanesTop, lanesBottom: lanesBottom, headings: laneResult.headings,
            lanes: laneResult.lanes, bands: bands, events: placed, stalls: stalls,
            attributedStalls: attributedStalls, arrows: arrows,
            guides: guides, undatedCaption: undatedCaption, legendCaption: legend.caption,
            legend: legend.entries)
    }

    mutating func prepareLanes() {
        actors = journey.lanes
        for (index, actor) in actors.enumerated() where laneOfActor[actor.id] == nil {
            laneOfActor[actor.id] = index
        }
        for event in journey.events where laneOfActor[event.actor] == nil {
            laneOfActor[event.actor] = actors.count
            actors.append(Actor(id: event.actor, name: event.actor, group: .other))
        }
    }

    mutating func prepareEvents() {
        for (index, event) in journey.events.enumerated() {
            if let id = event.id, indexOfID[id] == nil { indexOfID[id] = index }
            if event.date.isEpochPlaceholder { undated.append(index) } else { dated.append(index) }
        }
        let order = journey.events.indices.sorted { a, b in
            let ea = journey.events[a], eb = journey.events[b]
            let ua = ea.date.isEpochPlaceholder, ub = eb.date.isEpochPlaceholder
            if ua != ub { return !ua }
            if ea.date != eb.date { return ea.date < eb.date }
            let la = laneOfActor[ea.actor] ?? 0, lb = laneOfActor[eb.actor] ?? 0
            return la != lb ? la < lb : a < b
        }
        rank = Array(repeating: 0, count: journey.events.count)
        for (position, index) in order.enumerated() { rank[index] = position }
    }

    /// The day range an event's end means, or nil for a point (or an end that is a placeholder
    /// or lies before the start, which the checks report).
    func endRange(_ event: Event) -> Range<Int>? {
        guard let end = event.end, !end.isEpochPlaceholder, end.latestDay >= event.date.earliestDay else { return nil }
        return end.earliestDay..<(end.latestDay + 1)
    }

    func startRange(_ event: Event) -> Range<Int> {
        event.date.earliestDay..<(event.date.latestDay + 1)
    }

    func anchors() -> [Range<Int>] {
        var anchors: [Range<Int>] = []
        anchors.reserveCapacity(dated.count * 2)
        for index in dated {
            let event = journey.events[index]
            // A period is one anchor from its start to its end: the axis never compresses time
            // that a period (years of doormodderen, a wait) covers; it shows it.
            if let end = endRange(event) {
                anchors.append(startRange(event).lowerBound..<end.upperBound)
            } else {
                anchors.append(startRange(event))
            }
        }
        for stall in analysedStalls where !stall.isOpen {
            anchors.append(stall.start.earliestDay..<(stall.end.latestDay + 1))
        }
        return anchors
    }

    func titles(top: Double) -> (Layout.Caption, Layout.Caption?) {
        let m = Metrics.self
        let width = options.width - 2 * m.margin
        let titleText = TextMetrics.truncated(
            TextMetrics.singleLine(journey.title.isEmpty ? journey.id : journey.title), toWidth: width, size: 20, bold: true)
        let title = Layout.Caption(
            text: titleText,
            rect: m.textRect(x: m.margin, baseline: top + 19, width: TextMetrics.width(of: titleText, size: 20, bold: true), size: 20))
        var parts: [String] = []
        if let place = journey.municipality ?? journey.region { parts.append(BidiText.isolated(TextMetrics.singleLine(place))) }
        if let period = periodText() { parts.append(period) }
        let n = journey.events.count
        parts.append(language == .nl ? "\(n) \(n == 1 ? "gebeurtenis" : "gebeurtenissen")" : "\(n) \(n == 1 ? "event" : "events")")
        let text = TextMetrics.truncated(parts.joined(separator: " · "), toWidth: width, size: 13)
        let subtitle = Layout.Caption(
            text: text,
            rect: m.textRect(x: m.margin, baseline: title.rect.maxY + 17, width: TextMetrics.width(of: text, size: 13), size: 13))
        return (title, subtitle)
    }

    /// "mei 2017 – april 2022": first and last date at their own precision.
    func periodText() -> String? {
        var first: PartialDate? = nil, last: PartialDate? = nil
        var lastDay = Int.min
        for index in dated {
            let event = journey.events[index]
            if first == nil || event.date < first! { first = event.date }
            let end = (endRange(event) != nil ? event.end! : event.date)
            if end.latestDay > lastDay { lastDay = end.latestDay; last = end }
        }
        guard let first, let last else { return nil }
        let a = first.formatted(language), b = last.formatted(language)
        return a == b ? a : "\(a) – \(b)"
    }
}
