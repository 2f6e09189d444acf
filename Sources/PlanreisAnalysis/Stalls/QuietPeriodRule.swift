import PlanreisModel
import PlanreisText

/// Quiet periods: stretches longer than the threshold in which no event happens and no stall
/// explains the time, while the case is open. They are reported apart as "geen informatie"
/// and blamed on nobody.
///
/// Every event covers the whole span its dates allow (a phase only its start: it is a status,
/// not an activity), and so does every stall found by the other rules; a quiet period is a gap
/// between those, counted from the date before it to the date after it. Only gaps that are
/// certainly longer than the threshold count. The case is closed after a phase `afgesloten` or
/// `vroegtijdig-beeindigd` until the next phase event.
package struct QuietPeriodRule: StallRule {
    public init() {}

    public func apply(to context: StallContext) -> StallRuleOutput {
        apply(to: context, explainedBy: [])
    }

    private struct Segment {
        var start: PartialDate
        var end: PartialDate
        var first: Int?
        var last: Int?
        var low: Int { start.earliestDay }
        var high: Int { end.latestDay }
    }

    /// Quiet periods, leaving out time that `stalls` already explain.
    public func apply(to context: StallContext, explainedBy stalls: [Stall]) -> StallRuleOutput {
        var segments: [Segment] = context.usable.map { index in
            let event = context.event(index)
            let end = event.kind == .phase ? event.date : StallContext.endDate(of: event)
            return Segment(start: event.date, end: end, first: index, last: index)
        }
        segments += stalls.map { Segment(start: $0.start, end: $0.end, first: $0.events.first, last: $0.events.last) }
        segments.sort { a, b in a.low != b.low ? a.low < b.low : a.high < b.high }
        guard var group = segments.first else { return StallRuleOutput() }
        let phases = context.sortedByDate(context.usable.filter { context.event($0).kind == .phase })

        var output = StallRuleOutput()
        for segment in segments.dropFirst() {
            if segment.low <= group.high + 1 {
                if segment.high > group.high {
                    group.end = segment.end
                    group.last = segment.last
                }
                continue
            }
            let quiet = DurationRange(from: group.end, to: segment.start)
            if quiet.minDays > context.quietThresholdDays && !Self.isClosed(at: group.high, phases: phases, in: context) {
                output.stalls.append(
                    Stall(
                        kind: .quiet, actor: nil, title: Self.title(group.last, segment.first, in: context),
                        start: group.end, end: segment.start, events: [group.last, segment.first].compactMap { $0 }))
            }
            group = segment
        }
        return output
    }

    /// Whether the last phase that began on or before `day` closed the case.
    static func isClosed(at day: Int, phases: [Int], in context: StallContext) -> Bool {
        guard let last = phases.last(where: { context.event($0).date.earliestDay <= day }) else { return false }
        let phase = context.event(last).phase
        return phase == .closed || phase == .endedEarly
    }

    static func title(_ before: Int?, _ after: Int?, in context: StallContext) -> Localized {
        let a = before.map { BidiText.isolated(context.event($0).title) } ?? "…"
        let b = after.map { BidiText.isolated(context.event($0).title) } ?? "…"
        return Localized(nl: "Geen gebeurtenissen tussen \"\(a)\" en \"\(b)\"", en: "No events between \"\(a)\" and \"\(b)\"")
    }
}
