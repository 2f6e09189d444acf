import PlanreisModel
import PlanreisXML

/// Turns one XES trace into a journey: trace attributes into journey fields, lanes and tags;
/// events into planreis events in their resource's lane, start/complete pairs and
/// `start_timestamp` into periods, `planreis:` keys into everything else.
struct XESTraceBuilder {
    let file: String
    let trace: XESTraceRecord
    /// Located problems of this trace (file-wide dirt goes to the tally instead).
    var diagnostics: [Diagnostic] = []

    var journey = Journey(id: "", title: "")
    var map: SourceMap
    /// Lanes by id and by name; filled only once a trace has many lanes (a few are searched).
    private var actorByID: [String: Int] = [:]
    private var actorByName: [String: Int] = [:]
    private static let indexedFrom = 12
    /// Open `start` transitions by activity and lane, oldest first: indices of their events.
    var openStarts: [String: [Int]] = [:]
    /// Slugs and guessed groups of lane names, shared by the traces of a log.
    var laneNames: XESLaneNames
    /// Links as read; their kinds are settled when every event is known.
    var pendingLinks: [(event: Int, explicit: LinkKind?, target: String)] = []

    /// The lane of events that name no resource.
    static let unknownLane = "onbekend"
    /// The title of events that have no `concept:name`.
    static let untitled = "zonder naam"

    init(file: String, trace: XESTraceRecord, laneNames: XESLaneNames) {
        self.file = file
        self.trace = trace
        self.laneNames = laneNames
        map = SourceMap(file: file, journey: SourceLocation(file: file, line: trace.position.line, column: trace.position.column))
    }

    /// The journey and its source map; recurring dirt is counted in `tally`.
    mutating func build(tally: inout XESTally) -> (Journey, SourceMap) {
        readTraceAttributes(tally: &tally)
        journey.events.reserveCapacity(trace.events.count)
        for record in trace.events { readEvent(record, tally: &tally) }
        for indices in openStarts.values {
            for index in indices { journey.events[index].tags.append(Tag(XESKeys.transition, "start")) }
        }
        resolveLinks()
        return (journey, map)
    }

    // MARK: Trace attributes

    private mutating func readTraceAttributes(tally: inout XESTally) {
        var id: String?
        var title: String?
        var members: [Int: HouseholdMember] = [:]
        var lanes: [Int: (actor: Actor, position: XMLPosition)] = [:]
        var tags = TagCollector()
        for attribute in trace.attributes {
            let key = attribute.key, value = attribute.value
            switch key {
            case XESKeys.conceptName: id = value
            case XESKeys.title: title = value
            case XESKeys.municipality: journey.municipality = value
            case XESKeys.region: journey.region = value
            case XESKeys.source: journey.source = value
            case XESKeys.constructed: journey.isConstructed = value.lowercased() == "true"
            case XESKeys.description: journey.description = value
            default:
                if !key.hasPrefix(XESKeys.prefix) {
                    tags.append(Tag(key, value))
                } else if let (index, field) = Self.indexed(key, XESKeys.member) {
                    var member = members[index] ?? HouseholdMember(role: "")
                    if field == nil {
                        member.role = value
                    } else if field == "name" {
                        member.name = value
                    } else {
                        unknownKey(attribute, into: &tags)
                        continue
                    }
                    members[index] = member
                } else if let (index, field) = Self.indexed(key, XESKeys.actorList) {
                    var lane = lanes[index] ?? (Actor(id: "", name: "", group: .other), attribute.position)
                    if !readLaneField(field, attribute, into: &lane.actor) {
                        unknownKey(attribute, into: &tags)
                        continue
                    }
                    if field == nil { lane.position = attribute.position }
                    lanes[index] = lane
                } else if !tags.read(attribute) {
                    unknownKey(attribute, into: &tags)
                }
            }
        }
        if id == nil || id!.isEmpty {
            tally.add(.traceWithoutName, at: map.journey)
            id = "trace-\(trace.number)"
        }
        journey.id = id!
        journey.title = title ?? id!
        journey.household = members.keys.sorted().map { members[$0]! }
        journey.tags = tags.tags
        for index in lanes.keys.sorted() {
            var (actor, position) = lanes[index]!
            if actor.id.isEmpty { actor.id = laneNames.slug(actor.name) }
            if actor.name.isEmpty { actor.name = actor.id }
            addLane(actor, at: position)
        }
    }

