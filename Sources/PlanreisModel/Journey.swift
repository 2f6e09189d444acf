/// One household's dated path through bureaucracy, per actor.
public struct Journey: Hashable, Sendable {
    public var id: String
    public var title: String
    public var municipality: String?
    public var region: String?
    public var description: String?
    /// Where the facts come from (a report, a case file).
    public var source: String?
    public var household: [HouseholdMember]
    /// Lanes, in the order the file gives them.
    public var actors: [Actor]
    public var events: [Event]
    /// Free tags of the journey (violence type, life domains, criteria).
    public var tags: [Tag]
    /// The journey is constructed (an example or test case made up from a source), not a real
    /// household's; every output built from it says so ("geconstrueerd").
    public var isConstructed: Bool = false

    public init(
        id: String, title: String, municipality: String? = nil, region: String? = nil,
        description: String? = nil, source: String? = nil, household: [HouseholdMember] = [],
        actors: [Actor] = [], events: [Event] = [], tags: [Tag] = []
    ) {
        self.id = id
        self.title = title
        self.municipality = municipality
        self.region = region
        self.description = description
        self.source = source
        self.household = household
        self.actors = actors
        self.events = events
        self.tags = tags
    }

    public func actor(withID id: String) -> Actor? {
        actors.first { $0.id == id }
    }

    public func event(withID id: String) -> Event? {
        events.first { $0.id == id }
    }

    /// Lanes in display order: explicit `order` first, then the household, then by group in
    /// the order of `ActorGroup`, then as declared.
    public var lanes: [Actor] {
        actors.enumerated().sorted { a, b in
            switch (a.element.order, b.element.order) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: break
            }
            let ga = ActorGroup.allCases.firstIndex(of: a.element.group)!
            let gb = ActorGroup.allCases.firstIndex(of: b.element.group)!
            return ga != gb ? ga < gb : a.offset < b.offset
        }.map(\.element)
    }

    /// Earliest and latest day of the journey, leaving out epoch placeholders.
    public var span: ClosedRange<Int>? {
        var low = Int.max, high = Int.min
        for event in events where !event.date.isEpochPlaceholder {
            low = min(low, event.date.earliestDay)
            high = max(high, (event.end ?? event.date).latestDay)
        }
        return low <= high ? low...high : nil
    }
}

/// A member of the household, by role; the pseudonym is what the source calls them.
public struct HouseholdMember: Hashable, Sendable {
    /// "moeder", "vader", "kind 1".
    public var role: String
    public var name: String?

    public init(role: String, name: String? = nil) {
        self.role = role
        self.name = name
    }
}
