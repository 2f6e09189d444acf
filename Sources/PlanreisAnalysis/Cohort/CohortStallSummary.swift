import PlanreisModel

/// Stalled time of one actor (by lane name) across the cases of a cohort, or of all actors
/// together. Per case the actor's stalls are joined first (no day counted twice), then summed
/// over the cases. Imprecise dates leave every figure a range: the minimum counts the days
/// certainly stalled, the maximum the days possibly stalled.
public struct CohortStallSummary: Hashable, Sendable {
    /// The lane name; nil for all actors together.
    public var actor: String?
    /// The lane's group, as the first case that names it gives it.
    public var group: ActorGroup?
    /// Number of stalls over all cases.
    public var stalls: Int
    /// Per case in which the actor stalled: the union's certain days, sorted once finished.
    public var minDaysPerCase: [Int]
    /// Per case in which the actor stalled: the union's possible days, sorted once finished.
    public var maxDaysPerCase: [Int]

    public init(actor: String?, group: ActorGroup?) {
        self.actor = actor
        self.group = group
        stalls = 0
        minDaysPerCase = []
        maxDaysPerCase = []
    }

    /// Cases in which the actor stalled.
    public var cases: Int { minDaysPerCase.count }

    /// Sum over the cases of the per-case union.
    public var total: DurationRange {
        DurationRange(minDays: minDaysPerCase.reduce(0, +), maxDays: maxDaysPerCase.reduce(0, +))
    }

    /// Median per case (of the cases in which the actor stalled): the median of the minimums
    /// and the median of the maximums, each rounded half up; nil without such cases.
    public var medianPerCase: DurationRange? {
        guard let low = SummaryStatistics.median(sorted: minDaysPerCase),
            let high = SummaryStatistics.median(sorted: maxDaysPerCase)
        else { return nil }
        return DurationRange(minDays: low, maxDays: high)
    }

    /// Adds one case: the union of the actor's stalls in it and how many stalls it had.
    mutating func add(_ union: DurationRange, stalls count: Int) {
        stalls += count
        minDaysPerCase.append(union.minDays)
        maxDaysPerCase.append(union.maxDays)
    }

    mutating func merge(_ other: CohortStallSummary) {
        if group == nil { group = other.group }
        stalls += other.stalls
        minDaysPerCase += other.minDaysPerCase
        maxDaysPerCase += other.maxDaysPerCase
    }

    mutating func finish() {
        minDaysPerCase.sort()
        maxDaysPerCase.sort()
    }
}
