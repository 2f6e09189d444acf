import PlanreisModel

/// One case on the aligned view: its phases and events in days since the case started.
/// Imprecise dates sit at the middle of the days they can mean.
public struct CaseTimeline: Hashable, Sendable {
    /// A phase as a bar: from its start to its end, or to the reference date while it runs.
    public struct Bar: Hashable, Sendable {
        public var phase: Phase
        public var from: Int
        public var to: Int
    }

    /// An event: its kind, its day since the start, its title (the activity) and, for a
    /// safety score, its colour code.
    public struct Mark: Hashable, Sendable {
        public var kind: EventKind
        public var day: Int32
        public var title: String
        public var colour: SafetyColour?
    }

    public var id: String
    /// Day number of the case's first day.
    public var startDay: Int
    /// Days from the start to the last day shown (the reference date or the last event before it).
    public var length: Int
    public var bars: [Bar]
    public var marks: [Mark]
    /// How the case stood on the reference date, and on which day since the start it ended.
    public var ending: CaseEnding
    public var endDay: Int?

    /// The timeline of `journey` up to day `asOf`, starting on `start`.
    init(_ journey: Journey, start: Int, asOf: Int, phases: PhaseTimeline) {
        id = journey.id
        startDay = start
        var last = start
        marks = []
        marks.reserveCapacity(journey.events.count)
        for event in journey.events where !event.date.isEpochPlaceholder && event.date.earliestDay <= asOf {
            let day = (event.date.earliestDay + event.date.latestDay) / 2
            var colour: SafetyColour?
            if event.kind == .safety, case .colour(let c)? = event.value { colour = c }
            marks.append(Mark(kind: event.kind, day: Int32(clamping: day - start), title: event.title, colour: colour))
            last = max(last, min(asOf, (event.end ?? event.date).latestDay))
        }
        marks.sort { $0.day < $1.day }
        bars = phases.spans.map { span in
            let end = span.end?.earliestDay ?? asOf
            last = max(last, min(asOf, end))
            return Bar(phase: span.phase, from: span.start.earliestDay - start, to: end - start)
        }
        length = max(0, last - start)
        ending = CohortBuilder.ending(phases)
        switch ending {
        case .closed, .endedEarly: endDay = phases.spans.last.map { $0.start.earliestDay - start }
        case .running, .unknown: endDay = nil
        }
    }
}
