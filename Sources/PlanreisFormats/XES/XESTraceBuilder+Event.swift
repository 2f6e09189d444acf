import PlanreisModel
import PlanreisXML

extension XESTraceBuilder {
    /// What one XES event says, sorted by meaning before it becomes (part of) a planreis event.
    /// Attributes are indices into the event record's attributes (small, so that sorting
    /// millions of them copies little).
    struct EventFields {
        var title: Int?
        var resource: Int?
        var group: String?
        var timestamp: Int?
        var startTimestamp: Int?
        var transition: String?
        var costTotal: Int?
        var date: Int?
        var id: Int?
        var kind: Int?
        var actor: Int?
        var value: Int?
        var refersTo: Int?
        var event = Event(actor: "", kind: .intervention, date: PartialDate(year: 1970, month: 1, day: 1), title: "")
        var costLines: [Int: CostLine] = [:]
        var avoidedLines: [Int: CostLine] = [:]
        var links: [Int: (target: String?, kind: LinkKind?, position: XMLPosition)] = [:]
        var tags = TagCollector()
    }

    /// Adds one XES event: a point, the start of a period, or the end of an open one.
    mutating func readEvent(_ record: XESEventRecord, tally: inout XESTally) {
        var fields = EventFields()
        for index in record.attributes.indices { sort(index, of: record, into: &fields, tally: &tally) }
        func attribute(_ index: Int?) -> XESAttribute? { index.map { record.attributes[$0] } }

        // When: planreis:date refines time:timestamp; nothing readable gives the epoch placeholder.
        var date: PartialDate?
        var datePosition = attribute(fields.timestamp)?.position ?? record.position
        if let timestamp = attribute(fields.timestamp) {
            date = record.moment?.index == fields.timestamp ? record.moment?.date : XESTimestamp.parse(timestamp.value)
            if date == nil {
                tally.add(.unreadableTimestamp, at: location(timestamp.position), example: timestamp.value)
                fields.tags.append(faithful ? recorder.tag(for: timestamp) : Tag(XESKeys.timestamp, timestamp.value))
            }
        }
        if let text = attribute(fields.date) {
            do {
                date = try PartialDate(parsing: text.value)
                datePosition = text.position
            } catch {
                warning(text.position, error.message, hint: error.hint)
            }
        }
        if date == nil && fields.timestamp == nil && fields.date == nil {
            tally.add(.missingTimestamp, at: location(record.position))
        }
        let moment = date ?? PartialDate(year: 1970, month: 1, day: 1)

        // A complete that closes an open start of the same activity in the same lane.
        let transition = fields.transition.map(Self.lowercasedTransition)
        let pairs = transition == "start" || (transition == "complete" && !openStarts.isEmpty)
        let pairKey =
            pairs
            ? "\(attribute(fields.title)?.value ?? "")\u{0}\(attribute(fields.actor)?.value ?? "")\u{0}\(attribute(fields.resource)?.value ?? "")"
            : ""
        if transition == "complete", pairs, let open = openStarts[pairKey]?.first,
            journey.events[open].date.earliestDay <= moment.latestDay
        {
            openStarts[pairKey]!.removeFirst()
            if openStarts[pairKey]!.isEmpty { openStarts[pairKey] = nil }
            journey.events[open].end = moment
            map.events[open, default: [:]][.end] = location(datePosition)
            if faithful {
                // The complete is kept whole on the period, to be written back as it was.
                keepEnd(of: record, on: open)
                return
            }
            // What only the complete says is kept on the period.
            var extra = fields.tags.tags
            let laneGroup = laneIndex(id: journey.events[open].actor).map { journey.actors[$0].group }
            if let group = fields.group, laneNames.groupWord(group) != laneGroup { extra.append(Tag(XESKeys.group, group)) }
            if let total = attribute(fields.costTotal), let (money, _) = XESDecimal.money(total.value) {
                journey.events[open].costs.append(CostLine(amount: money))
            }
            for tag in extra where !journey.events[open].tags.contains(tag) {
                journey.events[open].tags.append(tag)
            }
            return
        }

        var event = fields.event
        var tags = fields.tags.tags
        event.date = moment
        if let start = attribute(fields.startTimestamp) {
            if let startDate = XESTimestamp.parse(start.value) {
                if startDate < moment {
                    event.date = startDate
                    event.end = moment
                } else if startDate != moment {
                    tally.add(.startAfterEnd, at: location(start.position), example: start.value)
                    tags.append(faithful ? recorder.tag(for: start) : Tag(XESKeys.startTimestamp, start.value))
                }
            } else {
                tally.add(.unreadableTimestamp, at: location(start.position), example: start.value)
                tags.append(faithful ? recorder.tag(for: start) : Tag(XESKeys.startTimestamp, start.value))
            }
        }
        switch transition {
        case nil, "complete", "start": break
        case let other?:
            if !XESKeys.standardTransitions.contains(other) {
                tally.add(.nonStandardTransition, at: location(record.position), example: fields.transition!)
            }
            // Another tool's transitions are kept verbatim in any case (see `sort`).
            if !faithful { tags.append(Tag(XESKeys.transition, fields.transition!)) }
        }
        if let title = attribute(fields.title), !title.value.isEmpty {
            event.title = title.value
        } else {
            tally.add(.eventWithoutName, at: location(record.position))
            event.title = Self.untitled
            if faithful, let title = attribute(fields.title) { tags.append(recorder.tag(for: title)) }
        }
        if faithful, let absent = Self.absentKeys(record, title: fields.title, timestamp: fields.timestamp) {
            tags.append(absent)
        }
        let actor = attribute(fields.actor), resource = attribute(fields.resource)
        let lanePosition = actor?.position ?? resource?.position ?? record.position
        let laneIndex = lane(
            id: actor?.value, name: resource?.value, group: faithful ? nil : fields.group,
            groupWord: fields.group, at: lanePosition, tags: &tags)
        event.actor = journey.actors[laneIndex].id
        if faithful && resource == nil { recorder.fidelity.noResourceLane = event.actor }
        event.tags = tags
        if !fields.costLines.isEmpty { event.costs = fields.costLines.keys.sorted().map { fields.costLines[$0]! } }
        if event.costs.isEmpty, let total = attribute(fields.costTotal) {
            if let (money, rounded) = XESDecimal.money(total.value) {
                event.costs = [CostLine(amount: money)]
                if rounded { tally.add(.roundedAmount, at: location(total.position), example: total.value) }
            } else {
                tally.add(.unreadableAmount, at: location(total.position), example: total.value)
                if !faithful { event.tags.append(Tag(XESKeys.costTotal, total.value)) }
            }
        }
        if !fields.avoidedLines.isEmpty {
            event.avoids = event.avoids ?? AvoidedScenario(title: "")
            event.avoids!.costs = fields.avoidedLines.keys.sorted().map { fields.avoidedLines[$0]! }
        }
        let value = attribute(fields.value)
        if let value { event.value = EventValue(text: value.value, for: event.kind) ?? .text(value.value) }

        let index = journey.events.count
        var located: [SourceMap.Field: SourceLocation] = [.whole: location(record.position), .date: location(datePosition)]
        if let id = attribute(fields.id) { located[.id] = location(id.position) }
        if let kind = attribute(fields.kind) { located[.kind] = location(kind.position) }
        if let value { located[.value] = location(value.position) }
        // Lanes are made from what the event names, and titles are never empty here, so the
        // checks never point at the lane or the title: their places are not kept.
        if let refers = attribute(fields.refersTo) {
            for token in refers.value.split(whereSeparator: \.isWhitespace) {
                var explicit: LinkKind?
                var target = String(token)
                if let colon = token.firstIndex(of: ":"), let word = LinkKind(word: String(token[..<colon])) {
                    explicit = word
                    target = String(token[token.index(after: colon)...])
                }
                located[.link(pendingLinks.count { $0.event == index })] = location(refers.position)
                pendingLinks.append((index, explicit, target))
            }
        }
        for number in fields.links.isEmpty ? [] : fields.links.keys.sorted() {
            let link = fields.links[number]!
            guard let target = link.target else { continue }
            located[.link(pendingLinks.count { $0.event == index })] = location(link.position)
            pendingLinks.append((index, link.kind, target))
        }
        map.events[index] = located
        journey.events.append(event)
        if transition == "start" && fields.startTimestamp == nil { openStarts[pairKey, default: []].append(index) }
    }