    /// Reads `planreis:actor:N:field` into a lane; false for an unknown field.
    private mutating func readLaneField(_ field: String?, _ attribute: XESAttribute, into actor: inout Actor) -> Bool {
        let value = attribute.value
        switch field {
        case nil: actor.id = value
        case "name": actor.name = value
        case "group":
            if let group = ActorGroup(word: value) {
                actor.group = group
            } else {
                warning(
                    attribute.position,
                    Localized(nl: "onbekende actorgroep \"\(value)\"", en: "unknown actor group \"\(value)\""),
                    hint: Localized(
                        nl: "gebruik een van: \(ActorGroup.allCases.map(\.dutch).joined(separator: ", "))",
                        en: "use one of: \(ActorGroup.allCases.map(\.english).joined(separator: ", "))"))
            }
        case "colour": actor.colour = value
        case "order":
            if let order = Int(value.xesTrimmed()) {
                actor.order = order
            } else {
                warning(
                    attribute.position,
                    Localized(
                        nl: "volgorde \"\(value)\" is geen geheel getal",
                        en: "order \"\(value)\" is not a whole number"))
            }
        case "description": actor.description = value
        default: return false
        }
        return true
    }

    // MARK: Lanes

    @discardableResult
    mutating func addLane(_ actor: Actor, at position: XMLPosition) -> Int {
        var actor = actor
        if laneIndex(id: actor.id) != nil {
            var counter = 2
            while laneIndex(id: "\(actor.id)-\(counter)") != nil { counter += 1 }
            actor.id = "\(actor.id)-\(counter)"
        }
        let index = journey.actors.count
        journey.actors.append(actor)
        if index + 1 == Self.indexedFrom {
            for (i, lane) in journey.actors.enumerated() {
                if actorByID[lane.id] == nil { actorByID[lane.id] = i }
                if actorByName[lane.name] == nil { actorByName[lane.name] = i }
            }
        } else if index + 1 > Self.indexedFrom {
            actorByID[actor.id] = index
            if actorByName[actor.name] == nil { actorByName[actor.name] = index }
        }
        map.actors[index] = [.whole: location(position)]
        return index
    }

    /// The lane with this id, if any.
    func laneIndex(id: String) -> Int? {
        journey.actors.count >= Self.indexedFrom ? actorByID[id] : journey.actors.firstIndex { $0.id == id }
    }

    /// The first lane with this name, if any.
    func laneIndex(name: String) -> Int? {
        journey.actors.count >= Self.indexedFrom ? actorByName[name] : journey.actors.firstIndex { $0.name == name }
    }

    /// The lane of an event: by `planreis:actor` id, else by resource name, created when new.
    /// A group word in `org:group` gives a new lane its group; a group that is no word, or
    /// that differs from the lane's, is kept as the event's tag.
    mutating func lane(id: String?, name: String?, group: String?, at position: XMLPosition, tags: inout [Tag]) -> Int {
        let groupWord = group.flatMap { laneNames.groupWord($0) }
        var index: Int
        var created = false
        if let id, let existing = laneIndex(id: id) {
            index = existing
        } else if id == nil, let existing = laneIndex(name: name ?? Self.unknownLane) {
            index = existing
        } else {
            let laneName = name ?? id ?? Self.unknownLane
            let householdTaken = journey.actors.contains { $0.group == .household }
            let actor = Actor(
                id: id ?? laneNames.slug(laneName), name: laneName,
                group: groupWord ?? laneNames.group(laneName, householdTaken: householdTaken))
            index = addLane(actor, at: position)
            created = true
        }
        if let group, !created || groupWord == nil, groupWord != journey.actors[index].group {
            tags.append(Tag(XESKeys.group, group))
        }
        return index
    }

    // MARK: Links

    /// Gives each link its kind: the one written (`lost-op:o1`) or the one both kinds imply.
    private mutating func resolveLinks() {
        guard !pendingLinks.isEmpty else { return }
        var kindByID: [String: EventKind] = [:]
        for event in journey.events {
            if let id = event.id, kindByID[id] == nil { kindByID[id] = event.kind }
        }
        for pending in pendingLinks {
            let source = journey.events[pending.event]
            let kind = pending.explicit ?? kindByID[pending.target].map { LinkKind.inferred(from: source.kind, to: $0) } ?? .relates
            journey.events[pending.event].links.append(Link(kind, pending.target))
        }
    }

