/// Something dated that happened in the household or was done by an actor.
public struct Event: Hashable, Sendable {
    /// Reference for links; optional for events nothing refers to.
    public var id: String?
    /// The actor (lane) id.
    public var actor: String
    public var kind: EventKind
    /// When it happened, or when a period started.
    public var date: PartialDate
    /// When a period ended; nil for a point in time.
    public var end: PartialDate?
    public var title: String
    public var description: String?
    /// Outcome, phase, colour, score, handover target or free text, depending on the kind.
    public var value: EventValue?
    /// Who gave a safety score or colour ("moeder", "IT-medewerker").
    public var scoredBy: String?
    public var links: [Link]
    public var tags: [Tag]
    /// What the event cost (an exception's cost, a service's price).
    public var costs: [CostLine]
    /// For an exception: the scenario it avoids.
    public var avoids: AvoidedScenario?
    /// For an exception: why it is justified.
    public var legitimation: Legitimation?
    /// For an exception: its budget category ("wonen", "zorg", …).
    public var category: String?
    /// Where the fact comes from (bron): registration, interview, dossier, a document and page.
    public var source: String?
    /// The actor id who must lift an obstacle or end a wait, when the data names one; stalls
    /// are charged to it.
    public var owner: String?
    /// A duration the source states ("8 maanden") that the dates cannot pin down.
    public var statedDuration: StatedDuration?
    /// For an exception with a cost: its approval state as the file gives it (nil: none given).
    public var approval: ApprovalMark?

    public init(
        id: String? = nil, actor: String, kind: EventKind, date: PartialDate, end: PartialDate? = nil,
        title: String, description: String? = nil, value: EventValue? = nil, scoredBy: String? = nil,
        links: [Link] = [], tags: [Tag] = [], costs: [CostLine] = [], avoids: AvoidedScenario? = nil,
        legitimation: Legitimation? = nil, category: String? = nil, source: String? = nil, owner: String? = nil,
        statedDuration: StatedDuration? = nil
    ) {
        self.id = id
        self.actor = actor
        self.kind = kind
        self.date = date
        self.end = end
        self.title = title
        self.description = description
        self.value = value
        self.scoredBy = scoredBy
        self.links = links
        self.tags = tags
        self.costs = costs
        self.avoids = avoids
        self.legitimation = legitimation
        self.category = category
        self.source = source
        self.owner = owner
        self.statedDuration = statedDuration
    }

    /// Whether the event is a period rather than a point.
    public var isPeriod: Bool { end != nil }

    /// The handover's receiving actor id.
    public var handoverTo: String? {
        if case .handoverTo(let actor)? = value { return actor }
        return nil
    }

    public var outcome: DecisionOutcome? {
        if case .outcome(let o)? = value { return o }
        return nil
    }

    public var phase: Phase? {
        if case .phase(let p)? = value { return p }
        return nil
    }

    /// Ids of the events this one links to with the given kind.
    public func targets(_ kind: LinkKind) -> [String] {
        links.filter { $0.kind == kind }.map(\.target)
    }
}

/// How one event refers to another.
public enum LinkKind: String, CaseIterable, Sendable, Codable {
    /// An exception resolves an obstacle.
    case resolves
    /// A decision answers a request.
    case answers
    /// A later event delivers what a decision granted.
    case delivers
    /// Any other reference ("see also").
    case relates

    /// The kind a link from `source` to `target` has in the spreadsheet, where only ids are given.
    public static func inferred(from source: EventKind, to target: EventKind) -> LinkKind {
        switch (source, target) {
        case (.exception, .obstacle): .resolves
        case (.decision, .request): .answers
        case (_, .decision): .delivers
        default: .relates
        }
    }
}

/// A reference from one event to another.
public struct Link: Hashable, Sendable {
    public var kind: LinkKind
    /// The id of the target event.
    public var target: String

    public init(_ kind: LinkKind, _ target: String) {
        self.kind = kind
        self.target = target
    }
}

/// A free label, optionally with a key: `geweld: ex-partnergeweld`, `leefgebied: huisvesting`.
public struct Tag: Hashable, Sendable, Codable {
    public var key: String?
    public var value: String

    public init(_ key: String?, _ value: String) {
        self.key = key
        self.value = value
    }

    public var text: String { key.map { "\($0): \(value)" } ?? value }
}