    /// The transition in lower case, without allocating for the usual values.
    static func lowercasedTransition(_ text: String) -> String {
        switch text {
        case "complete", "start": return text
        case "COMPLETE", "Complete": return "complete"
        case "START", "Start": return "start"
        default: return text.lowercased()
        }
    }

    /// Puts one attribute where it belongs: a standard key, a `planreis:` field, or a tag.
    private mutating func sort(_ index: Int, of record: XESEventRecord, into f: inout EventFields, tally: inout XESTally) {
        let code = record.attributes[index].code
        switch code {
        case .conceptName: f.title = index
        case .resource: f.resource = index
        case .group:
            f.group = record.attributes[index].value
            if faithful { f.tags.append(recorder.tag(for: record.attributes[index])) }
        case .timestamp: f.timestamp = index
        case .startTimestamp: f.startTimestamp = index
        case .transition:
            f.transition = record.attributes[index].value
            if faithful { f.tags.append(recorder.tag(for: record.attributes[index])) }
        case .costTotal:
            f.costTotal = index
            if faithful { f.tags.append(recorder.tag(for: record.attributes[index])) }
        case .other where faithful, .costCurrency where faithful:
            f.tags.append(recorder.tag(for: record.attributes[index]))
        default: sortOther(index, of: record, into: &f, tally: &tally)
        }
    }

