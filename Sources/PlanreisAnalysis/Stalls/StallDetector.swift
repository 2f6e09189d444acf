import PlanreisModel

/// Runs the stall rules on a journey and sums up what they find (docs/PRODUCT.md §5).
public struct StallDetector: Sendable {
    /// The rules that attribute stalls to an actor; quiet periods are found after them.
    public var rules: [any StallRule]
    /// Quiet periods longer than this many days are reported.
    public var quietThresholdDays: Int
    /// A closed gap certainly shorter than this many days is not a stall (acting within days is
    /// fast); explicit waits always count.
    public var minStallDays: Int

    /// The rules of docs/PRODUCT.md §5, in the order their stalls are listed on ties.
    public static let defaultRules: [any StallRule] = [
        WaitRule(), RequestDecisionRule(), DecisionDeliveryRule(), ObstacleRule(), HandoverRule(), BounceRule(),
        MuddlingRule(),
    ]

    /// The default minimum length of a stall, in days.
    public static let defaultMinStallDays = 14

    public init(
        quietThresholdDays: Int = 90, minStallDays: Int = StallDetector.defaultMinStallDays,
        rules: [any StallRule] = StallDetector.defaultRules
    ) {
        self.quietThresholdDays = quietThresholdDays
        self.minStallDays = minStallDays
        self.rules = rules
    }

    /// Every stall in `journey`, ranked and summed.
    public func report(for journey: Journey) -> StallReport {
        let context = StallContext(journey: journey, quietThresholdDays: quietThresholdDays)
        var found: [Stall] = []
        var warnings: [Diagnostic] = []
        for rule in rules {
            let output = rule.apply(to: context)
            found += output.stalls
            warnings += output.warnings
        }
        let evident = Self.deduplicated(found.filter(Self.isEvidence))
        let stalls = evident.filter { !$0.isOpen && isLongEnough($0) }.sorted(by: Stall.ranked)
        let open = evident.filter(\.isOpen).sorted { a, b in a.start != b.start ? a.start < b.start : Stall.ranked(a, b) }
        let quiet = QuietPeriodRule().apply(to: context, explainedBy: stalls + open)
        warnings += quiet.warnings

        var perActor: [ActorStallTime] = []
        for actor in Self.orderedActors(stalls) {
            let own = stalls.filter { $0.actor == actor }
            perActor.append(ActorStallTime(actor: actor, total: StallReport.union(own), count: own.count))
        }
        perActor.sort { a, b in
            a.total.rankKey != b.total.rankKey ? a.total.rankKey > b.total.rankKey : a.actor < b.actor
        }

        var span: CaseSpan?
        if let first = context.sortedByDate(context.usable).first, let last = context.lastDate {
            span = CaseSpan(start: context.event(first).date, end: last)
        }
        return StallReport(
            stalls: stalls, openStalls: open, minStallDays: minStallDays, quietPeriods: quiet.stalls,
            obstacles: ObstacleRule.statuses(in: context),
            total: StallReport.union(stalls), perActor: perActor, quietTotal: StallReport.union(quiet.stalls),
            caseSpan: span, quietThresholdDays: quietThresholdDays, warnings: warnings)
    }

    /// Whether a stall shows time passing: it may last at least a day, and, unless it is an
    /// explicit wait or still open, its two ends do not carry the very same date (two events both
    /// dated "medio 2020" say nothing about the time between them).
    static func isEvidence(_ stall: Stall) -> Bool {
        stall.duration.maxDays > 0 && (stall.kind == .wait || stall.isOpen || stall.start != stall.end)
    }

    /// Whether a closed stall may reach the minimum length (an explicit wait always counts).
    func isLongEnough(_ stall: Stall) -> Bool {
        stall.kind == .wait || stall.statedDuration != nil || stall.duration.maxDays >= minStallDays
    }

    /// Drops a stall that another rule already found with the same kind, actor and dates.
    static func deduplicated(_ stalls: [Stall]) -> [Stall] {
        var seen = Set<String>()
        // A stall that carries the source's stated duration wins over its twin without one.
        let ordered = stalls.filter { $0.statedDuration != nil } + stalls.filter { $0.statedDuration == nil }
        return ordered.filter { stall in
            seen.insert("\(stall.kind)|\(stall.actor ?? "")|\(stall.start.edtf)|\(stall.end.edtf)").inserted
        }
    }

    static func orderedActors(_ stalls: [Stall]) -> [String] {
        var actors: [String] = []
        for stall in stalls { if let a = stall.actor, !actors.contains(a) { actors.append(a) } }
        return actors
    }
}
