import PlanreisModel

/// Stalled time of one actor: the union of its stalls (no double counting) and how many.
public struct ActorStallTime: Hashable, Sendable {
    public var actor: String
    public var total: DurationRange
    public var count: Int

    public init(actor: String, total: DurationRange, count: Int) {
        self.actor = actor
        self.total = total
        self.count = count
    }
}

/// The first and last date of a journey, leaving out epoch placeholders.
public struct CaseSpan: Hashable, Sendable {
    public var start: PartialDate
    public var end: PartialDate

    public init(start: PartialDate, end: PartialDate) {
        self.start = start
        self.end = end
    }

    /// Every day the case may cover, both ends included (the denominator of shares).
    public var days: Int { end.latestDay - start.earliestDay + 1 }

    /// How long the case ran, as the dates allow.
    public var duration: DurationRange { DurationRange(from: start, to: end) }
}

/// Where the bureaucracy stalled in one journey: the stalls ranked, totals as unions, per actor,
/// the obstacles, and the quiet periods apart.
public struct StallReport: Hashable, Sendable {
    /// Closed stalls (a recorded start and a recorded end), longest first; the only ones in
    /// the totals and the headline.
    public var stalls: [Stall]
    /// Stalls without a recorded end (*open: no later act recorded*), by start date; their end
    /// is the journey's last date. Never in a total.
    public var openStalls: [Stall] = []
    /// Closed gaps shorter than this many days were not counted.
    public var minStallDays: Int = StallDetector.defaultMinStallDays
    /// Quiet periods ("geen informatie"), in date order; not in any total below.
    public var quietPeriods: [Stall]
    /// Every obstacle with its breakthrough or still open, in date order.
    public var obstacles: [ObstacleStatus]
    /// Union of all attributed stalls: certain days (min) and possible days (max).
    public var total: DurationRange
    /// Union per actor, most stalled first.
    public var perActor: [ActorStallTime]
    /// Union of the quiet periods.
    public var quietTotal: DurationRange
    public var caseSpan: CaseSpan?
    public var quietThresholdDays: Int
    /// What the rules could not judge.
    public var warnings: [Diagnostic]

    /// The stall ranked first, if any.
    public var longest: Stall? { stalls.first }

    /// The longest closed stall that is not doormodderen: what the bureaucracy kept the household waiting for.
    public var longestWait: Stall? { stalls.first { $0.kind != .muddling } }

    /// The doormodderen stalls, longest first.
    public var muddling: [Stall] { stalls.filter { $0.kind == .muddling } }

    /// Share of the case's days that were certainly (min) and possibly (max) stalled, in whole
    /// percent rounded half up.
    public var sharePercent: (min: Int, max: Int)? {
        guard let days = caseSpan?.days, days > 0 else { return nil }
        return (Rounding.percent(total.minDays, of: days)!, Rounding.percent(total.maxDays, of: days)!)
    }

    /// The union of `stalls`: certain days from their inner intervals, possible days from their outer ones.
    public static func union(_ stalls: [Stall]) -> DurationRange {
        DurationRange(
            minDays: DayInterval.unionDays(stalls.map(\.certainDays)),
            maxDays: DayInterval.unionDays(stalls.map(\.possibleDays)))
    }
}