    // MARK: Helpers

    /// `planreis:actor:3:name` → (3, "name"); `planreis:actor:3` → (3, nil); nil otherwise.
    static func indexed(_ key: String, _ prefix: String) -> (Int, String?)? {
        guard key.utf8.count > prefix.utf8.count + 1, key.hasPrefix(prefix) else { return nil }
        let rest = key.dropFirst(prefix.count)
        guard rest.first == ":" else { return nil }
        let parts = rest.dropFirst().split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let number = Int(parts[0]), number >= 0 else { return nil }
        return (number, parts.count > 1 ? String(parts[1]) : nil)
    }

    mutating func unknownKey(_ attribute: XESAttribute, into tags: inout TagCollector) {
        warning(
            attribute.position,
            Localized(
                nl: "onbekende sleutel \"\(attribute.key)\"; bewaard als kenmerk",
                en: "unknown key \"\(attribute.key)\"; kept as a tag"),
            hint: Localized(
                nl: "planreis kent de planreis:-sleutels uit de documentatie van het XES-formaat",
                en: "planreis knows the planreis: keys documented for the XES format"))
        tags.append(Tag(attribute.key, attribute.value))
    }

    mutating func warning(_ position: XMLPosition, _ message: Localized, hint: Localized? = nil) {
        diagnostics.append(.warning(at: location(position), message, hint: hint))
    }

    func location(_ position: XMLPosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }
}

/// Collects tags in document order from plain keys and from `planreis:tag:N` (+ `:key`).
struct TagCollector {
    private(set) var tags: [Tag] = []
    private var slots: [Int: Int] = [:]

    mutating func append(_ tag: Tag) { tags.append(tag) }

    /// Reads a `planreis:tag:N` or `planreis:tag:N:key` attribute; false for any other key.
    mutating func read(_ attribute: XESAttribute) -> Bool {
        guard attribute.key.hasPrefix(XESKeys.tag), let (number, field) = XESTraceBuilder.indexed(attribute.key, XESKeys.tag),
            field == nil || field == "key"
        else { return false }
        let slot: Int
        if let existing = slots[number] {
            slot = existing
        } else {
            slot = tags.count
            tags.append(Tag(nil, ""))
            slots[number] = slot
        }
        if field == nil { tags[slot].value = attribute.value } else { tags[slot].key = attribute.value }
        return true
    }
}

/// Lane ids and guessed groups by lane name, remembered across the traces of a log: the same
/// resources come back in every trace, and guessing a group is not free.
final class XESLaneNames {
    @exclusivity(unchecked) private var slugs: [String: String] = [:]
    @exclusivity(unchecked) private var groups: [String: ActorGroup] = [:]
    @exclusivity(unchecked) private var householdGroups: [String: ActorGroup] = [:]
    @exclusivity(unchecked) private var groupWords: [String: ActorGroup?] = [:]
    @exclusivity(unchecked) private var lastGroupWord: (text: String, group: ActorGroup?)?

    /// The group an `org:group` text names, if it is a group word.
    func groupWord(_ text: String) -> ActorGroup? {
        // Events of one log repeat a few group texts: the last one answers without hashing.
        if let last = lastGroupWord, last.text == text { return last.group }
        let group: ActorGroup?
        if let known = groupWords[text] {
            group = known
        } else {
            group = ActorGroup(word: text)
            if groupWords.count < 100_000 { groupWords[text] = group }
        }
        lastGroupWord = (text, group)
        return group
    }

    func slug(_ name: String) -> String {
        if let known = slugs[name] { return known }
        let slug = TextFolding.slug(name)
        if slugs.count < 100_000 { slugs[name] = slug }
        return slug
    }

    func group(_ name: String, householdTaken: Bool) -> ActorGroup {
        if householdTaken, let known = groups[name] { return known }
        if !householdTaken, let known = householdGroups[name] { return known }
        let group = ActorGroupGuess.guess(name, householdTaken: householdTaken)
        if groups.count + householdGroups.count < 100_000 {
            if householdTaken { groups[name] = group } else { householdGroups[name] = group }
        }
        return group
    }
}
