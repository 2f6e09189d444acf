import PlanreisModel

/// Journeys as an object-centric event log (OCEL 2.0): the objects a household's journey
/// touches and the events that touch them, with qualifiers. Plain values; `OCELFormat` writes
/// them as OCEL 2.0 JSON.
///
/// | object type | one per | attributes |
/// |---|---|---|
/// | `household` | journey | `journey`, `title`, `municipality`, `region` |
/// | `member` | household member | `role`, `name` |
/// | `actor` | lane | `name`, `group` |
/// | `request`, `decision`, `obstacle`, `exception` | event of that kind | `title`, `value` |
///
/// Every event relates to its household (`household`) and its lane (`actor`); an event of an
/// object kind to its own object (`creates`); a link to the target's object by the link's kind
/// (`resolves`, `answers`, `delivers`, `relates`); a handover to the receiving lane
/// (`handover-to`). Object to object: household → member (`member`), household → actor
/// (`involves`), and the links between object kinds.
struct OCELGraph {
    struct Attribute: Equatable {
        var name: String
        var value: String
        var isNumber = false
    }

    struct Relation: Equatable {
        var object: String
        var qualifier: String
    }

    struct Object {
        var id: String
        var type: String
        var attributes: [Attribute]
        var relations: [Relation]
    }

    struct Event {
        var id: String
        var type: String
        var time: String
        var attributes: [Attribute]
        var relations: [Relation]
    }

    /// The object types, in the order OCEL lists them.
    static let objectTypes = ["household", "member", "actor", "request", "decision", "obstacle", "exception"]

    private(set) var objects: [Object] = []
    private(set) var events: [Event] = []
    /// Where each object stands in `objects`.
    private var objectIndex: [String: Int] = [:]

    init(_ journeys: [Journey]) {
        for journey in journeys { add(journey) }
    }

    /// The object type of an event kind that is also an object, if any.
    static func objectType(_ kind: EventKind) -> String? {
        switch kind {
        case .request: "request"
        case .decision: "decision"
        case .obstacle: "obstacle"
        case .exception: "exception"
        default: nil
        }
    }

    private mutating func add(_ journey: Journey) {
        let j = journey.id
        let household = "\(j)/household"
        var householdRelations: [Relation] = []
        for (index, member) in journey.household.enumerated() {
            let id = "\(j)/member/\(index + 1)"
            var attributes = [Attribute(name: "role", value: member.role)]
            if let name = member.name { attributes.append(Attribute(name: "name", value: name)) }
            objects.append(Object(id: id, type: "member", attributes: attributes, relations: []))
            householdRelations.append(Relation(object: id, qualifier: "member"))
        }
        var actorIDs: Set<String> = []
        for actor in journey.actors where !actorIDs.contains(actor.id) {
            actorIDs.insert(actor.id)
            let id = "\(j)/actor/\(actor.id)"
            objects.append(
                Object(
                    id: id, type: "actor",
                    attributes: [Attribute(name: "name", value: actor.name), Attribute(name: "group", value: actor.group.dutch)],
                    relations: []))
            householdRelations.append(Relation(object: id, qualifier: "involves"))
        }
        var attributes = [Attribute(name: "journey", value: j), Attribute(name: "title", value: journey.title)]
        if let municipality = journey.municipality { attributes.append(Attribute(name: "municipality", value: municipality)) }
        if let region = journey.region { attributes.append(Attribute(name: "region", value: region)) }
        objects.insert(
            Object(id: household, type: "household", attributes: attributes, relations: householdRelations),
            at: objects.count - householdRelations.count)
        for index in (objects.count - householdRelations.count - 1)..<objects.count { objectIndex[objects[index].id] = index }

        // Objects of the events of an object kind: by event id, the first event with an id.
        var objectByEventID: [String: String] = [:]
        var eventIDs: [String] = []
        var usedEventIDs: Set<String> = []
        for (index, event) in journey.events.enumerated() {
            var id = "\(j)/\(event.id ?? "#\(index + 1)")"
            if usedEventIDs.contains(id) { id += "#\(index + 1)" }
            usedEventIDs.insert(id)
            eventIDs.append(id)
            if let type = Self.objectType(event.kind), let eventID = event.id, objectByEventID[eventID] == nil {
                objectByEventID[eventID] = "\(j)/\(type)/\(eventID)"
            }
        }
        for (index, event) in journey.events.enumerated() {
            var relations = [Relation(object: household, qualifier: "household")]
            if actorIDs.contains(event.actor) { relations.append(Relation(object: "\(j)/actor/\(event.actor)", qualifier: "actor")) }
            var own: String?
            if let type = Self.objectType(event.kind) {
                let id = event.id.flatMap { objectByEventID[$0] } ?? "\(j)/\(type)/#\(index + 1)"
                if objectIndex[id] == nil {
                    own = id
                    var attributes = [Attribute(name: "title", value: event.title)]
                    if let value = event.value { attributes.append(Attribute(name: "value", value: value.text)) }
                    objectIndex[id] = objects.count
                    objects.append(Object(id: id, type: type, attributes: attributes, relations: []))
                }
                relations.append(Relation(object: id, qualifier: "creates"))
            }
            var unlinked: [String] = []
            for link in event.links {
                guard let target = objectByEventID[link.target] else {
                    unlinked.append(link.target)
                    continue
                }
                let relation = Relation(object: target, qualifier: link.kind.rawValue)
                if !relations.contains(relation) { relations.append(relation) }
                if let own, let index = objectIndex[own], !objects[index].relations.contains(relation) {
                    objects[index].relations.append(relation)
                }
            }
            if let to = event.handoverTo, actorIDs.contains(to) {
                let relation = Relation(object: "\(j)/actor/\(to)", qualifier: "handover-to")
                if !relations.contains(relation) { relations.append(relation) }
            }
            events.append(
                Event(
                    id: eventIDs[index], type: event.kind.dutch, time: OCELTime.text(event.date),
                    attributes: Self.attributes(of: event, unlinked: unlinked), relations: relations))
        }
    }

    /// An event's attributes: what the journey says of it beyond its type and time.
    private static func attributes(of event: PlanreisModel.Event, unlinked: [String]) -> [Attribute] {
        var attributes = [Attribute(name: "title", value: event.title), Attribute(name: "date", value: event.date.edtf)]
        if let end = event.end { attributes.append(Attribute(name: "end", value: end.edtf)) }
        if let description = event.description { attributes.append(Attribute(name: "description", value: description)) }
        if let value = event.value { attributes.append(Attribute(name: "value", value: value.text)) }
        if let scoredBy = event.scoredBy { attributes.append(Attribute(name: "scoredBy", value: scoredBy)) }
        if let category = event.category { attributes.append(Attribute(name: "category", value: category)) }
        let amounts = event.costs.compactMap(\.amount)
        if !amounts.isEmpty, amounts.count == event.costs.count {
            attributes.append(Attribute(name: "cost", value: amounts.reduce(Money.zero, +).decimalText, isNumber: true))
        }
        let payers = event.costs.compactMap(\.payer)
        if !payers.isEmpty { attributes.append(Attribute(name: "payer", value: payers.joined(separator: " | "))) }
        if !unlinked.isEmpty { attributes.append(Attribute(name: "refersTo", value: unlinked.joined(separator: " "))) }
        for tag in event.tags {
            let name = "tag:\(tag.key ?? "")"
            if let index = attributes.firstIndex(where: { $0.name == name }) {
                attributes[index].value += " | \(tag.value)"
            } else {
                attributes.append(Attribute(name: name, value: tag.value))
            }
        }
        return attributes
    }
}
