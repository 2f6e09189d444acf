import PlanreisModel
import PlanreisText

/// One way of finding stalled time in a journey (docs/PRODUCT.md §5; to add one, see the checklist in docs/CONTRIBUTING.md). Rules are small and independent;
/// `StallDetector` runs them and combines what they find.
public protocol StallRule: Sendable {
    /// The stalls this rule finds, and notes about what it could not judge.
    func apply(to context: StallContext) -> StallRuleOutput
}

/// What a rule found.
public struct StallRuleOutput: Sendable {
    public var stalls: [Stall]
    /// Things a reader should know (a wait without an end, a request nobody answered).
    public var warnings: [Diagnostic]

    public init(stalls: [Stall] = [], warnings: [Diagnostic] = []) {
        self.stalls = stalls
        self.warnings = warnings
    }
}

/// The journey as rules see it: events with a usable date (epoch placeholders left out), ids
/// resolved, and the journey's last date for stalls still open at the end.
public struct StallContext: Sendable {
    public let journey: Journey
    /// Indices of events whose dates count (no epoch placeholder).
    public let usable: [Int]
    /// The last date of the journey: the end (or date) that reaches furthest.
    public let lastDate: PartialDate?
    /// Quiet periods longer than this many days are reported.
    public let quietThresholdDays: Int
    private let indexByID: [String: Int]
    private let usableSet: Set<Int>
    /// For each link target id, the usable events linking to it and how, in event order: the
    /// reverse of the links, so that `sources(linkingTo:)` does not scan every event.
    private let incoming: [String: [(source: Int, kind: LinkKind)]]

    public init(journey: Journey, quietThresholdDays: Int = 90) {
        self.journey = journey
        self.quietThresholdDays = quietThresholdDays
        var usable: [Int] = []
        var indexByID: [String: Int] = [:]
        var last: PartialDate?
        var incoming: [String: [(source: Int, kind: LinkKind)]] = [:]
        for (index, event) in journey.events.enumerated() {
            if let id = event.id, indexByID[id] == nil { indexByID[id] = index }
            guard !event.date.isEpochPlaceholder else { continue }
            usable.append(index)
            for link in event.links { incoming[link.target, default: []].append((index, link.kind)) }
            let end = Self.endDate(of: event)
            if last == nil || end.latestDay > last!.latestDay { last = end }
        }
        self.usable = usable
        self.usableSet = Set(usable)
        self.indexByID = indexByID
        self.lastDate = last
        self.incoming = incoming
    }

    public func event(_ index: Int) -> Event { journey.events[index] }

    /// The usable event a link points at, if any.
    public func target(_ link: Link) -> Int? {
        guard let index = indexByID[link.target], usableSet.contains(index) else { return nil }
        return index
    }

    /// Usable events the event at `index` links to with `kind`.
    public func targets(of index: Int, _ kind: LinkKind) -> [Int] {
        event(index).links.filter { $0.kind == kind }.compactMap(target)
    }

    /// Usable events that link to the event at `index` with one of `kinds`.
    public func sources(linkingTo index: Int, _ kinds: Set<LinkKind>) -> [Int] {
        guard let id = event(index).id else { return [] }
        var sources: [Int] = []
        for (source, kind) in incoming[id] ?? [] where kinds.contains(kind) && sources.last != source {
            sources.append(source)
        }
        return sources
    }

    /// A period's end when it has a usable one, its date otherwise.
    static func endDate(of event: Event) -> PartialDate {
        if let end = event.end, !end.isEpochPlaceholder { return end }
        return event.date
    }

    /// How a warning names an event: its id, or its title, quoted and isolated.
    func name(_ index: Int) -> String {
        let e = event(index)
        return "\"\(BidiText.isolated(e.id ?? e.title))\""
    }

    /// Events sorted by date (earliest moment, then the more precise), ties in file order.
    func sortedByDate(_ indices: [Int]) -> [Int] {
        indices.sorted { a, b in
            let da = event(a).date, db = event(b).date
            return da != db ? da < db : a < b
        }
    }

    /// Whether an actor id names a household lane.
    public func isHousehold(_ actor: String) -> Bool {
        journey.actor(withID: actor)?.group == .household
    }

    /// Who a stall waits on: the event's named `owner` when the data gives one (the household
    /// too, then); else the first of `candidates` that is not a household lane; else nobody
    /// ("niemand vastgelegd"). Households get stuck in the bureaucracy, they do not hold it up.
    public func charge(owner: String?, _ candidates: String?...) -> String? {
        if let owner = owner?.trimmedSpaces, !owner.isEmpty { return owner }
        return candidates.compactMap { $0 }.first { !isHousehold($0) }
    }

    /// The actor responsible for direction on `day`: before the first handover its giver, after
    /// a handover its receiver; nil in a journey without handovers.
    public func director(on day: Int) -> String? {
        let handovers = sortedByDate(usable.filter { event($0).kind == .handover && event($0).handoverTo != nil })
        guard let first = handovers.first else { return nil }
        var holder = event(first).actor
        for index in handovers where event(index).date.latestDay <= day {
            holder = event(index).handoverTo ?? holder
        }
        return holder
    }

    /// "A → B" from two event titles, each isolated (`BidiText.isolated`) so that right-to-left
    /// text in one cannot turn the arrow and the other title around.
    func arrow(_ a: Int, _ b: Int) -> Localized {
        Localized("\(BidiText.isolated(event(a).title)) → \(BidiText.isolated(event(b).title))")
    }
}
