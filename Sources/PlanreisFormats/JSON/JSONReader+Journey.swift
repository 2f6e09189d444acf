import PlanreisModel

extension JSONReader {
    static let journeyKeys = [
        "id", "title", "constructed", "municipality", "region", "source", "description", "household", "tags", "actors", "events",
    ]
    static let actorKeys = ["id", "name", "group", "colour", "order", "description"]
    static let eventKeys = [
        "id", "actor", "kind", "date", "end", "title", "description", "value", "scoredBy", "category", "source", "owner",
        "duration", "durationSource", "links", "tags", "costs", "avoids", "legitimation", "approval",
    ]
    /// The members of an `approval` object; the register writes them all, a reader takes `status`.
    static let approvalKeys = ["status", "required", "overLimit", "proposedBy", "costCents", "decisions", "imported"]
    static let costKeys = ["amountCents", "item", "quantity", "periods", "payer", "note", "estimatedBy", "estimateReason"]

    /// One journey, its source map, and the event fields already reported as broken.
    mutating func readJourney(_ node: JSONNode, path: String) -> (Journey, SourceMap, [Int: Set<SourceMap.Field>])? {
        guard let object = members(of: node, path: path, keys: Self.journeyKeys) else { return nil }
        let id = string(object, "id", required: true) ?? ""
        var journey = Journey(id: id, title: string(object, "title", required: true) ?? id)
        if let node = object["constructed"] {
            if case .bool(let flag) = node.value {
                journey.isConstructed = flag
            } else {
                error(
                    node, Self.join(path, "constructed"), nl: "constructed moet true of false zijn",
                    en: "constructed must be true or false")
            }
        }
        journey.municipality = string(object, "municipality")
        journey.region = string(object, "region")
        journey.source = string(object, "source")
        journey.description = string(object, "description")
        for (index, member) in array(object, "household").enumerated() {
            let memberPath = "\(Self.join(path, "household"))[\(index)]"
            guard let fields = members(of: member, path: memberPath, keys: ["role", "name"]) else { continue }
            journey.household.append(HouseholdMember(role: string(fields, "role", required: true) ?? "", name: string(fields, "name")))
        }
        journey.tags = tags(object)
        var map = SourceMap(file: file, journey: location(node))
        for (index, actorNode) in array(object, "actors").enumerated() {
            let actorPath = "\(Self.join(path, "actors"))[\(index)]"
            guard let fields = members(of: actorNode, path: actorPath, keys: Self.actorKeys) else { continue }
            var actor = Actor(
                id: string(fields, "id", required: true) ?? "", name: string(fields, "name", required: true) ?? "",
                group: .other)
            if let word = string(fields, "group") {
                if let group = ActorGroup(word: word) {
                    actor.group = group
                } else {
                    error(
                        fields["group"]!, Self.join(actorPath, "group"), nl: "onbekende actorgroep \"\(word)\"",
                        en: "unknown actor group \"\(word)\"",
                        hint: (
                            nl: "gebruik een van: \(ActorGroup.allCases.map(\.dutch).joined(separator: ", "))",
                            en: "use one of: \(ActorGroup.allCases.map(\.english).joined(separator: ", "))"
                        ))
                }
            }
            actor.colour = string(fields, "colour")
            actor.order = integer(fields, "order")
            actor.description = string(fields, "description")
            var actorMap: [SourceMap.Field: SourceLocation] = [.whole: location(actorNode)]
            if let idNode = fields["id"] { actorMap[.id] = location(idNode) }
            if let groupNode = fields["group"] { actorMap[.group] = location(groupNode) }
            map.actors[journey.actors.count] = actorMap
            journey.actors.append(actor)
        }
        var broken: [Int: Set<SourceMap.Field>] = [:]
        for (index, eventNode) in array(object, "events").enumerated() {
            let eventPath = "\(Self.join(path, "events"))[\(index)]"
            guard let fields = members(of: eventNode, path: eventPath, keys: Self.eventKeys) else { continue }
            let eventIndex = journey.events.count
            let (event, locations, brokenFields) = readEvent(fields, node: eventNode)
            journey.events.append(event)
            map.events[eventIndex] = locations
            if !brokenFields.isEmpty { broken[eventIndex] = brokenFields }
        }
        return (journey, map, broken)
    }

    /// Tags of an object (`[{ "key": …, "value": … }]`).
    mutating func tags(_ object: Members) -> [Tag] {
        var result: [Tag] = []
        for (index, node) in array(object, "tags").enumerated() {
            guard let fields = members(of: node, path: "\(Self.join(object.path, "tags"))[\(index)]", keys: ["key", "value"]) else {
                continue
            }
            result.append(Tag(string(fields, "key"), string(fields, "value", required: true) ?? ""))
        }
        return result
    }

    /// Cost lines of an object; `brokenLines` gets the positions whose amount or numbers failed.
    mutating func costs(_ object: Members, brokenLines: inout [Int]) -> [CostLine] {
        var lines: [CostLine] = []
        for (index, node) in array(object, "costs").enumerated() {
            let path = "\(Self.join(object.path, "costs"))[\(index)]"
            guard let fields = members(of: node, path: path, keys: Self.costKeys) else { continue }
            let before = errorCount
            var line = CostLine(item: string(fields, "item"), payer: string(fields, "payer"), note: string(fields, "note"))
            if let amountNode = fields["amountCents"] {
                if case .number(let text) = amountNode.value, let cents = Int64(text) {
                    line.amount = Money(cents: cents)
                } else {
                    error(
                        amountNode, Self.join(path, "amountCents"), nl: "bedrag moet een geheel aantal centen zijn",
                        en: "the amount must be a whole number of cents",
                        hint: (nl: "schrijf € 1.250,50 als 125050", en: "write €1,250.50 as 125050"))
                }
            }
            line.quantity = quantity(fields, "quantity")
            line.periods = quantity(fields, "periods")
            line.estimate = estimate(fields, by: "estimatedBy", reason: "estimateReason")
            if errorCount > before { brokenLines.append(lines.count) }
            lines.append(line)
        }
        return lines
    }

    /// An estimate when either member is there.
    mutating func estimate(_ fields: Members, by: String, reason: String) -> Estimate? {
        let author = string(fields, by), why = string(fields, reason)
        return author == nil && why == nil ? nil : Estimate(by: author, reason: why)
    }
}
