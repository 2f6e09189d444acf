import PlanreisModel

/// A stretch of time in which the household waited on bureaucracy, with who held the ball.
public struct Stall: Hashable, Sendable {
    public var kind: StallKind
    /// The actor id holding the ball; nil when the data names nobody ("niemand vastgelegd")
    /// and for quiet periods ("geen informatie").
    public var actor: String?
    /// A short description built from the events' titles.
    public var title: Localized
    /// When the stall began (at the precision of the event that began it).
    public var start: PartialDate
    /// When it ended; for a stall still open, the last date of the journey.
    public var end: PartialDate
    /// No later act is recorded (an unresolved obstacle, a handover nobody picked up, a request
    /// never answered): reported apart, never the headline, never in a total.
    public var isOpen: Bool
    /// Indices into `Journey.events` of the events that make the stall, the starting one first.
    public var events: [Int]
    /// The duration the source states for it, when an event carries one ("8 maanden").
    public var statedDuration: StatedDuration?

    public init(
        kind: StallKind, actor: String?, title: Localized, start: PartialDate, end: PartialDate, isOpen: Bool = false,
        events: [Int], statedDuration: StatedDuration? = nil
    ) {
        self.kind = kind
        self.actor = actor
        self.title = title
        self.start = start
        self.end = end
        self.isOpen = isOpen
        self.events = events
        self.statedDuration = statedDuration
    }

    /// The shortest and longest duration the dates allow.
    public var duration: DurationRange { DurationRange(from: start, to: end) }

    /// The days the stall certainly covers (empty when the dates overlap).
    public var certainDays: DayInterval { PartialDate.innerInterval(from: start, to: end) }

    /// Every day the stall may cover.
    public var possibleDays: DayInterval { PartialDate.outerInterval(from: start, to: end) }
}

extension Stall {
    /// Twice the length used to rank: the stated duration when the source gives one, else the
    /// middle of the range the dates allow.
    var rankKey: Int { statedDuration.map { 2 * $0.approximateDays } ?? duration.rankKey }

    /// Ranks longest first (by `rankKey`), then earliest, then by kind.
    static func ranked(_ a: Stall, _ b: Stall) -> Bool {
        let ka = a.rankKey, kb = b.rankKey
        if ka != kb { return ka > kb }
        if a.start != b.start { return a.start < b.start }
        return StallKind.allCases.firstIndex(of: a.kind)! < StallKind.allCases.firstIndex(of: b.kind)!
    }
}
