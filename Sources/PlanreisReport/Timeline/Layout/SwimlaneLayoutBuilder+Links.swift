import PlanreisAnalysis
import PlanreisModel
import PlanreisText

extension SwimlaneLayoutBuilder {
    /// Explicit waits drawn as periods, shaded over the full height of their lane.
    func buildStalls(placed: [Layout.PlacedEvent], lanes: [Layout.Lane]) -> [Layout.Stall] {
        placed.filter { $0.category == .wait && $0.isPeriod }
            .sorted { rank[$0.index] < rank[$1.index] }
            .compactMap { event in
                guard let lane = event.lane else { return nil }
                let laneRect = lanes[lane].rect
                return Layout.Stall(
                    eventIndex: event.index, lane: lane,
                    rect: Rect(x: event.mark.x, y: laneRect.y, width: event.mark.width, height: laneRect.height))
            }
    }

    /// Stalls from the analysis, over the full height of the lane of whoever holds the ball.
    func buildAttributedStalls(lanes: [Layout.Lane]) -> [Layout.AttributedStall] {
        analysedStalls.compactMap { stall in
            guard stall.kind != .wait, stall.kind != .quiet, let actor = stall.actor, let lane = laneOfActor[actor],
                !stall.start.isEpochPlaceholder, !stall.end.isEpochPlaceholder
            else { return nil }
            let x0 = scale.x(stall.start.earliestDay), x1 = scale.x(max(stall.end.latestDay + 1, stall.start.earliestDay + 1))
            let laneRect = lanes[lane].rect
            let title =
                (language.pick("Stilstand (", "Stall (")) + stall.kind.label(language) + "): "
                + BidiText.isolated(TextMetrics.singleLine(stall.title(language))) + ", " + stall.duration.formatted(language)
            return Layout.AttributedStall(
                lane: lane, rect: Rect(x: x0, y: laneRect.y, width: max(x1 - x0, 2), height: laneRect.height), title: title)
        }
        .sorted { ($0.rect.x, $0.lane, $0.title) < ($1.rect.x, $1.lane, $1.title) }
    }

    /// Arrows in reading direction: exception → obstacle it resolves, request → decision,
    /// decision → delivery, handover → the receiving lane.
    func buildArrows(placed: [Layout.PlacedEvent], lanes: [Layout.Lane]) -> [Layout.Arrow] {
        var byIndex: [Int: Layout.PlacedEvent] = [:]
        for event in placed { byIndex[event.index] = event }
        var arrows: [Layout.Arrow] = []
        var seen = Set<[Int]>()
        for source in placed.sorted(by: { rank[$0.index] < rank[$1.index] }) {
            let event = journey.events[source.index]
            // "See also" references stay in the details; as arrows they only add noise.
            for link in event.links where link.kind != .relates {
                guard let targetIndex = indexOfID[link.target], targetIndex != source.index,
                    let target = byIndex[targetIndex]
                else { continue }
                let kind = Layout.Arrow.Kind(rawValue: link.kind.rawValue) ?? .relates
                // A decision names its request, a delivery its decision: draw them forwards in time.
                let (from, to) = link.kind == .answers || link.kind == .delivers ? (target, source) : (source, target)
                guard seen.insert([from.index, to.index, LinkKind.allCases.firstIndex(of: link.kind)!]).inserted
                else { continue }
                arrows.append(arrow(kind, from: from, to: to, end: to.anchor, toLane: to.lane))
            }
            if event.kind == .handover, let receiver = event.handoverTo, let lane = laneOfActor[receiver],
                let fromLane = source.lane, lane != fromLane
            {
                let laneRect = lanes[lane].rect
                let y = laneRect.y + Metrics.lanePad + Metrics.laneRowHeight / 2
                arrows.append(arrow(.handover, from: source, to: nil, end: Layout.Point(x: source.anchor.x, y: y), toLane: lane))
            }
        }
        return arrows
    }

    func arrow(
        _ kind: Layout.Arrow.Kind, from: Layout.PlacedEvent, to: Layout.PlacedEvent?, end: Layout.Point, toLane: Int?
    ) -> Layout.Arrow {
        let a = from.anchor
        let dy = end.y - a.y
        if abs(dy) < 1 {
            return Layout.Arrow(
                kind: kind, from: from.index, to: to?.index, fromLane: from.lane, toLane: toLane,
                start: Layout.Point(x: a.x, y: a.y - 7), end: Layout.Point(x: end.x, y: end.y - 8), shape: .arc)
        }
        let direction = dy > 0 ? 1.0 : -1.0
        return Layout.Arrow(
            kind: kind, from: from.index, to: to?.index, fromLane: from.lane, toLane: toLane,
            start: Layout.Point(x: a.x, y: a.y + 7 * direction), end: Layout.Point(x: end.x, y: end.y - 8 * direction),
            shape: .sCurve)
    }
}
