import PlanreisModel

/// How a case stood on the reference date.
public enum CaseEnding: String, Hashable, Sendable {
    /// Closed regularly ("afgesloten").
    case closed
    /// Broken off ("vroegtijdig beëindigd").
    case endedEarly = "ended-early"
    /// Still running on the reference date.
    case running
    /// No phase known: the case runs from its first to its last known event (a process-mining log).
    case unknown
}

/// One case of a cohort as one row for researchers: dates at their own precision, lengths as
/// ranges where dates are imprecise, colour codes, stalled days, exceptions, tags. Only what
/// was known on the reference date.
public struct CaseRow: Hashable, Sendable {
    /// The case's id (a pseudonym in anonymised data).
    public var id: String
    /// The case's first day as the source gives it: its first phase, else its first event.
    public var start: PartialDate
    /// When it closed or was broken off; nil while running.
    public var end: PartialDate?
    public var ending: CaseEnding
    /// The phase in force on the reference date.
    public var status: Phase?
    /// From the start to the end, or to the reference date while running; without phases, to
    /// the last known event.
    public var length: DurationRange
    /// Length of each phase that ended (regularly or not) by the reference date; the first span
    /// of the phase when it occurs more than once.
    public var phaseLengths: [Phase: DurationRange]
    /// Colour code at the start and the end of the intensive phase.
    public var safetyStart: SafetyColour?
    public var safetyEnd: SafetyColour?
    /// Events known on the reference date, and exceptions among them.
    public var events: Int
    public var exceptions: Int
    /// From the start to the first exception; nil without one.
    public var firstBreakthrough: DurationRange?
    /// Stalled time of all actors together (the union), and per actor (by lane name).
    public var stalled: DurationRange
    public var stalledPerActor: [String: DurationRange]
    /// The case's tags: per key (empty for tags without one) the values, in file order.
    public var tags: [String: [String]]
}

/// Count, mean, median, minimum and maximum of values known only as ranges: each figure is a
/// range itself, from the statistic of the lowest values to that of the highest (every one of
/// them grows with the values, so the true figure lies between).
public struct RangeStatistics: Hashable, Sendable {
    public var low: SummaryStatistics
    public var high: SummaryStatistics

    public init(_ ranges: [DurationRange]) {
        low = SummaryStatistics(sorted: ranges.map(\.minDays).sorted())
        high = SummaryStatistics(sorted: ranges.map(\.maxDays).sorted())
    }

    public var count: Int { low.count }
    public var mean: DurationRange? { Self.range(low.mean, high.mean) }
    public var median: DurationRange? { Self.range(low.median, high.median) }
    public var min: DurationRange? { Self.range(low.min, high.min) }
    public var max: DurationRange? { Self.range(low.max, high.max) }

    static func range(_ a: Int?, _ b: Int?) -> DurationRange? {
        guard let a, let b else { return nil }
        return DurationRange(minDays: a, maxDays: b)
    }
}