    private mutating func sortOther(_ index: Int, of record: XESEventRecord, into f: inout EventFields, tally: inout XESTally) {
        let attribute = record.attributes[index]
        let value = attribute.value
        switch attribute.code {
        case .conceptName, .resource, .group, .timestamp, .startTimestamp, .transition, .costTotal: break
        case .costCurrency where ["EUR", "€", "eur", "Euro", "euro"].contains(value): break
        case .other, .costCurrency: f.tags.append(Tag(attribute.key, value))
        case .planreis: sortPlanreis(attribute, at: index, into: &f, tally: &tally)
        }
    }

    /// Puts one `planreis:` attribute where it belongs.
    private mutating func sortPlanreis(_ attribute: XESAttribute, at index: Int, into f: inout EventFields, tally: inout XESTally) {
        let value = attribute.value
        switch attribute.key {
        case XESKeys.date: f.date = index
        case XESKeys.id: f.id = index; f.event.id = value
        case XESKeys.actor: f.actor = index
        case XESKeys.kind:
            f.kind = index
            if let kind = EventKind(word: value) {
                f.event.kind = kind
            } else {
                warning(
                    attribute.position,
                    Localized(
                        nl: "onbekende soort \"\(value)\"; gelezen als interventie",
                        en: "unknown kind \"\(value)\"; read as intervention"),
                    hint: Localized(nl: "gebruik een van: \(EventKind.acceptedWords)", en: "use one of: \(EventKind.acceptedWords)"))
            }
        case XESKeys.value: f.value = index
        case XESKeys.scoredBy: f.event.scoredBy = value
        case XESKeys.category: f.event.category = value
        case XESKeys.source: f.event.source = value
        case XESKeys.owner: f.event.owner = value
        case XESKeys.approval:
            if let mark = ApprovalMark(word: value) { f.event.approval = mark } else { unknownKey(attribute, into: &f.tags) }
        case XESKeys.duration:
            let source = f.event.statedDuration?.source
            if let stated = StatedDuration(iso: value, source: source) {
                f.event.statedDuration = stated
            } else {
                unknownKey(attribute, into: &f.tags)
            }
        case XESKeys.durationSource:
            // Written after planreis:duration; alone it is kept as a tag.
            if f.event.statedDuration != nil { f.event.statedDuration?.source = value } else { unknownKey(attribute, into: &f.tags) }
        case XESKeys.description: f.event.description = value
        case XESKeys.refersTo: f.refersTo = index
        case XESKeys.avoids:
            f.event.avoids = f.event.avoids ?? AvoidedScenario(title: "")
            f.event.avoids!.title = value
        case XESKeys.legitimation:
            if value.lowercased() != "false" { f.event.legitimation = f.event.legitimation ?? Legitimation() }
        default:
            let key = attribute.key
            if f.tags.read(attribute) { return }
            if let (number, field) = Self.indexed(key, XESKeys.link), field == nil || field == "kind" {
                var link = f.links[number] ?? (nil, nil, attribute.position)
                if field == nil {
                    link.target = value
                    link.position = attribute.position
                    f.links[number] = link
                    return
                } else if let kind = LinkKind(word: value) {
                    link.kind = kind
                    f.links[number] = link
                    return
                }
            } else if let (number, field) = Self.indexed(key, XESKeys.cost), let field {
                var line = f.costLines[number] ?? CostLine()
                if readCostField(field, attribute, into: &line, tally: &tally) {
                    f.costLines[number] = line
                    return
                }
            } else if let (number, field) = Self.indexed(key, XESKeys.avoids + ":cost"), let field {
                var line = f.avoidedLines[number] ?? CostLine()
                if readCostField(field, attribute, into: &line, tally: &tally) {
                    f.avoidedLines[number] = line
                    return
                }
            } else if key.hasPrefix(XESKeys.avoids + ":") {
                var avoids = f.event.avoids ?? AvoidedScenario(title: "")
                let number = Int(value.xesTrimmed())
                switch key.dropFirst(XESKeys.avoids.count + 1) {
                case "description": avoids.description = value
                case "likelihood" where number != nil: avoids.likelihood = number
                case "likelihood" where Likelihood(text: value) != nil: avoids.likelihoodRange = Likelihood(text: value)
                case "horizon" where number != nil: avoids.horizonMonths = number
                case "likelihood:estimatedBy": avoids.likelihoodEstimate = Estimate(by: value, reason: avoids.likelihoodEstimate?.reason)
                case "likelihood:estimateReason": avoids.likelihoodEstimate = Estimate(by: avoids.likelihoodEstimate?.by, reason: value)
                case "horizon:estimatedBy": avoids.horizonEstimate = Estimate(by: value, reason: avoids.horizonEstimate?.reason)
                case "horizon:estimateReason": avoids.horizonEstimate = Estimate(by: avoids.horizonEstimate?.by, reason: value)
                default:
                    unknownKey(attribute, into: &f.tags)
                    return
                }
                f.event.avoids = avoids
                return
            } else if key.hasPrefix(XESKeys.legitimation + ":") {
                var legitimation = f.event.legitimation ?? Legitimation()
                switch key.dropFirst(XESKeys.legitimation.count + 1) {
                case "basis": legitimation.basis = value
                case "argument": legitimation.argument = value
                case "perspective": legitimation.perspective = value
                default:
                    unknownKey(attribute, into: &f.tags)
                    return
                }
                f.event.legitimation = legitimation
                return
            }
            unknownKey(attribute, into: &f.tags)
        }
    }

    /// Reads `…:cost:N:field` into a cost line; false for an unknown field or unreadable number.
    private mutating func readCostField(
        _ field: String, _ attribute: XESAttribute, into line: inout CostLine,
        tally: inout XESTally
    ) -> Bool {
        let value = attribute.value
        switch field {
        case "amount":
            guard let (money, rounded) = XESDecimal.money(value) else {
                tally.add(.unreadableAmount, at: location(attribute.position), example: value)
                return false
            }
            if rounded { tally.add(.roundedAmount, at: location(attribute.position), example: value) }
            line.amount = money
        case "item": line.item = value
        case "quantity":
            guard let quantity = Quantity(parsing: value) else { return false }
            line.quantity = quantity
        case "periods":
            guard let periods = Quantity(parsing: value) else { return false }
            line.periods = periods
        case "payer": line.payer = value
        case "note": line.note = value
        case "estimatedBy": line.estimate = Estimate(by: value, reason: line.estimate?.reason)
        case "estimateReason": line.estimate = Estimate(by: line.estimate?.by, reason: value)
        default: return false
        }
        return true
    }
}
