import PlanreisModel

/// One phase of a case as its phase events give it: when it started, when (and how) it ended.
package struct PhaseSpan: Hashable, Sendable {
    public var phase: Phase
    public var start: PartialDate
    /// When the phase ended: its own end date, or the start of the next phase; nil while it runs.
    public var end: PartialDate?
    /// The phase that followed, if the phase ended by the start of another.
    public var next: Phase?

    /// Length in days from start to end, on the earliest days of both (exact for day dates).
    public var days: Int? {
        end.map { $0.earliestDay - start.earliestDay }
    }

    /// Shortest and longest length the dates allow.
    public var dayRange: ClosedRange<Int>? {
        guard let end else { return nil }
        let low = max(0, end.earliestDay - start.latestDay)
        return low...max(low, end.latestDay - start.earliestDay)
    }

    /// Whether the phase ended by being broken off (the next phase is "vroegtijdig beëindigd").
    public var endedEarly: Bool { next == .endedEarly }
}

/// The phases of one case up to a reference date.
package struct PhaseTimeline: Sendable {
    public var spans: [PhaseSpan]

    /// Reads the phase events of `journey` known on day `asOf` (events dated later are unknown then).
    public init(_ journey: Journey, asOf: Int) {
        let phases = journey.events
            .filter { $0.kind == .phase && $0.phase != nil && !$0.date.isEpochPlaceholder && $0.date.earliestDay <= asOf }
            .sorted { $0.date < $1.date }
        var spans: [PhaseSpan] = []
        for (index, event) in phases.enumerated() {
            var span = PhaseSpan(phase: event.phase!, start: event.date, end: nil, next: nil)
            if let end = event.end, end.earliestDay <= asOf {
                span.end = end
                if index + 1 < phases.count, phases[index + 1].date.earliestDay <= end.latestDay {
                    span.next = phases[index + 1].phase
                }
            } else if index + 1 < phases.count {
                span.end = phases[index + 1].date
                span.next = phases[index + 1].phase
            }
            spans.append(span)
        }
        self.spans = spans
    }

    /// The phase in force on the reference date: that of the last phase event known then.
    public var status: Phase? { spans.last?.phase }

    /// The first day of the case: its first phase event.
    public var startDay: Int? { spans.first?.start.earliestDay }
}
